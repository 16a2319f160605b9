package eus.berrigune.pilot.domain;

import eus.berrigune.catalog.domain.InteroperabilityStandard;
import eus.berrigune.shared.domain.BaseEntity;
import eus.berrigune.shared.domain.FieldError;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An unmet clinical need as a clinician describes it, in their language: the problem, where care happens, who is
 * affected, what should improve, and constraints such as the standards the hospital's systems speak. It belongs to
 * the clinician's buying organisation and is never shown outside it.
 */
@Entity
@Table(name = "clinical_need")
public class ClinicalNeed extends BaseEntity {

    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 4000;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = TEXT_MAX)
    private String problem;

    @Column(name = "care_setting", length = 200)
    private String careSetting;

    @Column(length = 200)
    private String hospital;

    @Column(length = 200)
    private String department;

    @Column(name = "patients_affected")
    private Integer patientsAffected;

    @Column(name = "desired_outcomes", length = TEXT_MAX)
    private String desiredOutcomes;

    @Column(name = "need_constraints", length = TEXT_MAX)
    private String constraints;

    @ElementCollection
    @CollectionTable(name = "clinical_need_emdn", joinColumns = @JoinColumn(name = "need_id"))
    @Column(name = "code", length = 16, nullable = false)
    private Set<String> emdnCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "clinical_need_standard", joinColumns = @JoinColumn(name = "need_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "standard", length = 32, nullable = false)
    private Set<InteroperabilityStandard> requiredStandards = new HashSet<>();

    @Column(name = "consultation_id")
    private Long consultationId;

    @Column(name = "market_requested_at")
    private java.time.Instant marketRequestedAt;

    protected ClinicalNeed() {}

    public ClinicalNeed(long organisationId, long createdBy, Language language, NeedData data) {
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.language = language.code();
        data.validate();
        this.title = data.title().strip();
        this.problem = data.problem().strip();
        this.careSetting = blankToNull(data.careSetting());
        this.hospital = blankToNull(data.hospital());
        this.department = blankToNull(data.department());
        this.patientsAffected = data.patientsAffected();
        this.desiredOutcomes = blankToNull(data.desiredOutcomes());
        this.constraints = blankToNull(data.constraints());
        this.emdnCodes.addAll(data.emdnCodes());
        this.requiredStandards.addAll(data.requiredStandards());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * What a clinician writes.
     *
     * @param title short name of the need
     * @param problem the problem
     * @param careSetting where care happens (home, ward, primary care…)
     * @param hospital the hospital (or health centre) where the need arises
     * @param department the department
     * @param patientsAffected how many patients a year, if known
     * @param desiredOutcomes what should improve
     * @param constraints constraints, e.g. integration with the hospital's systems
     * @param emdnCodes the kinds of device that could help, if known
     * @param requiredStandards interoperability standards the solution must speak
     */
    public record NeedData(String title, String problem, String careSetting, String hospital,
            String department, Integer patientsAffected,
            String desiredOutcomes, String constraints, Set<String> emdnCodes,
            Set<InteroperabilityStandard> requiredStandards) {

        public NeedData {
            emdnCodes = emdnCodes == null ? Set.of() : Set.copyOf(emdnCodes.stream()
                    .filter(java.util.Objects::nonNull).map(c -> c.strip().toUpperCase()).toList());
            requiredStandards = requiredStandards == null ? Set.of()
                    : Set.copyOf(requiredStandards.stream().filter(java.util.Objects::nonNull).toList());
        }

        void validate() {
            List<FieldError> errors = new ArrayList<>();
            required(errors, "title", title, TITLE_MAX);
            required(errors, "problem", problem, TEXT_MAX);
            optional(errors, "careSetting", careSetting, 200);
            optional(errors, "hospital", hospital, 200);
            optional(errors, "department", department, 200);
            optional(errors, "desiredOutcomes", desiredOutcomes, TEXT_MAX);
            optional(errors, "constraints", constraints, TEXT_MAX);
            if (patientsAffected != null && patientsAffected < 0) {
                errors.add(new FieldError("patientsAffected", "validation.notNegative"));
            }
            if (emdnCodes.size() > 20 || emdnCodes.stream().anyMatch(c -> !c.matches("[A-Z](\\d{2}){0,6}"))) {
                errors.add(new FieldError("emdnCodes", "consultation.validation.emdn"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }

        private static void required(List<FieldError> errors, String field, String value, int max) {
            if (value == null || value.isBlank()) {
                errors.add(new FieldError(field, "validation.required"));
            } else if (value.length() > max) {
                errors.add(new FieldError(field, "validation.tooLong"));
            }
        }

        private static void optional(List<FieldError> errors, String field, String value, int max) {
            if (value != null && value.length() > max) {
                errors.add(new FieldError(field, "validation.tooLong"));
            }
        }
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Language getLanguage() {
        return Language.fromCode(language).orElse(Language.ES);
    }

    public NeedData data() {
        return new NeedData(title, problem, careSetting, hospital, department, patientsAffected, desiredOutcomes, constraints,
                emdnCodes, requiredStandards);
    }

    /** The market consultation this need was turned into, if any. */
    public Optional<Long> getConsultationId() {
        return Optional.ofNullable(consultationId);
    }

    /** When a member of staff asked the procurement officers to consult the market, if they did. */
    public Optional<java.time.Instant> getMarketRequestedAt() {
        return Optional.ofNullable(marketRequestedAt);
    }

    /**
     * A member of staff who knows no product for the need asks the procurement officers to consult the market (once;
     * not after it has been turned into a consultation).
     */
    public void requestMarketConsultation(java.time.Instant now) {
        if (consultationId != null || marketRequestedAt != null) {
            throw new eus.berrigune.shared.domain.InvalidStateException("need.error.alreadyConsulted");
        }
        this.marketRequestedAt = now;
        touch();
    }

    /** Records that the need was turned into a market consultation (once). */
    public void turnedInto(long consultation) {
        if (consultationId != null) {
            throw new eus.berrigune.shared.domain.InvalidStateException("need.error.alreadyConsulted");
        }
        this.consultationId = consultation;
        touch();
    }
}
