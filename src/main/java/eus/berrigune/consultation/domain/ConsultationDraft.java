package eus.berrigune.consultation.domain;

import eus.berrigune.shared.domain.FieldError;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the buying team writes in a consultation. A draft may be incomplete; {@link #validate()} checks only
 * that what is there is well-formed, and {@link Consultation#schedule} checks that it is complete.
 *
 * @param kind open to every company, or to the selected ones
 * @param texts object, description, need and how to take part, per language (at least one)
 * @param emdnCodes EMDN codes of the solutions sought (companies with products under them are invited)
 * @param cpvCodes optional CPV codes
 * @param startAt when it opens
 * @param deadline when answering ends
 * @param advisers advisers involved and why
 * @param questions the questionnaire
 * @param invitedCompanyIds the selected companies (kind SELECTED)
 */
public record ConsultationDraft(
        ConsultationKind kind,
        Map<Language, ConsultationText> texts,
        List<String> emdnCodes,
        List<String> cpvCodes,
        Instant startAt,
        Instant deadline,
        List<Adviser> advisers,
        List<QuestionData> questions,
        Set<Long> invitedCompanyIds) {

    public static final int MAX_QUESTIONS = 50;
    public static final int MAX_ADVISERS = 20;
    static final Pattern CPV = Pattern.compile("\\d{8}-\\d");

    public ConsultationDraft {
        kind = kind == null ? ConsultationKind.OPEN : kind;
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        emdnCodes = emdnCodes == null ? List.of() : emdnCodes.stream().map(c -> c == null ? "" : c.strip().toUpperCase()).distinct().toList();
        cpvCodes = cpvCodes == null ? List.of() : cpvCodes.stream().map(c -> c == null ? "" : c.strip()).distinct().toList();
        // copies that keep null elements, so that validate() reports them instead of a NullPointerException here
        advisers = advisers == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(advisers));
        questions = questions == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(questions));
        if (invitedCompanyIds != null && invitedCompanyIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw new ValidationException("invitedCompanyIds", "validation.required");
        }
        invitedCompanyIds = invitedCompanyIds == null ? Set.of() : Set.copyOf(invitedCompanyIds);
    }

    /** Fails with every malformed field; a draft may still be incomplete. */
    public ConsultationDraft validate() {
        List<FieldError> errors = new ArrayList<>();
        texts.forEach((language, text) -> {
            String at = "texts." + language.code() + ".";
            if (text.getTitle() == null || text.getTitle().isBlank()) {
                errors.add(new FieldError(at + "title", "validation.required"));
            } else if (text.getTitle().length() > ConsultationText.TITLE_MAX) {
                errors.add(new FieldError(at + "title", "validation.tooLong"));
            }
            for (String[] field : new String[][] {{"description", text.getDescription()}, {"need", text.getNeed()},
                    {"participation", text.getParticipation()}}) {
                if (field[1] != null && field[1].length() > ConsultationText.TEXT_MAX) {
                    errors.add(new FieldError(at + field[0], "validation.tooLong"));
                }
            }
        });
        if (emdnCodes.stream().anyMatch(c -> !c.matches("[A-Z](\\d{2}){0,6}"))) {
            errors.add(new FieldError("emdnCodes", "consultation.validation.emdn"));
        }
        if (cpvCodes.stream().anyMatch(c -> !CPV.matcher(c).matches())) {
            errors.add(new FieldError("cpvCodes", "consultation.validation.cpv"));
        }
        if (startAt != null && deadline != null && !deadline.isAfter(startAt)) {
            errors.add(new FieldError("deadline", "consultation.validation.deadlineAfterStart"));
        }
        if (advisers.size() > MAX_ADVISERS) {
            errors.add(new FieldError("advisers", "validation.tooLong"));
        }
        for (int i = 0; i < advisers.size(); i++) {
            Adviser a = advisers.get(i);
            if (a == null || a.getName() == null || a.getName().isBlank()) {
                errors.add(new FieldError("advisers." + i + ".name", "validation.required"));
            } else if (a.getReason() == null || a.getReason().isBlank()) {
                errors.add(new FieldError("advisers." + i + ".reason", "validation.required"));
            } else if (a.getName().length() > Adviser.NAME_MAX || a.getReason().length() > Adviser.REASON_MAX
                    || (a.getAffiliation() != null && a.getAffiliation().length() > Adviser.NAME_MAX)) {
                errors.add(new FieldError("advisers." + i + ".name", "validation.tooLong"));
            }
        }
        if (questions.size() > MAX_QUESTIONS) {
            errors.add(new FieldError("questions", "consultation.validation.tooManyQuestions"));
        }
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i) == null) {
                errors.add(new FieldError("questions." + i + ".text", "validation.required"));
            } else {
                errors.addAll(questions.get(i).validate(i));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }

    /** What scheduling still needs (empty when complete), as field errors. */
    List<FieldError> missingForScheduling(Instant now) {
        List<FieldError> missing = new ArrayList<>();
        if (texts.values().stream().noneMatch(ConsultationText::isComplete)) {
            missing.add(new FieldError("texts", "consultation.readiness.texts"));
        }
        if (emdnCodes.isEmpty()) {
            missing.add(new FieldError("emdnCodes", "consultation.readiness.emdn"));
        }
        if (startAt == null) {
            missing.add(new FieldError("startAt", "validation.required"));
        } else if (startAt.isBefore(now.minusSeconds(60))) {
            missing.add(new FieldError("startAt", "consultation.validation.startInPast"));
        }
        if (deadline == null) {
            missing.add(new FieldError("deadline", "validation.required"));
        }
        if (questions.isEmpty()) {
            missing.add(new FieldError("questions", "consultation.readiness.questions"));
        }
        if (kind == ConsultationKind.SELECTED && invitedCompanyIds.isEmpty()) {
            missing.add(new FieldError("invitedCompanyIds", "consultation.readiness.invited"));
        }
        return missing;
    }
}
