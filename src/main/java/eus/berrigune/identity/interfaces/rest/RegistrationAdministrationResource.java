package eus.berrigune.identity.interfaces.rest;

import eus.berrigune.identity.application.RegistrationService;
import eus.berrigune.identity.application.RegistrationView;
import eus.berrigune.identity.domain.OrganisationStatus;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Company registrations for administrators: the waiting ones, approval and rejection (with a reason). */
@Path("/admin/registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
public class RegistrationAdministrationResource {

    @Inject
    RegistrationService registrations;

    @GET
    @Operation(summary = "Registrations by status (default: waiting for confirmation or approval), oldest first")
    public List<RegistrationView> list(@QueryParam("status") List<String> status) {
        Set<OrganisationStatus> wanted = EnumSet.noneOf(OrganisationStatus.class);
        for (String s : status == null ? List.<String>of() : status) {
            try {
                wanted.add(OrganisationStatus.valueOf(s));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("status", "registration.validation.status");
            }
        }
        if (wanted.isEmpty()) {
            wanted = EnumSet.of(OrganisationStatus.PENDING_CONFIRMATION, OrganisationStatus.PENDING_APPROVAL);
        }
        return registrations.list(wanted);
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a confirmed registration (an optional note); the contact is told by e-mail")
    public Response approve(@PathParam("id") long id, DecisionRequest body) {
        registrations.approve(id, body == null ? null : body.reason);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a registration with a reason; the contact's account is disabled and told by e-mail")
    public Response reject(@PathParam("id") long id, DecisionRequest body) {
        registrations.reject(id, body == null ? null : body.reason);
        return Response.noContent().build();
    }

    /** An administrator's decision. */
    public static class DecisionRequest {
        public String reason;
    }
}
