package eus.berrigune.catalog.application;

import eus.berrigune.catalog.domain.Product;
import eus.berrigune.catalog.domain.ProductChangeLog;
import eus.berrigune.catalog.domain.ProductRepository;
import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.identity.application.OrganisationSummary;
import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.nomenclature.domain.EmdnTerm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue's feed for the search index: products in every state, read without a caller (the index is not a
 * user). Only the search capability uses it; what a user may see is decided again at query time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogIndexFeed {

    @Inject
    ProductRepository products;

    @Inject
    ProductChangeLog changes;

    @Inject
    IdentityService identity;

    @Inject
    EmdnNomenclature emdn;

    /**
     * The product as the index needs it, or empty when it no longer exists. Read-only and outside of any
     * transaction: the index reads it right after the changing transaction committed.
     */
    public Optional<IndexableProduct> product(long id) {
        return products.find(id).map(p -> toIndexable(List.of(p)).get(0));
    }

    /**
     * State and owner of products, for checking search hits against the database.
     *
     * @param status the product's state
     * @param companyId its company
     */
    public record State(eus.berrigune.catalog.domain.ProductStatus status, long companyId) {}

    public Map<Long, State> states(java.util.Collection<Long> ids) {
        Map<Long, State> states = new java.util.HashMap<>();
        products.findStates(ids).forEach((id, state) -> states.put(id, new State(state.status(), state.companyId())));
        return states;
    }

    /** Product changes other servers made from {@code from} on (the change log), oldest first. */
    public List<ProductChangeLog.Change> changesSince(Instant from,
            String exceptNode) {
        return changes.since(from, exceptNode);
    }

    /** The database's clock, which stamps the change log. */
    public Instant databaseNow() {
        return changes.now();
    }

    /** Deletes the change log's entries older than {@code before}. */
    @Transactional(Transactional.TxType.REQUIRED)
    public int forgetChangesBefore(Instant before) {
        return changes.forgetBefore(before);
    }

    /** Up to {@code size} products with an id greater than {@code afterId}, in id order (read-only). */
    public List<IndexableProduct> page(long afterId, int size) {
        return toIndexable(products.findAfter(afterId, size));
    }

    private List<IndexableProduct> toIndexable(List<Product> list) {
        Map<Long, OrganisationSummary> companies =
                identity.publicProfiles(list.stream().map(Product::getCompanyId).toList());
        return list.stream().map(p -> {
            OrganisationSummary company = companies.get(p.getCompanyId());
            Map<String, ProductDetails.Text> texts = CatalogQueries.textsOf(p);
            List<EmdnTerm> path = emdn.path(p.getEmdnCode());
            var r = p.getRegulatory();
            var s = p.getSustainability();
            return new IndexableProduct(
                    p.getId(), p.getCompanyId(), company == null ? "" : company.name(),
                    company != null && company.clusterMember(), p.getStatus(), texts, p.getEmdnCode(),
                    path.stream().map(EmdnTerm::code).toList(), path.stream().map(EmdnTerm::term).toList(),
                    p.getCpvCodes(), r.getRiskClass(), r.getCeStatus(), r.getNotifiedBodyNumber(),
                    r.getNotifiedBodyName(), r.getCertificateExpiry(), r.getBasicUdiDi(), p.getTrl(),
                    p.evidenceLevel(), p.getEvidence().size(), p.verifiedEvidenceCount(), s.getKgCo2e(),
                    s.getDeclaredUnit(), s.isTakeBack(), p.getInteroperability(), p.getUpdatedAt());
        }).toList();
    }
}
