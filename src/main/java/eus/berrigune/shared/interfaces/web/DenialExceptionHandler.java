package eus.berrigune.shared.interfaces.web;

import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.NotFoundException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * A page whose object the caller may not see, or that does not exist, answers "not found" (404) however the backing
 * bean learnt it: a denial or a missing object that leaves a view action, a getter or a listener would otherwise
 * reach the container wrapped in a {@code FacesException} and end as a 500 ("Something went wrong"), which
 * {@code AccessPropertyIT} found on {@code /pilots/need.xhtml} and {@code /pilots/dashboard.xhtml} for companies. A
 * forbidden page looks like a missing one, as everywhere else in the pages (docs/architecture.md, "Requests").
 * A form with an unknown view state answers 400 with the "form expired" page.
 */
public class DenialExceptionHandler extends ExceptionHandlerWrapper {

    public DenialExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            ExceptionQueuedEvent event = events.next();
            if (faces != null && isExpired(event.getContext().getException())
                    && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                showExpired(faces);
                continue;
            }
            if (faces == null || !isDenial(event.getContext().getException())) {
                continue;
            }
            ExternalContext external = faces.getExternalContext();
            if (external.isResponseCommitted()) {
                continue; // too late to change the status: the error page it is
            }
            events.remove();
            try {
                external.responseReset();
                external.responseSendError(404, "");
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }
        getWrapped().handle();
    }

    /**
     * A form whose view state is unknown (expired with its session, or forged) is the visitor's to send again, not a
     * server failure: 400 with the "form expired" page, rendered in place (no redirect, nothing done).
     */
    private static void showExpired(FacesContext faces) {
        faces.getExternalContext().responseReset();
        faces.getExternalContext().setResponseStatus(400);
        jakarta.faces.component.UIViewRoot expired = faces.getApplication().getViewHandler()
                .createView(faces, EXPIRED_VIEW);
        faces.setViewRoot(expired);
        faces.renderResponse();
    }

    static final String EXPIRED_VIEW = "/WEB-INF/errorpages/expired.xhtml";

    static boolean isExpired(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof jakarta.faces.application.ViewExpiredException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Whether the failure is, at its root, a denial or a missing object. */
    static boolean isDenial(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof NotFoundException) {
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
            return new DenialExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
