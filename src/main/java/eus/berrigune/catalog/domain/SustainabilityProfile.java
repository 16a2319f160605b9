package eus.berrigune.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * Sustainability evidence: product carbon footprint per declared unit with its method and verification, and
 * circularity. Footprints of two products are comparable only when their declared units are equal.
 */
@Embeddable
public class SustainabilityProfile {

    public static final int DECLARED_UNIT_MAX = 120;
    public static final int PACKAGING_MAX = 300;

    @Column(name = "sus_kg_co2e", precision = 14, scale = 4)
    private BigDecimal kgCo2e;

    @Column(name = "sus_declared_unit", length = DECLARED_UNIT_MAX)
    private String declaredUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "sus_method", length = 24)
    private CarbonMethod method;

    @Column(name = "sus_reference_year")
    private Integer referenceYear;

    @Column(name = "sus_third_party_verified")
    private Boolean thirdPartyVerified;

    @Column(name = "sus_recyclable_percent")
    private Integer recyclablePercent;

    @Column(name = "sus_reusable")
    private Boolean reusable;

    @Column(name = "sus_take_back")
    private Boolean takeBack;

    @Column(name = "sus_packaging", length = PACKAGING_MAX)
    private String packaging;

    @Column(name = "sus_energy_kwh_per_year", precision = 14, scale = 4)
    private BigDecimal energyKwhPerYear;

    protected SustainabilityProfile() {}

    public SustainabilityProfile(
            BigDecimal kgCo2e,
            String declaredUnit,
            CarbonMethod method,
            Integer referenceYear,
            Boolean thirdPartyVerified,
            Integer recyclablePercent,
            Boolean reusable,
            Boolean takeBack,
            String packaging,
            BigDecimal energyKwhPerYear) {
        this.kgCo2e = kgCo2e;
        this.declaredUnit = declaredUnit;
        this.method = method;
        this.referenceYear = referenceYear;
        this.thirdPartyVerified = thirdPartyVerified;
        this.recyclablePercent = recyclablePercent;
        this.reusable = reusable;
        this.takeBack = takeBack;
        this.packaging = packaging;
        this.energyKwhPerYear = energyKwhPerYear;
    }

    public static SustainabilityProfile empty() {
        return new SustainabilityProfile();
    }

    public boolean hasFootprint() {
        return kgCo2e != null;
    }

    /** Whether two footprints can be compared: both declared, for the same declared unit. */
    public boolean comparableWith(SustainabilityProfile other) {
        return hasFootprint()
                && other != null
                && other.hasFootprint()
                && declaredUnit != null
                && declaredUnit.trim().equalsIgnoreCase(other.declaredUnit == null ? "" : other.declaredUnit.trim());
    }

    public BigDecimal getKgCo2e() {
        return kgCo2e;
    }

    public String getDeclaredUnit() {
        return declaredUnit;
    }

    public CarbonMethod getMethod() {
        return method;
    }

    public Integer getReferenceYear() {
        return referenceYear;
    }

    public boolean isThirdPartyVerified() {
        return Boolean.TRUE.equals(thirdPartyVerified);
    }

    public Integer getRecyclablePercent() {
        return recyclablePercent;
    }

    public boolean isReusable() {
        return Boolean.TRUE.equals(reusable);
    }

    public boolean isTakeBack() {
        return Boolean.TRUE.equals(takeBack);
    }

    public String getPackaging() {
        return packaging;
    }

    public BigDecimal getEnergyKwhPerYear() {
        return energyKwhPerYear;
    }
}
