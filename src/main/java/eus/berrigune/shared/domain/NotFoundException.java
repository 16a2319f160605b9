package eus.berrigune.shared.domain;

/**
 * The object does not exist, or the caller may not know that it exists. Access denials on confidential objects are
 * reported with this exception so that a denial and a missing object look the same from outside.
 */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
