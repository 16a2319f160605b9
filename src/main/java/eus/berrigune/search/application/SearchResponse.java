package eus.berrigune.search.application;

import eus.berrigune.catalog.domain.CeStatus;
import eus.berrigune.catalog.domain.EvidenceLevel;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.catalog.domain.RiskClass;
import java.math.BigDecimal;
import java.util.List;

/**
 * One page of search results with facet counts.
 *
 * @param total matching products
 * @param page page number
 * @param size page size
 * @param hits the products of this page
 * @param facets counts per dimension; each dimension counted with the other dimensions' selections applied
 * @param allWords whether the products found match every word of the text (false: no product did, and these match
 *     some of them)
 * @param tookMillis time spent in the engine
 */
public record SearchResponse(long total, int page, int size, List<Hit> hits, List<Facet> facets, boolean allWords,
        double tookMillis) {

    public int pageCount() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /**
     * A matching product.
     *
     * @param id id
     * @param status state (drafts only reach their own company)
     * @param name name in the reader's language where available
     * @param language language of the name
     * @param highlighted the name cut into pieces, matched words flagged
     * @param companyName company
     * @param emdnCode EMDN code
     * @param emdnTerm EMDN term (English)
     * @param riskClass class
     * @param ceStatus CE marking
     * @param certificateExpired certificate expired
     * @param evidenceLevel evidence level
     * @param verifiedCount verified evidence items
     * @param kgCo2e footprint
     * @param declaredUnit declared unit
     * @param trl TRL
     */
    public record Hit(
            long id,
            ProductStatus status,
            String name,
            String language,
            List<Piece> highlighted,
            String companyName,
            String emdnCode,
            String emdnTerm,
            RiskClass riskClass,
            CeStatus ceStatus,
            boolean certificateExpired,
            EvidenceLevel evidenceLevel,
            long verifiedCount,
            BigDecimal kgCo2e,
            String declaredUnit,
            Integer trl) {}

    /** @param text a piece of text @param match whether it matched the query */
    public record Piece(String text, boolean match) {}

    /** @param dimension facet dimension @param values values with counts, most frequent first */
    public record Facet(String dimension, List<FacetValue> values) {}

    /** @param value value @param count matching products @param selected whether the request selects it */
    public record FacetValue(String value, long count, boolean selected) {}
}
