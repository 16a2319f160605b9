package eus.berrigune.feedback.interfaces.web;

import eus.berrigune.feedback.application.FeedbackService;
import eus.berrigune.feedback.application.FeedbackView;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code /admin/feedback.xhtml}: the accessibility reports, newest first; mark one handled. */
@Named
@ViewScoped
public class FeedbackListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FeedbackService service;

    private List<FeedbackView> reports;

    public List<FeedbackView> getReports() {
        if (reports == null) {
            reports = service.latest();
        }
        return reports;
    }

    public void markHandled(long id) {
        try {
            service.markHandled(id);
            reports = null;
            FacesMessages.info("feedback.message.handled");
        } catch (BusinessException e) {
            FacesMessages.show(e, "reports");
        }
    }
}
