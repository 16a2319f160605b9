package eus.berrigune.consultation.domain;

import eus.berrigune.shared.domain.BaseEntity;
import eus.berrigune.shared.domain.FieldError;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The report of a closed consultation ("informe de actuaciones realizadas", LCSP art. 115.3): the parts the buying
 * team writes, per language. The facts (object, dates, advisers, entities consulted, questions, clarifications) are
 * taken from the record when it is shown, so they cannot disagree with it. Published once, in Spanish and Basque at
 * least, and never changed afterwards; publishing it moves the consultation to its final state.
 */
@Entity
@Table(name = "consultation_report")
public class ConsultationReport extends BaseEntity {

    /** Languages a published report must have. */
    public static final List<Language> REQUIRED_LANGUAGES = List.of(Language.ES, Language.EU);

    @Column(name = "consultation_id", nullable = false, updatable = false, unique = true)
    private long consultationId;

    @ElementCollection
    @CollectionTable(name = "consultation_report_text", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "language", length = 2)
    @MapKeyEnumerated(EnumType.STRING)
    private Map<Language, ReportText> texts = new EnumMap<>(Language.class);

    @Column(name = "published_at")
    private Instant publishedAt;

    protected ConsultationReport() {}

    public ConsultationReport(long consultationId, Map<Language, ReportText> texts) {
        this.consultationId = consultationId;
        this.texts.putAll(texts);
    }

    /** Replaces the written parts; only before publication. */
    public void write(Map<Language, ReportText> newTexts) {
        if (publishedAt != null) {
            throw new InvalidStateException("consultation.report.published");
        }
        List<FieldError> errors = new ArrayList<>();
        newTexts.forEach((language, text) -> {
            if (!text.fits()) {
                errors.add(new FieldError("texts." + language.code(), "validation.tooLong"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        texts.clear();
        texts.putAll(newTexts);
        touch();
    }

    /**
     * Publishes it and closes the consultation's life cycle: the consultation must be closed, and the summary and
     * conclusions written in Spanish and Basque.
     */
    public void publish(Consultation consultation, Instant now) {
        if (publishedAt != null) {
            throw new InvalidStateException("consultation.report.published");
        }
        List<FieldError> missing = new ArrayList<>();
        for (Language language : REQUIRED_LANGUAGES) {
            ReportText text = texts.get(language);
            if (text == null || !text.isComplete()) {
                missing.add(new FieldError("texts." + language.code(), "consultation.report.incomplete"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        consultation.reportPublished(now);
        publishedAt = now;
        touch();
    }

    public long getConsultationId() {
        return consultationId;
    }

    public Map<Language, ReportText> getTexts() {
        return Map.copyOf(texts);
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }
}
