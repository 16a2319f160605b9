package eus.berrigune.catalog.interfaces.web;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.ProductSummary;
import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.nomenclature.domain.EmdnTerm;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The home page ({@code /index.xhtml}): EMDN categories with published products, and the newest products. */
@Named
@RequestScoped
public class HomeBacking {

    static final int LATEST = 8;

    @Inject
    CatalogQueries queries;

    @Inject
    EmdnNomenclature emdn;

    @Inject
    LocaleBean locale;

    private List<CategoryCount> categories;
    private List<ProductSummary> latest;
    private long total;

    @PostConstruct
    void load() {
        Map<String, Long> counts = queries.publishedByCategory();
        categories = emdn.categories().stream()
                .filter(c -> counts.containsKey(c.code()))
                .map(c -> new CategoryCount(c, counts.get(c.code())))
                .toList();
        total = counts.values().stream().mapToLong(Long::longValue).sum();
        latest = queries.published(null, 0, LATEST, locale.getLanguage()).items();
    }

    public List<CategoryCount> getCategories() {
        return categories;
    }

    public List<ProductSummary> getLatest() {
        return latest;
    }

    public long getTotal() {
        return total;
    }

    /** @param term the category @param count published products in it */
    public record CategoryCount(EmdnTerm term, long count) {}
}
