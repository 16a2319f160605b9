package eus.berrigune.catalog.interfaces.web;

import eus.berrigune.catalog.application.ProductDetails;
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
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The product edit form's model: plain, mutable, bound to the inputs; turned into a {@link ProductRecord}. */
public class ProductForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, TextFields> texts = new java.util.LinkedHashMap<>();
    private String emdnCode;
    private String cpvCodes;
    private String website;
    private Legislation legislation;
    private RiskClass riskClass;
    private CeStatus ceStatus;
    private String notifiedBodyNumber;
    private String notifiedBodyName;
    private String certificateNumber;
    private LocalDate certificateExpiry;
    private String basicUdiDi;
    private Integer trl;
    private NiceTier niceTier;
    private List<InteroperabilityStandard> interoperability = new ArrayList<>();
    private BigDecimal kgCo2e;
    private String declaredUnit;
    private CarbonMethod method;
    private Integer referenceYear;
    private boolean thirdPartyVerified;
    private Integer recyclablePercent;
    private boolean reusable;
    private boolean takeBack;
    private String packaging;
    private BigDecimal energyKwhPerYear;
    private List<EnvironmentalCertificate> certificates = new ArrayList<>();
    private List<HazardousSubstance> hazardousFree = new ArrayList<>();

    public ProductForm() {
        for (Language language : Language.values()) {
            texts.put(language.code(), new TextFields());
        }
    }

    static ProductForm of(ProductDetails p) {
        ProductForm f = new ProductForm();
        p.texts().forEach((code, t) -> {
            TextFields fields = f.texts.get(code);
            fields.setName(t.name());
            fields.setDescription(t.description());
            fields.setIntendedPurpose(t.intendedPurpose());
        });
        f.emdnCode = p.emdnCode();
        f.cpvCodes = String.join(", ", p.cpvCodes());
        f.website = p.website();
        f.legislation = p.regulatory().legislation();
        f.riskClass = p.regulatory().riskClass();
        f.ceStatus = p.regulatory().ceStatus();
        f.notifiedBodyNumber = p.regulatory().notifiedBodyNumber();
        f.notifiedBodyName = p.regulatory().notifiedBodyName();
        f.certificateNumber = p.regulatory().certificateNumber();
        f.certificateExpiry = p.regulatory().certificateExpiry();
        f.basicUdiDi = p.regulatory().basicUdiDi();
        f.trl = p.trl();
        f.niceTier = p.niceTier();
        f.interoperability = new ArrayList<>(p.interoperability());
        ProductDetails.Sustainability s = p.sustainability();
        f.kgCo2e = s.kgCo2e();
        f.declaredUnit = s.declaredUnit();
        f.method = s.method();
        f.referenceYear = s.referenceYear();
        f.thirdPartyVerified = s.thirdPartyVerified();
        f.recyclablePercent = s.recyclablePercent();
        f.reusable = s.reusable();
        f.takeBack = s.takeBack();
        f.packaging = s.packaging();
        f.energyKwhPerYear = s.energyKwhPerYear();
        f.certificates = new ArrayList<>(s.certificates());
        f.hazardousFree = new ArrayList<>(s.hazardousFree());
        return f;
    }

    ProductRecord toRecord() {
        Map<Language, ProductText> textMap = new EnumMap<>(Language.class);
        texts.forEach((code, t) -> Language.fromCode(code).ifPresent(language ->
                textMap.put(language, new ProductText(t.getName(), t.getDescription(), t.getIntendedPurpose()))));
        LinkedHashSet<String> cpv = new LinkedHashSet<>();
        if (cpvCodes != null) {
            Arrays.stream(cpvCodes.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).forEach(cpv::add);
        }
        return new ProductRecord(
                textMap,
                emdnCode == null ? null : emdnCode.split("\\s", 2)[0],
                cpv,
                website,
                new RegulatoryStatus(legislation, riskClass, ceStatus, blank(notifiedBodyNumber),
                        blank(notifiedBodyName), blank(certificateNumber), certificateExpiry, blank(basicUdiDi)),
                trl,
                niceTier,
                new LinkedHashSet<>(interoperability),
                new SustainabilityProfile(kgCo2e, blank(declaredUnit), method, referenceYear, thirdPartyVerified,
                        recyclablePercent, reusable, takeBack, blank(packaging), energyKwhPerYear),
                new LinkedHashSet<>(certificates),
                new LinkedHashSet<>(hazardousFree));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Name, description and intended purpose in one language. */
    public static class TextFields implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String description;
        private String intendedPurpose;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getIntendedPurpose() {
            return intendedPurpose;
        }

        public void setIntendedPurpose(String intendedPurpose) {
            this.intendedPurpose = intendedPurpose;
        }
    }

    public Map<String, TextFields> getTexts() {
        return texts;
    }

    public String getEmdnCode() {
        return emdnCode;
    }

    public void setEmdnCode(String emdnCode) {
        this.emdnCode = emdnCode;
    }

    public String getCpvCodes() {
        return cpvCodes;
    }

    public void setCpvCodes(String cpvCodes) {
        this.cpvCodes = cpvCodes;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Legislation getLegislation() {
        return legislation;
    }

    public void setLegislation(Legislation legislation) {
        this.legislation = legislation;
    }

    public RiskClass getRiskClass() {
        return riskClass;
    }

    public void setRiskClass(RiskClass riskClass) {
        this.riskClass = riskClass;
    }

    public CeStatus getCeStatus() {
        return ceStatus;
    }

    public void setCeStatus(CeStatus ceStatus) {
        this.ceStatus = ceStatus;
    }

    public String getNotifiedBodyNumber() {
        return notifiedBodyNumber;
    }

    public void setNotifiedBodyNumber(String notifiedBodyNumber) {
        this.notifiedBodyNumber = notifiedBodyNumber;
    }

    public String getNotifiedBodyName() {
        return notifiedBodyName;
    }

    public void setNotifiedBodyName(String notifiedBodyName) {
        this.notifiedBodyName = notifiedBodyName;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public LocalDate getCertificateExpiry() {
        return certificateExpiry;
    }

    public void setCertificateExpiry(LocalDate certificateExpiry) {
        this.certificateExpiry = certificateExpiry;
    }

    public String getBasicUdiDi() {
        return basicUdiDi;
    }

    public void setBasicUdiDi(String basicUdiDi) {
        this.basicUdiDi = basicUdiDi;
    }

    public Integer getTrl() {
        return trl;
    }

    public void setTrl(Integer trl) {
        this.trl = trl;
    }

    public NiceTier getNiceTier() {
        return niceTier;
    }

    public void setNiceTier(NiceTier niceTier) {
        this.niceTier = niceTier;
    }

    /** An array, so that Faces knows the element type and converts the checkbox values. */
    public InteroperabilityStandard[] getInteroperability() {
        return interoperability.toArray(new InteroperabilityStandard[0]);
    }

    public void setInteroperability(InteroperabilityStandard[] interoperability) {
        this.interoperability = interoperability == null ? new ArrayList<>() : new ArrayList<>(List.of(interoperability));
    }

    public BigDecimal getKgCo2e() {
        return kgCo2e;
    }

    public void setKgCo2e(BigDecimal kgCo2e) {
        this.kgCo2e = kgCo2e;
    }

    public String getDeclaredUnit() {
        return declaredUnit;
    }

    public void setDeclaredUnit(String declaredUnit) {
        this.declaredUnit = declaredUnit;
    }

    public CarbonMethod getMethod() {
        return method;
    }

    public void setMethod(CarbonMethod method) {
        this.method = method;
    }

    public Integer getReferenceYear() {
        return referenceYear;
    }

    public void setReferenceYear(Integer referenceYear) {
        this.referenceYear = referenceYear;
    }

    public boolean isThirdPartyVerified() {
        return thirdPartyVerified;
    }

    public void setThirdPartyVerified(boolean thirdPartyVerified) {
        this.thirdPartyVerified = thirdPartyVerified;
    }

    public Integer getRecyclablePercent() {
        return recyclablePercent;
    }

    public void setRecyclablePercent(Integer recyclablePercent) {
        this.recyclablePercent = recyclablePercent;
    }

    public boolean isReusable() {
        return reusable;
    }

    public void setReusable(boolean reusable) {
        this.reusable = reusable;
    }

    public boolean isTakeBack() {
        return takeBack;
    }

    public void setTakeBack(boolean takeBack) {
        this.takeBack = takeBack;
    }

    public String getPackaging() {
        return packaging;
    }

    public void setPackaging(String packaging) {
        this.packaging = packaging;
    }

    public BigDecimal getEnergyKwhPerYear() {
        return energyKwhPerYear;
    }

    public void setEnergyKwhPerYear(BigDecimal energyKwhPerYear) {
        this.energyKwhPerYear = energyKwhPerYear;
    }

    /** An array, so that Faces knows the element type and converts the checkbox values. */
    public EnvironmentalCertificate[] getCertificates() {
        return certificates.toArray(new EnvironmentalCertificate[0]);
    }

    public void setCertificates(EnvironmentalCertificate[] certificates) {
        this.certificates = certificates == null ? new ArrayList<>() : new ArrayList<>(List.of(certificates));
    }

    /** An array, so that Faces knows the element type and converts the checkbox values. */
    public HazardousSubstance[] getHazardousFree() {
        return hazardousFree.toArray(new HazardousSubstance[0]);
    }

    public void setHazardousFree(HazardousSubstance[] hazardousFree) {
        this.hazardousFree = hazardousFree == null ? new ArrayList<>() : new ArrayList<>(List.of(hazardousFree));
    }
}
