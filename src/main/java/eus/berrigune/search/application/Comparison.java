package eus.berrigune.search.application;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.ProductDetails;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Two to four products side by side on the value-based procurement dimensions. Products the caller may not read are
 * left out (and counted), exactly as the catalogue would answer "not found".
 */
@ApplicationScoped
public class Comparison {

    public static final int MIN = 2;
    public static final int MAX = 4;

    @Inject
    CatalogQueries catalog;

    /**
     * The products to compare.
     *
     * @param products the readable products, in the order asked
     * @param missing how many ids were not found or not readable
     * @param footprintsComparable whether every product declares a footprint for the same declared unit
     */
    public record Result(List<ProductDetails> products, int missing, boolean footprintsComparable) {}

    public Result compare(List<Long> ids) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids == null ? List.of() : ids));
        if (distinct.size() < MIN || distinct.size() > MAX) {
            throw new ValidationException("id", "compare.validation.count");
        }
        List<ProductDetails> products = new ArrayList<>();
        int missing = 0;
        for (long id : distinct) {
            try {
                products.add(catalog.details(id));
            } catch (NotFoundException e) {
                missing++;
            }
        }
        return new Result(products, missing, footprintsComparable(products));
    }

    static boolean footprintsComparable(List<ProductDetails> products) {
        if (products.size() < 2) {
            return false;
        }
        return products.stream().allMatch(p -> p.sustainability().kgCo2e() != null && p.sustainability().declaredUnit() != null)
                && products.stream()
                        .map(p -> p.sustainability().declaredUnit().strip().toLowerCase(Locale.ROOT))
                        .filter(Objects::nonNull)
                        .distinct()
                        .count() == 1;
    }
}
