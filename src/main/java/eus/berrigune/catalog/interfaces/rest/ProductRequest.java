package eus.berrigune.catalog.interfaces.rest;

import eus.berrigune.catalog.domain.CarbonMethod;
import eus.berrigune.catalog.domain.CeStatus;
import eus.berrigune.catalog.domain.EnvironmentalCertificate;
import eus.berrigune.catalog.domain.HazardousSubstance;
import eus.berrigune.catalog.domain.InteroperabilityStandard;
import eus.berrigune.catalog.domain.Legislation;
import eus.berrigune.catalog.domain.NiceTier;
import eus.berrigune.catalog.domain.ProductRecord;
import eus.berrigune.catalog.domain.ProductText;
import eus.berrigune.catalog.domain.RegulatoryStatus;
import eus.berrigune.catalog.domain.RiskClass;
import eus.berrigune.catalog.domain.SustainabilityProfile;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Body of {@code POST /products} and {@code PUT /products/{id}}: the whole product record. {@code version} is
 * required on PUT (optimistic locking) and ignored on POST.
 */
public class ProductRequest {

    public Long version;
    public Map<String, TextRequest> texts;
    public String emdnCode;
    public Set<String> cpvCodes;
    public String website;
    public RegulatoryRequest regulatory;
    public Integer trl;
    public NiceTier niceTier;
    public Set<InteroperabilityStandard> interoperability;
    public SustainabilityRequest sustainability;

    /** Name, description and intended purpose in one language. */
    public static class TextRequest {
        public String name;
        public String description;
        public String intendedPurpose;
    }

    /** Regulatory status. */
    public static class RegulatoryRequest {
        public Legislation legislation;
        public RiskClass riskClass;
        public CeStatus ceStatus;
        public String notifiedBodyNumber;
        public String notifiedBodyName;
        public String certificateNumber;
        public LocalDate certificateExpiry;
        public String basicUdiDi;
    }

    /** Sustainability evidence. */
    public static class SustainabilityRequest {
        public BigDecimal kgCo2e;
        public String declaredUnit;
        public CarbonMethod method;
        public Integer referenceYear;
        public Boolean thirdPartyVerified;
        public Integer recyclablePercent;
        public Boolean reusable;
        public Boolean takeBack;
        public String packaging;
        public BigDecimal energyKwhPerYear;
        public Set<EnvironmentalCertificate> certificates;
        public Set<HazardousSubstance> hazardousFree;
    }

    ProductRecord toRecord() {
        Map<Language, ProductText> textMap = new EnumMap<>(Language.class);
        if (texts != null) {
            texts.forEach((code, t) -> {
                Language language = Language.fromCode(code)
                        .orElseThrow(() -> new ValidationException("texts." + code, "product.validation.language"));
                if (t != null) {
                    textMap.put(language, new ProductText(t.name, t.description, t.intendedPurpose));
                }
            });
        }
        RegulatoryRequest r = regulatory == null ? new RegulatoryRequest() : regulatory;
        SustainabilityRequest s = sustainability == null ? new SustainabilityRequest() : sustainability;
        return new ProductRecord(
                textMap,
                emdnCode,
                cpvCodes,
                website,
                new RegulatoryStatus(r.legislation, r.riskClass, r.ceStatus, blank(r.notifiedBodyNumber),
                        blank(r.notifiedBodyName), blank(r.certificateNumber), r.certificateExpiry, blank(r.basicUdiDi)),
                trl,
                niceTier,
                interoperability,
                new SustainabilityProfile(s.kgCo2e, blank(s.declaredUnit), s.method, s.referenceYear,
                        s.thirdPartyVerified, s.recyclablePercent, s.reusable, s.takeBack, blank(s.packaging),
                        s.energyKwhPerYear),
                s.certificates,
                s.hazardousFree);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
