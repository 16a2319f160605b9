package eus.berrigune.catalog.application;

import eus.berrigune.catalog.domain.CeStatus;
import eus.berrigune.catalog.domain.EvidenceLevel;
import eus.berrigune.catalog.domain.InteroperabilityStandard;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.catalog.domain.RiskClass;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the search index needs to know of a product, whatever its state (the search capability decides who sees
 * what, with the same rule as the catalogue: published for everyone, the rest for the owning company).
 *
 * @param id id
 * @param companyId owning company
 * @param companyName company name
 * @param clusterMember whether the company is a cluster member
 * @param status state
 * @param texts per language code: name, description, intended purpose
 * @param emdnCode EMDN code
 * @param emdnPath the EMDN code and its ancestors, category first (codes)
 * @param emdnTerms the English terms of that path
 * @param cpvCodes CPV codes
 * @param riskClass risk class
 * @param ceStatus CE marking
 * @param notifiedBodyNumber notified body number
 * @param notifiedBodyName notified body name
 * @param certificateExpiry certificate expiry
 * @param basicUdiDi Basic UDI-DI
 * @param trl TRL
 * @param evidenceLevel derived evidence level
 * @param evidenceCount evidence items
 * @param verifiedCount verified evidence items
 * @param kgCo2e footprint per declared unit
 * @param declaredUnit declared unit
 * @param takeBack take-back programme
 * @param interoperability standards
 * @param updatedAt last change
 */
public record IndexableProduct(
        long id,
        long companyId,
        String companyName,
        boolean clusterMember,
        ProductStatus status,
        Map<String, ProductDetails.Text> texts,
        String emdnCode,
        List<String> emdnPath,
        List<String> emdnTerms,
        Set<String> cpvCodes,
        RiskClass riskClass,
        CeStatus ceStatus,
        String notifiedBodyNumber,
        String notifiedBodyName,
        LocalDate certificateExpiry,
        String basicUdiDi,
        Integer trl,
        EvidenceLevel evidenceLevel,
        int evidenceCount,
        long verifiedCount,
        BigDecimal kgCo2e,
        String declaredUnit,
        boolean takeBack,
        Set<InteroperabilityStandard> interoperability,
        Instant updatedAt) {

    /** The product's name in the wanted language, else in the first language it has, else "#id". */
    public String name(eus.berrigune.shared.domain.Language language) {
        ProductDetails.Text text = texts.get(language.code());
        if (text == null) {
            text = texts.values().stream().findFirst().orElse(null);
        }
        return text == null ? "#" + id : text.name();
    }
}
