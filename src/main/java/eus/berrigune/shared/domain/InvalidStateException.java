package eus.berrigune.shared.domain;

/** An action that the object's life cycle does not allow in its current state; nothing was changed. */
public class InvalidStateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidStateException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
