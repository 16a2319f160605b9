package eus.berrigune.insight.interfaces.rest;

import eus.berrigune.insight.application.AdminDashboard;
import eus.berrigune.insight.application.AdminFigures;
import eus.berrigune.shared.interfaces.rest.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The administrators' dashboard figures. */
@Path("/admin/figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
public class AdminFiguresResource {

    @Inject
    AdminDashboard dashboard;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Organisations, users by role, products by state, notification e-mails by state (administrators)")
    public AdminFigures figures() {
        return dashboard.figures(RequestLanguage.of(headers));
    }
}
