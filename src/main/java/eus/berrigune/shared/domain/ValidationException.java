package eus.berrigune.shared.domain;

import java.util.List;

/** A command broke one or more business rules on its fields; nothing was changed. */
public class ValidationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> fieldErrors;

    public ValidationException(List<FieldError> fieldErrors) {
        super("error.validation");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public ValidationException(String field, String messageKey) {
        this(List.of(new FieldError(field, messageKey)));
    }

    public List<FieldError> getFieldErrors() {
        return fieldErrors;
    }
}
