package eus.berrigune.catalog.domain;

import java.math.BigDecimal;

/** Bands of a product carbon footprint in kg CO2e per declared unit, as search facets and dashboards count them. */
public enum CarbonBand {
    LT1("lt1"),
    FROM1_TO10("1-10"),
    FROM10_TO100("10-100"),
    GE100("ge100");

    private final String code;

    CarbonBand(String code) {
        this.code = code;
    }

    /** The band's code in search URLs and message keys ({@code search.co2.<code>}). */
    public String code() {
        return code;
    }

    public static CarbonBand of(BigDecimal kg) {
        double v = kg.doubleValue();
        return v < 1 ? LT1 : v < 10 ? FROM1_TO10 : v < 100 ? FROM10_TO100 : GE100;
    }
}
