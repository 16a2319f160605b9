package eus.berrigune.catalog.interfaces.web;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.ProductSummary;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /company/products.xhtml}: the company's products in every state. */
@Named
@RequestScoped
public class OwnProductsBacking {

    @Inject
    CatalogQueries queries;

    @Inject
    LocaleBean locale;

    private List<ProductSummary> products;

    @PostConstruct
    void load() {
        products = queries.ownProducts(locale.getLanguage());
    }

    public List<ProductSummary> getProducts() {
        return products;
    }
}
