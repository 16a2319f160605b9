package eus.berrigune.shared.domain;

/** Somebody else saved the same object after the caller loaded it; the caller's change was not applied. */
public class EditConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EditConflictException() {
        super("error.editConflict");
    }
}
