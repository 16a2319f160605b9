package eus.berrigune.search.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The request's Cache-Control asks for a fresh search with no-cache or no-store, in any case and position. */
class SearchResourceTest {

    @Test
    void noCacheAndNoStoreAskForAFreshSearch() {
        assertThat(SearchResource.noCache("no-cache")).isTrue();
        assertThat(SearchResource.noCache("max-age=0, No-Cache")).isTrue();
        assertThat(SearchResource.noCache("no-store")).isTrue();
        assertThat(SearchResource.noCache("no-cache=\"Set-Cookie\"")).isTrue();
    }

    @Test
    void otherDirectivesOrNoneReuseAnAnswer() {
        assertThat(SearchResource.noCache(null)).isFalse();
        assertThat(SearchResource.noCache("")).isFalse();
        assertThat(SearchResource.noCache("max-age=60")).isFalse();
        assertThat(SearchResource.noCache("no-transform")).isFalse();
    }
}
