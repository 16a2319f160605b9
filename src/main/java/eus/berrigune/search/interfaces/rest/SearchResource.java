package eus.berrigune.search.interfaces.rest;

import eus.berrigune.search.application.ProductSearch;
import eus.berrigune.search.application.SearchCriteria;
import eus.berrigune.search.application.SearchRequest;
import eus.berrigune.search.application.SearchResponse;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.shared.interfaces.rest.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Full-text, faceted product search: the same engine and visibility rule as the search page. */
@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    @Inject
    ProductSearch search;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Search products: text in eu/es/en (stemmed, typo-tolerant, codes), facets, sort, paging")
    public SearchResponse search(
            @QueryParam("q") @Parameter(description = "free text; any characters are taken literally") String q,
            @QueryParam("emdn") @Parameter(description = "EMDN code: search its subtree") String emdn,
            @QueryParam("f") @Parameter(description = "facet selection dimension:value, repeatable, e.g. risk:IIA")
                    List<String> facets,
            @QueryParam("sort") @DefaultValue("RELEVANCE") @Parameter(description = "RELEVANCE, EVIDENCE, CARBON, UPDATED")
                    String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @HeaderParam(HttpHeaders.CACHE_CONTROL) @Parameter(description = "no-cache: search the index again rather"
                    + " than reuse the answer of the same search on the same index (the hits are checked against the"
                    + " database either way)") String cacheControl) {
        return search.search(new SearchRequest(q, SearchCriteria.filters(facets), emdn, sortOf(sort), page, size,
                language()), noCache(cacheControl));
    }

    /** Whether the request's {@code Cache-Control} asks for a fresh answer (RFC 9111 {@code no-cache}). */
    static boolean noCache(String cacheControl) {
        if (cacheControl == null) {
            return false;
        }
        for (String directive : cacheControl.split(",")) {
            String name = directive.strip().toLowerCase(Locale.ROOT);
            if (name.equals("no-cache") || name.startsWith("no-cache=") || name.equals("no-store")) {
                return true;
            }
        }
        return false;
    }

    @GET
    @Path("/suggest")
    @Operation(summary = "Product names matching what has been typed so far",
            description = "The last word may be incomplete (a prefix of any word, accents folded). Names come in the"
                    + " language of Accept-Language (eu, es or en) where the product has one.")
    public List<String> suggest(@QueryParam("q") String q) {
        return q == null || q.isBlank() ? List.of() : search.suggest(q, 8, language());
    }

    static SearchRequest.Sort sortOf(String sort) {
        try {
            return SearchRequest.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("sort", "search.validation.sort");
        }
    }

    private Language language() {
        return RequestLanguage.of(headers);
    }
}
