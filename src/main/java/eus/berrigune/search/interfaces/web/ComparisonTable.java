package eus.berrigune.search.interfaces.web;

import eus.berrigune.catalog.application.ProductDetails;
import eus.berrigune.search.application.Comparison;
import eus.berrigune.shared.domain.Language;
import java.time.LocalDate;
import eus.berrigune.shared.interfaces.CsvField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The comparison as rows of localised text, one column per product: shared by the page and its CSV export so that
 * both say the same. Values come from message keys through the {@code text} function.
 */
public final class ComparisonTable {

    private ComparisonTable() {}

    /**
     * One dimension.
     *
     * @param label localised label
     * @param values one value per product
     * @param differs whether the products differ on it
     */
    public record Row(String label, List<String> values, boolean differs) {}

    static List<Row> rows(Comparison.Result result, Language language, Function<String, String> text) {
        List<ProductDetails> products = result.products();
        List<Row> rows = new ArrayList<>();
        rows.add(row(text.apply("field.texts.name"), products, p -> name(p, language)));
        rows.add(row(text.apply("compare.company"), products, ProductDetails::companyName));
        rows.add(row(text.apply("field.emdnCode"), products, p -> p.emdnPath().isEmpty() ? "" :
                p.emdnCode() + " " + p.emdnPath().get(p.emdnPath().size() - 1).term()));
        rows.add(row(text.apply("field.regulatory.riskClass"), products,
                p -> p.regulatory().riskClass() == null ? "—" : text.apply("RiskClass." + p.regulatory().riskClass())));
        rows.add(row(text.apply("field.regulatory.ceStatus"), products,
                p -> p.regulatory().ceStatus() == null ? "—" : text.apply("CeStatus." + p.regulatory().ceStatus())));
        rows.add(row(text.apply("field.regulatory.notifiedBodyNumber"), products,
                p -> p.regulatory().notifiedBodyNumber() == null ? "—" : p.regulatory().notifiedBodyNumber()));
        rows.add(row(text.apply("field.regulatory.certificateExpiry"), products, p -> certificate(p, text)));
        rows.add(row(text.apply("search.facet.evidence"), products, p -> text.apply("EvidenceLevel." + p.evidenceLevel())));
        rows.add(row(text.apply("compare.evidenceItems"), products,
                p -> p.evidence().size() + " / " + p.verifiedCount() + " " + text.apply("product.label.verified")));
        rows.add(row(text.apply("field.evidence.design"), products, p -> p.evidence().isEmpty() ? "—" : p.evidence().stream()
                .map(e -> text.apply("StudyDesign." + e.design())).distinct().collect(Collectors.joining(", "))));
        if (result.footprintsComparable()) {
            rows.add(row(text.apply("field.sustainability.kgCo2e") + " (" + products.get(0).sustainability().declaredUnit() + ")",
                    products, p -> p.sustainability().kgCo2e().stripTrailingZeros().toPlainString()));
        } else {
            rows.add(row(text.apply("field.sustainability.kgCo2e"), products, p -> p.sustainability().kgCo2e() == null
                    ? "—"
                    : p.sustainability().kgCo2e().stripTrailingZeros().toPlainString() + " / " + p.sustainability().declaredUnit()));
        }
        rows.add(row(text.apply("field.sustainability.method"), products, p -> p.sustainability().method() == null ? "—"
                : text.apply("CarbonMethod." + p.sustainability().method())
                        + (p.sustainability().thirdPartyVerified() ? " · " + text.apply("product.sustainability.thirdParty") : "")));
        rows.add(row(text.apply("field.sustainability.recyclablePercent"), products,
                p -> p.sustainability().recyclablePercent() == null ? "—" : p.sustainability().recyclablePercent() + " %"));
        rows.add(row(text.apply("field.sustainability.takeBack"), products,
                p -> text.apply(p.sustainability().takeBack() ? "form.yes" : "form.no")));
        rows.add(row(text.apply("field.trl"), products, p -> p.trl() == null ? "—" : "TRL " + p.trl()));
        rows.add(row(text.apply("field.interoperability"), products, p -> p.interoperability().isEmpty() ? "—"
                : p.interoperability().stream().map(s -> text.apply("InteroperabilityStandard." + s)).sorted()
                        .collect(Collectors.joining(", "))));
        return rows;
    }

    private static String certificate(ProductDetails p, Function<String, String> text) {
        LocalDate expiry = p.regulatory().certificateExpiry();
        if (expiry == null) {
            return "—";
        }
        return expiry + (p.regulatory().certificateExpired() ? " (" + text.apply("product.flag.certificateExpired") + ")" : "");
    }

    static String name(ProductDetails p, Language language) {
        Map<String, ProductDetails.Text> texts = p.texts();
        ProductDetails.Text t = texts.getOrDefault(language.code(), texts.values().stream().findFirst().orElse(null));
        return t == null ? "#" + p.id() : t.name();
    }

    private static Row row(String label, List<ProductDetails> products, Function<ProductDetails, String> value) {
        List<String> values = products.stream().map(value).map(v -> v == null ? "" : v).toList();
        return new Row(label, values, values.stream().distinct().count() > 1);
    }

    /** RFC 4180 CSV: quotes doubled, every field quoted; a leading formula character is neutralised. */
    static String csv(List<Row> rows) {
        StringBuilder csv = new StringBuilder();
        for (Row row : rows) {
            List<String> fields = new ArrayList<>();
            fields.add(row.label());
            fields.addAll(row.values());
            csv.append(fields.stream().map(CsvField::quote).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }
}
