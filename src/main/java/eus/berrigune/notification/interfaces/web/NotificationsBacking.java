package eus.berrigune.notification.interfaces.web;

import eus.berrigune.notification.application.NotificationService;
import eus.berrigune.notification.application.NotificationView;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** {@code /account/notifications.xhtml}: the signed-in user's notifications; opening one marks it read. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NotificationService service;

    @Inject
    LocaleBean locale;

    private List<NotificationView> notifications;

    @PostConstruct
    void load() {
        notifications = service.mine(0, locale.getLanguage());
    }

    /** Marks it read and goes where it points (or stays here when it points nowhere). */
    public void open(long id) throws IOException {
        try {
            NotificationView read = service.markRead(id, locale.getLanguage());
            if (read.link() != null) {
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.redirect(external.getRequestContextPath() + read.link());
                return;
            }
            load();
        } catch (BusinessException e) {
            FacesMessages.show(e, "notifications");
        }
    }

    public void markAllRead() {
        int marked = service.markAllRead();
        FacesMessages.info("notifications.message.allRead", marked);
        load();
    }

    public List<NotificationView> getNotifications() {
        return notifications;
    }
}
