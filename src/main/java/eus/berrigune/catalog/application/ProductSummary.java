package eus.berrigune.catalog.application;

import eus.berrigune.catalog.domain.CeStatus;
import eus.berrigune.catalog.domain.EvidenceLevel;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.catalog.domain.RiskClass;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A product as lists show it, in the reader's language where available.
 *
 * @param id id
 * @param status draft, published or archived
 * @param name name in {@code language}
 * @param language the language of {@code name} (may differ from the wanted one)
 * @param companyId owning company
 * @param companyName owning company's name
 * @param emdnCode EMDN code
 * @param emdnTerm EMDN term (English)
 * @param riskClass risk class
 * @param ceStatus CE marking
 * @param certificateExpiry certificate expiry date
 * @param certificateExpired whether the certificate has expired
 * @param evidenceLevel derived evidence level
 * @param evidenceCount number of evidence items
 * @param verifiedCount number of verified items
 * @param kgCo2e carbon footprint per declared unit
 * @param declaredUnit declared unit of the footprint
 * @param trl technology readiness level
 * @param updatedAt last change
 */
public record ProductSummary(
        long id,
        ProductStatus status,
        String name,
        String language,
        long companyId,
        String companyName,
        String emdnCode,
        String emdnTerm,
        RiskClass riskClass,
        CeStatus ceStatus,
        LocalDate certificateExpiry,
        boolean certificateExpired,
        EvidenceLevel evidenceLevel,
        int evidenceCount,
        long verifiedCount,
        BigDecimal kgCo2e,
        String declaredUnit,
        Integer trl,
        Instant updatedAt) implements java.io.Serializable {}
