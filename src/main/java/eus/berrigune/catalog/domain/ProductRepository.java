package eus.berrigune.catalog.domain;

import eus.berrigune.shared.domain.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Products and their evidence; document bytes through {@link #saveContent} and {@link #findContent}. */
public interface ProductRepository {

    Optional<Product> find(long id);

    default Product get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("product", id));
    }

    /** Loads the product for a change, failing with an edit conflict if its version is no longer {@code version}. */
    Product getForUpdate(long id, long version);

    Product save(Product product);

    /** Writes pending changes to the database within the current transaction. */
    void flush();

    List<Product> findByCompany(long companyId);

    /** The products with the given ids that exist, in no particular order, read-only (not to be changed). */
    List<Product> findAll(java.util.Collection<Long> ids);

    /**
     * State and company of the given products (missing ids are absent).
     *
     * @param status state
     * @param companyId company
     */
    record StatusAndOwner(ProductStatus status, long companyId) {}

    Map<Long, StatusAndOwner> findStates(java.util.Collection<Long> ids);

    /** Up to {@code limit} products (any state) with an id greater than {@code afterId}, in id order. */
    List<Product> findAfter(long afterId, int limit);

    /** Published products whose EMDN code starts with {@code emdnPrefix} (all when null), newest first. */
    List<Product> findPublished(String emdnPrefix, int offset, int limit);

    long countPublished(String emdnPrefix);

    /** How many products are in each state. */
    java.util.Map<ProductStatus, Long> countByStatus();

    /** Companies with at least one published product under any of the EMDN codes (as prefixes). */
    java.util.Set<Long> companiesPublishingUnder(java.util.Collection<String> emdnPrefixes);

    /** Number of published products per EMDN category letter. */
    Map<String, Long> countPublishedByCategory();

    /** Carbon footprints of published products declared for the given unit (case-insensitive). */
    List<java.math.BigDecimal> publishedFootprints(String declaredUnit);

    /** Published products with evidence items awaiting an evaluator. */
    List<Product> findWithEvidenceToReview(int limit);

    Optional<EvidenceDocument> findDocument(long documentId);

    void saveContent(DocumentContent content);

    Optional<DocumentContent> findContent(long documentId);
}
