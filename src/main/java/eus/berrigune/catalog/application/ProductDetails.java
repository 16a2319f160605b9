package eus.berrigune.catalog.application;

import eus.berrigune.catalog.domain.CarbonMethod;
import eus.berrigune.catalog.domain.CeStatus;
import eus.berrigune.catalog.domain.EnvironmentalCertificate;
import eus.berrigune.catalog.domain.EvidenceKind;
import eus.berrigune.catalog.domain.EvidenceLevel;
import eus.berrigune.catalog.domain.HazardousSubstance;
import eus.berrigune.catalog.domain.InteroperabilityStandard;
import eus.berrigune.catalog.domain.Legislation;
import eus.berrigune.catalog.domain.NiceTier;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.catalog.domain.RiskClass;
import eus.berrigune.catalog.domain.StudyDesign;
import eus.berrigune.catalog.domain.Verification;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The full product record as the caller may see it: documents the caller may not read are left out.
 *
 * @param id id
 * @param version optimistic-locking version (send it back with a change)
 * @param status life-cycle state
 * @param companyId owning company
 * @param companyName owning company's name
 * @param clusterMember whether the company is a cluster member
 * @param texts name, description and intended purpose per language code ({@code eu}, {@code es}, {@code en})
 * @param emdnCode EMDN code
 * @param emdnPath the EMDN code and its ancestors (code and English term), category first
 * @param cpvCodes CPV codes
 * @param website website
 * @param regulatory regulatory status
 * @param trl technology readiness level
 * @param niceTier NICE ESF tier
 * @param interoperability interoperability standards
 * @param evidenceLevel derived evidence level
 * @param evidence evidence items
 * @param sustainability sustainability profile
 * @param documents documents the caller may read
 * @param missingForPublication what must be completed before publication (field, message key)
 * @param publishedAt when it was published
 * @param updatedAt last change
 * @param archiveReason why it was archived
 */
public record ProductDetails(
        long id,
        long version,
        ProductStatus status,
        long companyId,
        String companyName,
        boolean clusterMember,
        Map<String, Text> texts,
        String emdnCode,
        List<Emdn> emdnPath,
        Set<String> cpvCodes,
        String website,
        Regulatory regulatory,
        Integer trl,
        NiceTier niceTier,
        Set<InteroperabilityStandard> interoperability,
        EvidenceLevel evidenceLevel,
        List<Evidence> evidence,
        Sustainability sustainability,
        List<Document> documents,
        List<Missing> missingForPublication,
        Instant publishedAt,
        Instant updatedAt,
        String archiveReason) implements java.io.Serializable {

    /** @param name name @param description description @param intendedPurpose intended purpose */
    public record Text(String name, String description, String intendedPurpose) implements java.io.Serializable {}

    /** @param code EMDN code @param term English term */
    public record Emdn(String code, String term) implements java.io.Serializable {}

    /**
     * @param legislation legislation
     * @param riskClass class
     * @param ceStatus CE marking
     * @param notifiedBodyNumber notified body number
     * @param notifiedBodyName notified body name
     * @param certificateNumber certificate number
     * @param certificateExpiry certificate expiry
     * @param certificateExpired whether the certificate has expired today
     * @param certificateExpiresSoon whether it expires within 90 days
     * @param basicUdiDi Basic UDI-DI
     */
    public record Regulatory(
            Legislation legislation,
            RiskClass riskClass,
            CeStatus ceStatus,
            String notifiedBodyNumber,
            String notifiedBodyName,
            String certificateNumber,
            LocalDate certificateExpiry,
            boolean certificateExpired,
            boolean certificateExpiresSoon,
            String basicUdiDi) implements java.io.Serializable {}

    /**
     * @param id id
     * @param version version
     * @param kind kind
     * @param design study design
     * @param population population size
     * @param title title
     * @param summary summary
     * @param language language of title and summary
     * @param reference DOI, URL or registry id
     * @param documentId attached document (only when the caller may read it)
     * @param verification verification state
     * @param verifiedBy evaluator's name
     * @param verifierOrganisation evaluator's organisation
     * @param verifiedAt when
     * @param returnReason reason given when returned
     * @param pilotId the pilot whose signed-off outcome this is, or null
     */
    public record Evidence(
            long id,
            long version,
            EvidenceKind kind,
            StudyDesign design,
            Integer population,
            String title,
            String summary,
            String language,
            String reference,
            Long documentId,
            Verification verification,
            String verifiedBy,
            String verifierOrganisation,
            Instant verifiedAt,
            String returnReason,
            Long pilotId) implements java.io.Serializable {}

    /**
     * @param kgCo2e kg CO2e per declared unit
     * @param declaredUnit declared unit
     * @param method calculation method
     * @param referenceYear reference year
     * @param thirdPartyVerified verified by a third party
     * @param recyclablePercent recyclable share in percent
     * @param reusable reusable
     * @param takeBack take-back or refurbishment programme
     * @param packaging packaging
     * @param energyKwhPerYear energy use in operation per year
     * @param certificates environmental certificates
     * @param hazardousFree substances the product is free of
     */
    public record Sustainability(
            BigDecimal kgCo2e,
            String declaredUnit,
            CarbonMethod method,
            Integer referenceYear,
            boolean thirdPartyVerified,
            Integer recyclablePercent,
            boolean reusable,
            boolean takeBack,
            String packaging,
            BigDecimal energyKwhPerYear,
            Set<EnvironmentalCertificate> certificates,
            Set<HazardousSubstance> hazardousFree) implements java.io.Serializable {}

    /**
     * @param id id
     * @param fileName file name
     * @param sizeBytes size
     * @param sha256 SHA-256 of the content
     * @param buyerOnly visible to buyers only
     */
    public record Document(long id, String fileName, long sizeBytes, String sha256, boolean buyerOnly) implements java.io.Serializable {}

    /** @param field field path @param messageKey bundle key */
    public record Missing(String field, String messageKey) implements java.io.Serializable {}

    public boolean companyIdMatches(long organisationId) {
        return companyId == organisationId;
    }

    public boolean isPublished() {
        return status == ProductStatus.PUBLISHED;
    }

    public long verifiedCount() {
        return evidence.stream().filter(e -> e.verification() == Verification.VERIFIED).count();
    }
}
