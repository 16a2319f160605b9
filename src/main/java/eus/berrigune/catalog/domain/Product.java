package eus.berrigune.catalog.domain;

import eus.berrigune.shared.domain.BaseEntity;
import eus.berrigune.shared.domain.FieldError;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The product aggregate: a company's listing with its regulatory status, clinical evidence and sustainability
 * evidence.
 *
 * <p>Life cycle: {@code DRAFT → PUBLISHED → ARCHIVED}, and an archived product may be published again. Rules:
 *
 * <ul>
 *   <li>Only a record that passes {@link ProductRecord#validate()} is ever stored.
 *   <li>Publishing needs a complete record ({@link #readiness()} empty); a published product must stay complete when
 *       edited. A published product whose certificate expires stays visible and is flagged
 *       ({@link #isCertificateExpired(LocalDate)}).
 *   <li>The evidence level is derived from the evidence items ({@link EvidenceLevel#of}), never typed in.
 *   <li>Changing an evidence item makes it self-declared again; only an evaluator verifies or returns it.
 * </ul>
 */
@Entity
@Table(name = "product")
public class Product extends BaseEntity {

    public static final int ARCHIVE_REASON_MAX = 1000;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProductStatus status = ProductStatus.DRAFT;

    @ElementCollection
    @CollectionTable(name = "product_text", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "language", length = 2)
    @MapKeyEnumerated(EnumType.STRING)
    private Map<Language, ProductText> texts = new EnumMap<>(Language.class);

    @Column(name = "emdn_code", length = 16)
    private String emdnCode;

    @ElementCollection
    @CollectionTable(name = "product_cpv", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "code", length = 12)
    private Set<String> cpvCodes = new HashSet<>();

    @Column(length = ProductRecord.WEBSITE_MAX)
    private String website;

    @Embedded
    private RegulatoryStatus regulatory;

    private Integer trl;

    @Enumerated(EnumType.STRING)
    @Column(name = "nice_tier", length = 1)
    private NiceTier niceTier;

    @ElementCollection
    @CollectionTable(name = "product_interoperability", joinColumns = @JoinColumn(name = "product_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "standard", length = 24)
    private Set<InteroperabilityStandard> interoperability = new HashSet<>();

    @Embedded
    private SustainabilityProfile sustainability;

    @ElementCollection
    @CollectionTable(name = "product_env_certificate", joinColumns = @JoinColumn(name = "product_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "certificate", length = 16)
    private Set<EnvironmentalCertificate> environmentalCertificates = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "product_hazardous_free", joinColumns = @JoinColumn(name = "product_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "substance", length = 16)
    private Set<HazardousSubstance> hazardousFree = new HashSet<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<EvidenceItem> evidence = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<EvidenceDocument> documents = new ArrayList<>();

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "archive_reason", length = ARCHIVE_REASON_MAX)
    private String archiveReason;

    protected Product() {}

    /** A new draft of the given company with a valid record. */
    public Product(long companyId, ProductRecord record) {
        this.companyId = companyId;
        apply(record);
    }

    /** Replaces the declared record. A published product must remain complete. */
    public void update(ProductRecord record) {
        if (status == ProductStatus.PUBLISHED) {
            List<FieldError> missing = readinessOf(record);
            if (!missing.isEmpty()) {
                throw new ValidationException(missing);
            }
        }
        apply(record);
        touch();
    }

    private void apply(ProductRecord record) {
        List<FieldError> errors = record.validate();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        texts.clear();
        texts.putAll(record.texts());
        emdnCode = record.emdnCode();
        cpvCodes.clear();
        cpvCodes.addAll(record.cpvCodes());
        website = record.website();
        regulatory = record.regulatory();
        trl = record.trl();
        niceTier = record.niceTier();
        interoperability.clear();
        interoperability.addAll(record.interoperability());
        sustainability = record.sustainability();
        environmentalCertificates.clear();
        environmentalCertificates.addAll(record.environmentalCertificates());
        hazardousFree.clear();
        hazardousFree.addAll(record.hazardousFree());
    }

    /** Publishes a complete draft or archived product. */
    public void publish(Instant now) {
        if (status == ProductStatus.PUBLISHED) {
            throw new InvalidStateException("product.error.alreadyPublished");
        }
        List<FieldError> missing = readiness();
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        status = ProductStatus.PUBLISHED;
        publishedAt = now;
        archivedAt = null;
        archiveReason = null;
        touch();
    }

    /** Withdraws the product from the catalogue; it stays with its owner, who may publish it again. */
    public void archive(String reason, Instant now) {
        if (status == ProductStatus.ARCHIVED) {
            throw new InvalidStateException("product.error.alreadyArchived");
        }
        if (reason != null && reason.length() > ARCHIVE_REASON_MAX) {
            throw new ValidationException("archiveReason", "validation.tooLong");
        }
        status = ProductStatus.ARCHIVED;
        archivedAt = now;
        archiveReason = reason == null || reason.isBlank() ? null : reason.strip();
        touch();
    }

    /** What is missing before the product may be published (empty when complete). */
    public List<FieldError> readiness() {
        return readinessOf(new ProductRecord(
                texts, emdnCode, cpvCodes, website, getRegulatory(), trl, niceTier, interoperability,
                getSustainability(), environmentalCertificates, hazardousFree));
    }

    static List<FieldError> readinessOf(ProductRecord record) {
        List<FieldError> missing = new ArrayList<>();
        if (record.texts().values().stream().noneMatch(ProductText::isComplete)) {
            missing.add(new FieldError("texts", "product.readiness.text"));
        }
        if (record.emdnCode() == null) {
            missing.add(new FieldError("emdnCode", "product.readiness.emdn"));
        }
        if (record.trl() == null) {
            missing.add(new FieldError("trl", "product.readiness.trl"));
        }
        RegulatoryStatus r = record.regulatory();
        if (r.getLegislation() == null) {
            missing.add(new FieldError("regulatory.legislation", "product.readiness.legislation"));
        } else if (r.getLegislation().isDevice()) {
            if (r.getRiskClass() == null) {
                missing.add(new FieldError("regulatory.riskClass", "product.readiness.riskClass"));
            }
            if (r.getCeStatus() == null) {
                missing.add(new FieldError("regulatory.ceStatus", "product.readiness.ceStatus"));
            }
            if (r.needsNotifiedBody()) {
                if (r.getNotifiedBodyNumber() == null || r.getNotifiedBodyName() == null) {
                    missing.add(new FieldError("regulatory.notifiedBodyNumber", "product.readiness.notifiedBody"));
                }
                if (r.getCertificateNumber() == null || r.getCertificateExpiry() == null) {
                    missing.add(new FieldError("regulatory.certificateNumber", "product.readiness.certificate"));
                }
            }
        }
        return missing;
    }

    public EvidenceItem addEvidence(EvidenceData data) {
        List<FieldError> errors = data.validate();
        checkDocumentBelongsHere(data.documentId(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        EvidenceItem item = new EvidenceItem(this, data);
        evidence.add(item);
        touch();
        return item;
    }

    /**
     * Adds the signed-off outcome of a pilot as a real-world evidence item, verified by the buying organisation and
     * linked to the pilot. Its company can neither change nor remove it.
     */
    public EvidenceItem addPilotOutcome(EvidenceData data, long pilotId, String verifier, String organisation,
            Instant now) {
        List<FieldError> errors = data.validate();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        EvidenceItem item = new EvidenceItem(this, data, pilotId, verifier, organisation, now);
        evidence.add(item);
        touch();
        return item;
    }

    public void changeEvidence(long itemId, EvidenceData data) {
        List<FieldError> errors = data.validate();
        checkDocumentBelongsHere(data.documentId(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        evidenceItem(itemId).apply(data);
        touch();
    }

    public void removeEvidence(long itemId) {
        EvidenceItem item = evidenceItem(itemId);
        if (item.getPilotId().isPresent()) {
            throw new InvalidStateException("evidence.error.pilotOutcome");
        }
        evidence.remove(item);
        touch();
    }

    public void verifyEvidence(long itemId, String evaluator, String organisation, Instant now) {
        requirePublishedForReview();
        evidenceItem(itemId).verify(evaluator, organisation, now);
        touch();
    }

    public void returnEvidence(long itemId, String evaluator, String organisation, String reason, Instant now) {
        requirePublishedForReview();
        evidenceItem(itemId).returnWithReason(evaluator, organisation, reason, now);
        touch();
    }

    private void requirePublishedForReview() {
        if (status != ProductStatus.PUBLISHED) {
            throw new InvalidStateException("evidence.error.productNotPublished");
        }
    }

    public EvidenceDocument attachDocument(String fileName, String contentType, long size, String sha256, boolean buyerOnly) {
        EvidenceDocument document = new EvidenceDocument(this, fileName, contentType, size, sha256, buyerOnly);
        documents.add(document);
        touch();
        return document;
    }

    public void removeDocument(long documentId) {
        EvidenceDocument document = findDocument(documentId)
                .orElseThrow(() -> new NotFoundException("document", documentId));
        evidence.forEach(item -> item.detachDocument(documentId));
        documents.remove(document);
        touch();
    }

    private void checkDocumentBelongsHere(Long documentId, List<FieldError> errors) {
        if (documentId != null && findDocument(documentId).isEmpty()) {
            errors.add(new FieldError("documentId", "evidence.validation.unknownDocument"));
        }
    }

    public EvidenceItem evidenceItem(long itemId) {
        return evidence.stream()
                .filter(i -> i.getId() != null && i.getId() == itemId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("evidence", itemId));
    }

    public Optional<EvidenceDocument> findDocument(long documentId) {
        return documents.stream().filter(d -> d.getId() != null && d.getId() == documentId).findFirst();
    }

    public EvidenceLevel evidenceLevel() {
        return EvidenceLevel.of(evidence);
    }

    public long verifiedEvidenceCount() {
        return evidence.stream().filter(i -> i.getVerification() == Verification.VERIFIED).count();
    }

    public boolean isCertificateExpired(LocalDate today) {
        return getRegulatory().isCertificateExpired(today);
    }

    /** The text in the wanted language, else in the first language that has one (eu, es, en). */
    public Optional<Map.Entry<Language, ProductText>> textFor(Language wanted) {
        if (texts.containsKey(wanted)) {
            return Optional.of(Map.entry(wanted, texts.get(wanted)));
        }
        for (Language language : Language.values()) {
            if (texts.containsKey(language)) {
                return Optional.of(Map.entry(language, texts.get(language)));
            }
        }
        return Optional.empty();
    }

    public boolean isOwnedBy(long organisationId) {
        return companyId == organisationId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public Map<Language, ProductText> getTexts() {
        return Collections.unmodifiableMap(texts);
    }

    public String getEmdnCode() {
        return emdnCode;
    }

    public Set<String> getCpvCodes() {
        return Collections.unmodifiableSet(new TreeSet<>(cpvCodes));
    }

    public String getWebsite() {
        return website;
    }

    public RegulatoryStatus getRegulatory() {
        return regulatory == null ? RegulatoryStatus.empty() : regulatory;
    }

    public Integer getTrl() {
        return trl;
    }

    public NiceTier getNiceTier() {
        return niceTier;
    }

    public Set<InteroperabilityStandard> getInteroperability() {
        return interoperability.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(interoperability));
    }

    public SustainabilityProfile getSustainability() {
        return sustainability == null ? SustainabilityProfile.empty() : sustainability;
    }

    public Set<EnvironmentalCertificate> getEnvironmentalCertificates() {
        return environmentalCertificates.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(environmentalCertificates));
    }

    public Set<HazardousSubstance> getHazardousFree() {
        return hazardousFree.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(hazardousFree));
    }

    public List<EvidenceItem> getEvidence() {
        return Collections.unmodifiableList(evidence);
    }

    public List<EvidenceDocument> getDocuments() {
        return Collections.unmodifiableList(documents);
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public String getArchiveReason() {
        return archiveReason;
    }
}
