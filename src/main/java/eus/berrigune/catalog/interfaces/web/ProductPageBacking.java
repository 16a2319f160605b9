package eus.berrigune.catalog.interfaces.web;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.FootprintBenchmark;
import eus.berrigune.catalog.application.ProductDetails;
import eus.berrigune.catalog.domain.EvidenceLevel;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import eus.berrigune.shared.interfaces.web.PageResponses;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The product page ({@code /catalog/product.xhtml?id=…}): regulatory status, evidence and sustainability at a
 * glance, with small SVG graphics whose numbers are also given as text.
 */
@Named
@RequestScoped
public class ProductPageBacking {

    /** Width of the footprint scale in the SVG's user units. */
    static final int SCALE = 300;

    @Inject
    CatalogQueries queries;

    @Inject
    LocaleBean locale;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private ProductDetails product;
    private FootprintBenchmark benchmark;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException("product", "");
            }
            product = queries.details(id);
            benchmark = queries.footprintBenchmark(product.sustainability().declaredUnit()).orElse(null);
        } catch (NotFoundException e) {
            PageResponses.notFound();
        }
    }

    /** The text in the reader's language, else the first available. */
    public Map.Entry<String, ProductDetails.Text> getText() {
        String wanted = locale.getCode();
        if (product.texts().containsKey(wanted)) {
            return new java.util.AbstractMap.SimpleImmutableEntry<>(wanted, product.texts().get(wanted));
        }
        for (Language language : Language.values()) {
            if (product.texts().containsKey(language.code())) {
                return new java.util.AbstractMap.SimpleImmutableEntry<>(language.code(), product.texts().get(language.code()));
            }
        }
        return new java.util.AbstractMap.SimpleImmutableEntry<>(wanted, new ProductDetails.Text("#" + product.id(), null, null));
    }

    public boolean isOwner() {
        return currentUser.get().map(u -> u.isSupplierOf(product.companyId())).orElse(false);
    }

    /** Filled steps of the evidence-level gauge (0–4). */
    public int getEvidenceSteps() {
        return product.evidenceLevel().rank();
    }

    public int getEvidenceMax() {
        return EvidenceLevel.values().length - 1;
    }

    public FootprintBenchmark getBenchmark() {
        return benchmark;
    }

    /** Position (0–{@value #SCALE}) of a footprint on the scale from 0 to the highest footprint for the unit. */
    public int scaled(BigDecimal value) {
        if (value == null || benchmark == null || benchmark.max().signum() == 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(SCALE))
                .divide(benchmark.max(), 0, RoundingMode.HALF_UP)
                .intValue();
    }

    public String getCpvCodes() {
        return String.join(", ", product.cpvCodes());
    }

    public int getRecyclableWidth() {
        Integer p = product.sustainability().recyclablePercent();
        return p == null ? 0 : p * 2;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProductDetails getProduct() {
        return product;
    }
}
