package eus.berrigune.shared.domain;

/** The caller is known and may know the object exists, but may not perform the action on it. */
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
