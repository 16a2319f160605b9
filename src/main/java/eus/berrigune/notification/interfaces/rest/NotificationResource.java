package eus.berrigune.notification.interfaces.rest;

import eus.berrigune.notification.application.NotificationService;
import eus.berrigune.notification.application.NotificationView;
import eus.berrigune.shared.interfaces.rest.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own notifications. */
@Path("/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@SecurityRequirement(name = "basic")
public class NotificationResource {

    @Inject
    NotificationService service;

    @Context
    HttpHeaders headers;

    /**
     * The caller's notifications.
     *
     * @param unread how many are unread
     * @param total how many there are
     * @param items one page, newest first
     */
    public record NotificationPage(long unread, long total, List<NotificationView> items) {}

    @GET
    @Operation(summary = "The caller's notifications, newest first, 50 per page, in the caller's language")
    public NotificationPage list(@QueryParam("page") @DefaultValue("0") int page) {
        return new NotificationPage(service.unreadCount(), service.countMine(),
                service.mine(page, RequestLanguage.of(headers)));
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read")
    public NotificationView read(@PathParam("id") long id) {
        return service.markRead(id, RequestLanguage.of(headers));
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark all the caller's notifications read")
    public Map<String, Integer> readAll() {
        return Map.of("marked", service.markAllRead());
    }
}
