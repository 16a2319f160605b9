package eus.berrigune.consultation.interfaces.rest;

import eus.berrigune.consultation.domain.Adviser;
import eus.berrigune.consultation.domain.ConsultationDraft;
import eus.berrigune.consultation.domain.ConsultationKind;
import eus.berrigune.consultation.domain.ConsultationText;
import eus.berrigune.consultation.domain.QuestionData;
import eus.berrigune.consultation.domain.QuestionKind;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A consultation draft as the API takes it; dates are ISO-8601 instants, e.g. {@code 2026-12-01T09:00:00Z}. */
public class ConsultationRequest {

    public Long version;
    public ConsultationKind kind;
    public Map<String, TextRequest> texts;
    public List<String> emdnCodes;
    public List<String> cpvCodes;
    public Instant startAt;
    public Instant deadline;
    public List<AdviserRequest> advisers;
    public List<QuestionRequest> questions;
    public Set<Long> invitedCompanyIds;

    /** The notice in one language. */
    public static class TextRequest {
        public String title;
        public String description;
        public String need;
        public String participation;
    }

    /** An adviser and why they were chosen. */
    public static class AdviserRequest {
        public String name;
        public String affiliation;
        public String reason;
    }

    /** A question of the questionnaire. */
    public static class QuestionRequest {
        public QuestionKind kind;
        public String text;
        public String unit;
        public List<String> options;
        public boolean required;
    }

    ConsultationDraft toDraft() {
        Map<Language, ConsultationText> byLanguage = new EnumMap<>(Language.class);
        if (texts != null) {
            texts.forEach((code, t) -> {
                Language language = Language.fromCode(code)
                        .orElseThrow(() -> new ValidationException("texts", "validation.language"));
                if (t != null) {
                    byLanguage.put(language, new ConsultationText(t.title, t.description, t.need, t.participation));
                }
            });
        }
        return new ConsultationDraft(kind, byLanguage, emdnCodes, cpvCodes, startAt, deadline,
                advisers == null ? List.of() : advisers.stream()
                        .map(a -> a == null ? null : new Adviser(a.name, a.affiliation, a.reason)).toList(),
                questions == null ? List.of() : questions.stream()
                        .map(q -> q == null ? null : new QuestionData(q.kind, q.text, q.unit, q.options, q.required))
                        .toList(),
                invitedCompanyIds == null ? Set.of() : new HashSet<>(invitedCompanyIds)); // nulls: a 422 from the draft
    }
}
