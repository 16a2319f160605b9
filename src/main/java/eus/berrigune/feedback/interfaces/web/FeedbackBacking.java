package eus.berrigune.feedback.interfaces.web;

import eus.berrigune.feedback.application.FeedbackService;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /feedback.xhtml?page=…}: report an accessibility barrier or ask for content in an accessible form. */
@Named
@ViewScoped
public class FeedbackBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "feedback";

    @Inject
    transient FeedbackService service;

    @Inject
    LocaleBean locale;

    private String page;
    private String message;
    private String contact;
    private boolean sent;

    public void submit() {
        try {
            service.submit(page, message, contact, locale.getLanguage());
            sent = true;
            message = null;
            FacesMessages.info("feedback.message.sent");
        } catch (BusinessException e) {
            FacesMessages.show(e, FORM);
        }
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public boolean isSent() {
        return sent;
    }
}
