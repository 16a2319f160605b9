package eus.berrigune.shared.domain;

import java.util.List;

/**
 * Root of the business-rule failures. Unchecked, so that it rolls back the surrounding transaction; carries a
 * message key (never a sentence) so that every interface can say it in the user's language.
 */
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<Object> getArguments() {
        return arguments;
    }
}
