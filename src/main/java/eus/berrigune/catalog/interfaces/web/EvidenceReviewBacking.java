package eus.berrigune.catalog.interfaces.web;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.ProductDetails;
import eus.berrigune.catalog.application.ProductService;
import eus.berrigune.catalog.domain.Verification;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /evaluator/review.xhtml}: self-declared evidence of published products, to verify or return. */
@Named
@ViewScoped
public class EvidenceReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 50;

    @Inject
    transient CatalogQueries queries;

    @Inject
    transient ProductService service;

    private List<ProductDetails> products;
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void load() {
        products = queries.evidenceToReview(LIMIT);
    }

    public void verify(long productId, long itemId) {
        try {
            service.verifyEvidence(productId, itemId);
            FacesMessages.info("evaluator.review.message.verified");
            load();
        } catch (BusinessException e) {
            FacesMessages.show(e, "review");
        }
    }

    public void returnItem(long productId, long itemId) {
        try {
            service.returnEvidence(productId, itemId, reasons.get(itemId));
            reasons.remove(itemId);
            FacesMessages.info("evaluator.review.message.returned");
            load();
        } catch (BusinessException e) {
            FacesMessages.show(e, "review");
        }
    }

    public List<ProductDetails.Evidence> pending(ProductDetails product) {
        return product.evidence().stream().filter(e -> e.verification() == Verification.SELF_DECLARED).toList();
    }

    public List<ProductDetails> getProducts() {
        return products;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
