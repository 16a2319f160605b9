package eus.berrigune.notification.interfaces.web;

import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.notification.application.NotificationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count next to "Notifications" in the page header (signed-in users only; no query for visitors). */
@Named
@RequestScoped
public class NotificationBadge {

    @Inject
    NotificationService service;

    @Inject
    CurrentUser currentUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.isSignedIn() ? service.unreadCount() : 0L;
        }
        return unread;
    }
}
