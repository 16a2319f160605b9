package eus.berrigune.shared.interfaces.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;

/**
 * When a form's action lost a race (somebody else changed or created the same thing at the same moment: an
 * optimistic-lock failure or a unique-key violation at commit), the page says so and stays, instead of the error page;
 * nothing was saved, and the user can reload and try again. Any other failure keeps going to the error page.
 */
public class ConcurrentChangeExceptionHandler extends ExceptionHandlerWrapper {

    public ConcurrentChangeExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            ExceptionQueuedEvent event = events.next();
            Throwable failure = event.getContext().getException();
            if (faces != null && event.getContext().getPhaseId() != PhaseId.RENDER_RESPONSE
                    && isConcurrentChange(failure)) {
                events.remove();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        FacesMessages.text("error.editConflict"), null));
                faces.validationFailed();
            }
        }
        getWrapped().handle();
    }

    /** Whether the failure is a lost race: an optimistic-lock failure or a unique-key violation (SQLState 23505). */
    static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Installs the handler (faces-config.xml). */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ConcurrentChangeExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
