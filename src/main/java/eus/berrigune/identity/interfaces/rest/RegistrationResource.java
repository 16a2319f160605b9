package eus.berrigune.identity.interfaces.rest;

import eus.berrigune.identity.application.RegistrationService;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Company self-registration for anyone (no session, no credentials): register, then confirm the address with the
 * secret from the e-mailed link. The answer to a registration says only that an e-mail is on its way.
 */
@Path("/registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registration")
public class RegistrationResource {

    @Inject
    RegistrationService registrations;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a company and its contact; a confirmation link is e-mailed to the contact (202)")
    public Response register(RegistrationRequest body) {
        if (body == null) {
            throw new ValidationException("body", "validation.required");
        }
        registrations.register(new RegistrationService.NewRegistration(
                body.companyName, body.vatNumber, body.city, body.website, body.companyEmail, body.contactName,
                body.contactEmail, body.username, body.password,
                Language.fromCode(body.language).orElse(Language.ES)), request.getRemoteAddr());
        return Response.accepted(Map.of("status", "CONFIRMATION_SENT")).build();
    }

    @POST
    @Path("/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a registration's e-mail address with the link's token (once, before it expires)")
    public Response confirm(ConfirmationRequest body) {
        registrations.confirm(body == null ? null : body.token);
        return Response.noContent().build();
    }

    /** A company's registration. */
    public static class RegistrationRequest {
        public String companyName;
        public String vatNumber;
        public String city;
        public String website;
        public String companyEmail;
        public String contactName;
        public String contactEmail;
        public String username;
        public String password;
        public String language;
    }

    /** The token of a confirmation link. */
    public static class ConfirmationRequest {
        public String token;
    }
}
