package eus.berrigune.search.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Markup is written once per key, another key writes its own, and the least recently used goes when full. */
class RenderedFragmentsTest {

    record Key(String query, List<Long> hits) {}

    @Test
    void theSameKeyIsWrittenOnceAndAnotherKeyGetsItsOwnMarkup() {
        RenderedFragments fragments = new RenderedFragments();
        AtomicInteger writes = new AtomicInteger();

        assertThat(fragments.get(new Key("q=a", List.of(1L, 2L)), () -> "a" + writes.incrementAndGet())).isEqualTo("a1");
        assertThat(fragments.get(new Key("q=a", List.of(1L, 2L)), () -> "a" + writes.incrementAndGet())).isEqualTo("a1");
        // the same search whose answer changed (a product was published or hidden) is written anew
        assertThat(fragments.get(new Key("q=a", List.of(1L)), () -> "a" + writes.incrementAndGet())).isEqualTo("a2");
        assertThat(writes).hasValue(2);
    }

    @Test
    void theLeastRecentlyUsedGoesWhenFull() {
        RenderedFragments fragments = new RenderedFragments();
        for (int i = 0; i < RenderedFragments.MAX_FRAGMENTS; i++) {
            String markup = "m" + i;
            fragments.get(new Key("q=" + i, List.of()), () -> markup);
        }
        fragments.get(new Key("q=0", List.of()), () -> "rewritten"); // used: now the most recent
        fragments.get(new Key("one more", List.of()), () -> "x");

        assertThat(fragments.size()).isEqualTo(RenderedFragments.MAX_FRAGMENTS);
        assertThat(fragments.get(new Key("q=0", List.of()), () -> "rewritten")).isEqualTo("m0");
        assertThat(fragments.get(new Key("q=1", List.of()), () -> "rewritten")).isEqualTo("rewritten");
    }
}
