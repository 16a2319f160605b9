package eus.berrigune.consultation.domain;

import eus.berrigune.shared.domain.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * A question as the buying team writes it.
 *
 * @param kind what an answer looks like
 * @param text the question
 * @param unit the unit of a number answer (e.g. "kg", "EUR"), or null
 * @param options the options of a choice question (2 to 20), else empty
 * @param required whether a submitted answer must answer it
 */
public record QuestionData(QuestionKind kind, String text, String unit, List<String> options, boolean required) {

    public QuestionData {
        options = options == null ? List.of() : options.stream().map(o -> o == null ? "" : o.strip()).toList();
    }

    /** The field errors of this question, under {@code questions[i]}. */
    List<FieldError> validate(int index) {
        String at = "questions." + index + ".";
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError(at + "kind", "validation.required"));
        }
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(at + "text", "validation.required"));
        } else if (text.length() > Question.TEXT_MAX) {
            errors.add(new FieldError(at + "text", "validation.tooLong"));
        }
        if (unit != null && unit.length() > 40) {
            errors.add(new FieldError(at + "unit", "validation.tooLong"));
        }
        boolean choice = kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE;
        if (choice && (options.size() < 2 || options.size() > 20 || options.stream().anyMatch(String::isEmpty)
                || options.stream().distinct().count() != options.size())) {
            errors.add(new FieldError(at + "options", "consultation.validation.options"));
        } else if (!choice && !options.isEmpty()) {
            errors.add(new FieldError(at + "options", "consultation.validation.optionsOnlyForChoices"));
        } else if (String.join("\n", options).length() > Question.OPTIONS_MAX
                || options.stream().anyMatch(o -> o.contains("\n"))) {
            errors.add(new FieldError(at + "options", "validation.tooLong"));
        }
        return errors;
    }
}
