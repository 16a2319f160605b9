package eus.berrigune.catalog.domain;

import eus.berrigune.shared.domain.FieldError;
import eus.berrigune.shared.domain.Language;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything a company declares about a product, as one value: what the edit form and the API send. Rules that
 * concern a single field or several fields of the record are checked by {@link #validate()}; whether the record is
 * complete enough to publish is the product's business ({@link Product#readiness()}).
 *
 * @param texts name, description and intended purpose per language (at least one language)
 * @param emdnCode EMDN code (existence in the nomenclature is checked by the application service)
 * @param cpvCodes optional CPV codes ({@code 33100000-1} style)
 * @param website product website
 * @param regulatory regulatory status
 * @param trl technology readiness level 1–9
 * @param niceTier NICE ESF tier for digital products
 * @param interoperability data exchange standards
 * @param sustainability carbon footprint and circularity
 * @param environmentalCertificates environmental management certificates
 * @param hazardousFree substances the product is free of
 */
public record ProductRecord(
        Map<Language, ProductText> texts,
        String emdnCode,
        Set<String> cpvCodes,
        String website,
        RegulatoryStatus regulatory,
        Integer trl,
        NiceTier niceTier,
        Set<InteroperabilityStandard> interoperability,
        SustainabilityProfile sustainability,
        Set<EnvironmentalCertificate> environmentalCertificates,
        Set<HazardousSubstance> hazardousFree) {

    public static final Pattern EMDN = Pattern.compile("[A-Z]([0-9]{2}){0,7}");
    public static final Pattern CPV = Pattern.compile("[0-9]{8}-[0-9]");
    public static final Pattern NOTIFIED_BODY = Pattern.compile("[0-9]{4}");
    public static final Pattern WEBSITE = Pattern.compile("https?://[^\\s<>\"]{3,290}");
    public static final Pattern UDI = Pattern.compile("[A-Za-z0-9*+./:\\-_ ]{1,64}");
    public static final int WEBSITE_MAX = 300;

    public ProductRecord {
        texts = texts == null ? Map.of() : copyTexts(texts);
        cpvCodes = cpvCodes == null ? Set.of() : withoutNulls(cpvCodes);
        regulatory = regulatory == null ? RegulatoryStatus.empty() : regulatory;
        interoperability = interoperability == null ? Set.of() : withoutNulls(interoperability);
        sustainability = sustainability == null ? SustainabilityProfile.empty() : sustainability;
        environmentalCertificates = environmentalCertificates == null ? Set.of() : withoutNulls(environmentalCertificates);
        hazardousFree = hazardousFree == null ? Set.of() : withoutNulls(hazardousFree);
        emdnCode = emdnCode == null || emdnCode.isBlank() ? null : emdnCode.strip().toUpperCase();
        website = website == null || website.isBlank() ? null : website.strip();
    }

    private static <T> Set<T> withoutNulls(Set<T> values) {
        Set<T> copy = new LinkedHashSet<>();
        for (T value : values) {
            if (value != null) {
                copy.add(value);
            }
        }
        return Set.copyOf(copy);
    }

    /** Fits a NUMERIC(14, 4) column: at most 10 digits before the point and 4 after. */
    static boolean fitsColumn(BigDecimal value) {
        return value.scale() <= 4 && value.precision() - value.scale() <= 10;
    }

    private static Map<Language, ProductText> copyTexts(Map<Language, ProductText> source) {
        Map<Language, ProductText> copy = new EnumMap<>(Language.class);
        source.forEach((language, text) -> {
            if (text != null && !isBlankText(text)) {
                copy.put(language, new ProductText(
                        strip(text.getName()), strip(text.getDescription()), strip(text.getIntendedPurpose())));
            }
        });
        return Map.copyOf(copy);
    }

    private static boolean isBlankText(ProductText text) {
        return blank(text.getName()) && blank(text.getDescription()) && blank(text.getIntendedPurpose());
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Field errors of this record (empty when valid). Field names follow the API's JSON paths. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (texts.isEmpty()) {
            errors.add(new FieldError("texts", "product.validation.oneLanguage"));
        }
        texts.forEach((language, text) -> {
            String prefix = "texts." + language.code() + ".";
            if (blank(text.getName())) {
                errors.add(new FieldError(prefix + "name", "validation.required"));
            } else if (text.getName().length() > ProductText.NAME_MAX) {
                errors.add(new FieldError(prefix + "name", "validation.tooLong"));
            }
            if (text.getDescription() != null && text.getDescription().length() > ProductText.DESCRIPTION_MAX) {
                errors.add(new FieldError(prefix + "description", "validation.tooLong"));
            }
            if (text.getIntendedPurpose() != null && text.getIntendedPurpose().length() > ProductText.PURPOSE_MAX) {
                errors.add(new FieldError(prefix + "intendedPurpose", "validation.tooLong"));
            }
        });
        if (emdnCode != null && !EMDN.matcher(emdnCode).matches()) {
            errors.add(new FieldError("emdnCode", "product.validation.emdnFormat"));
        }
        for (String cpv : cpvCodes) {
            if (!CPV.matcher(cpv).matches()) {
                errors.add(new FieldError("cpvCodes", "product.validation.cpvFormat"));
                break;
            }
        }
        if (website != null && !WEBSITE.matcher(website).matches()) {
            errors.add(new FieldError("website", "validation.url"));
        }
        if (trl != null && (trl < 1 || trl > 9)) {
            errors.add(new FieldError("trl", "product.validation.trlRange"));
        }
        validateRegulatory(errors);
        validateSustainability(errors);
        return errors;
    }

    private void validateRegulatory(List<FieldError> errors) {
        RegulatoryStatus r = regulatory;
        if (r.getRiskClass() != null) {
            if (r.getLegislation() == null || r.getRiskClass().legislation() != r.getLegislation()) {
                errors.add(new FieldError("regulatory.riskClass", "product.validation.classForLegislation"));
            }
        }
        if (r.getLegislation() == Legislation.NON_DEVICE && r.getCeStatus() == CeStatus.CE_MARKED) {
            errors.add(new FieldError("regulatory.ceStatus", "product.validation.ceForNonDevice"));
        }
        if (r.getNotifiedBodyNumber() != null && !NOTIFIED_BODY.matcher(r.getNotifiedBodyNumber()).matches()) {
            errors.add(new FieldError("regulatory.notifiedBodyNumber", "product.validation.notifiedBodyFormat"));
        }
        if (r.getNotifiedBodyName() != null && r.getNotifiedBodyName().length() > RegulatoryStatus.NB_NAME_MAX) {
            errors.add(new FieldError("regulatory.notifiedBodyName", "validation.tooLong"));
        }
        if (r.getCertificateNumber() != null && r.getCertificateNumber().length() > RegulatoryStatus.CERTIFICATE_MAX) {
            errors.add(new FieldError("regulatory.certificateNumber", "validation.tooLong"));
        }
        if (r.getBasicUdiDi() != null && !UDI.matcher(r.getBasicUdiDi()).matches()) {
            errors.add(new FieldError("regulatory.basicUdiDi", "product.validation.udiFormat"));
        }
    }

    private void validateSustainability(List<FieldError> errors) {
        SustainabilityProfile s = sustainability;
        if (s.getKgCo2e() != null) {
            if (s.getKgCo2e().compareTo(BigDecimal.ZERO) < 0) {
                errors.add(new FieldError("sustainability.kgCo2e", "validation.notNegative"));
            } else if (!fitsColumn(s.getKgCo2e())) {
                errors.add(new FieldError("sustainability.kgCo2e", "product.validation.decimal"));
            }
            if (blank(s.getDeclaredUnit())) {
                errors.add(new FieldError("sustainability.declaredUnit", "product.validation.declaredUnitRequired"));
            }
            if (s.getMethod() == null) {
                errors.add(new FieldError("sustainability.method", "product.validation.methodRequired"));
            }
        }
        if (s.getDeclaredUnit() != null && s.getDeclaredUnit().length() > SustainabilityProfile.DECLARED_UNIT_MAX) {
            errors.add(new FieldError("sustainability.declaredUnit", "validation.tooLong"));
        }
        if (s.getRecyclablePercent() != null && (s.getRecyclablePercent() < 0 || s.getRecyclablePercent() > 100)) {
            errors.add(new FieldError("sustainability.recyclablePercent", "product.validation.percentRange"));
        }
        if (s.getReferenceYear() != null
                && (s.getReferenceYear() < 1990 || s.getReferenceYear() > Year.now().getValue() + 1)) {
            errors.add(new FieldError("sustainability.referenceYear", "product.validation.yearRange"));
        }
        if (s.getEnergyKwhPerYear() != null && s.getEnergyKwhPerYear().compareTo(BigDecimal.ZERO) < 0) {
            errors.add(new FieldError("sustainability.energyKwhPerYear", "validation.notNegative"));
        } else if (s.getEnergyKwhPerYear() != null && !fitsColumn(s.getEnergyKwhPerYear())) {
            errors.add(new FieldError("sustainability.energyKwhPerYear", "product.validation.decimal"));
        }
        if (s.getPackaging() != null && s.getPackaging().length() > SustainabilityProfile.PACKAGING_MAX) {
            errors.add(new FieldError("sustainability.packaging", "validation.tooLong"));
        }
    }
}
