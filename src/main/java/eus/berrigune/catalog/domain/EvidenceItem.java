package eus.berrigune.catalog.domain;

import eus.berrigune.shared.domain.BaseEntity;
import eus.berrigune.shared.domain.InvalidStateException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One piece of clinical evidence on a product. Part of the {@link Product} aggregate: created, changed and verified
 * only through the product. Any change to a verified item makes it self-declared again, since the evaluator verified
 * the previous content.
 */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem extends BaseEntity implements EvidenceLevel.EvidenceFacts {

    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 4000;
    public static final int REFERENCE_MAX = 500;
    public static final int REASON_MAX = 1000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private EvidenceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private StudyDesign design;

    private Integer population;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = SUMMARY_MAX)
    private String summary;

    @Column(length = 2)
    private String language;

    @Column(length = REFERENCE_MAX)
    private String reference;

    @Column(name = "document_id")
    private Long documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Verification verification = Verification.SELF_DECLARED;

    @Column(name = "verified_by", length = 120)
    private String verifiedBy;

    @Column(name = "verifier_org", length = 200)
    private String verifierOrganisation;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "return_reason", length = REASON_MAX)
    private String returnReason;

    @Column(name = "pilot_id", updatable = false)
    private Long pilotId;

    protected EvidenceItem() {}

    EvidenceItem(Product product, EvidenceData data) {
        this.product = Objects.requireNonNull(product);
        apply(data);
    }

    /** The outcome of a pilot, verified by the buying organisation that signed it off. */
    EvidenceItem(Product product, EvidenceData data, long pilotId, String verifier, String organisation, Instant at) {
        this(product, data);
        this.pilotId = pilotId;
        verify(verifier, organisation, at);
    }

    void apply(EvidenceData data) {
        if (pilotId != null) {
            throw new InvalidStateException("evidence.error.pilotOutcome");
        }
        this.kind = data.kind();
        this.design = data.design();
        this.population = data.population();
        this.title = data.title().strip();
        this.summary = data.summary();
        this.language = data.language() == null ? null : data.language().code();
        this.reference = data.reference();
        this.documentId = data.documentId();
        resetVerification();
    }

    private void resetVerification() {
        this.verification = Verification.SELF_DECLARED;
        this.verifiedBy = null;
        this.verifierOrganisation = null;
        this.verifiedAt = null;
        this.returnReason = null;
    }

    void verify(String evaluator, String organisation, Instant at) {
        if (verification == Verification.VERIFIED) {
            throw new InvalidStateException("evidence.error.alreadyVerified");
        }
        this.verification = Verification.VERIFIED;
        this.verifiedBy = evaluator;
        this.verifierOrganisation = organisation;
        this.verifiedAt = at;
        this.returnReason = null;
    }

    void returnWithReason(String evaluator, String organisation, String reason, Instant at) {
        if (pilotId != null) {
            throw new InvalidStateException("evidence.error.pilotOutcome");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidStateException("evidence.error.reasonRequired");
        }
        this.verification = Verification.RETURNED;
        this.verifiedBy = evaluator;
        this.verifierOrganisation = organisation;
        this.verifiedAt = at;
        this.returnReason = reason.strip();
    }

    void detachDocument(long id) {
        if (Objects.equals(documentId, id)) {
            documentId = null;
        }
    }

    /** The pilot whose signed-off outcome this item is, if any: it belongs to the buyer, not to the company. */
    public java.util.Optional<Long> getPilotId() {
        return java.util.Optional.ofNullable(pilotId);
    }

    public Product getProduct() {
        return product;
    }

    @Override
    public EvidenceKind kind() {
        return kind;
    }

    @Override
    public StudyDesign design() {
        return design;
    }

    @Override
    public Verification verification() {
        return verification;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public StudyDesign getDesign() {
        return design;
    }

    public Integer getPopulation() {
        return population;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getLanguage() {
        return language;
    }

    public String getReference() {
        return reference;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Verification getVerification() {
        return verification;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public String getVerifierOrganisation() {
        return verifierOrganisation;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }
}
