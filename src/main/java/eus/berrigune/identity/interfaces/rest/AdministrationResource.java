package eus.berrigune.identity.interfaces.rest;

import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.identity.application.OrganisationSummary;
import eus.berrigune.identity.application.SingleSignOnService;
import eus.berrigune.identity.application.UserSummary;
import eus.berrigune.identity.domain.Organisation;
import eus.berrigune.identity.domain.OrganisationKind;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisations and users, for administrators' scripts (the same rules as the administration pages). */
@Path("/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
public class AdministrationResource {

    @Inject
    IdentityService identity;

    @Inject
    SingleSignOnService singleSignOn;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/organisations")
    @Operation(summary = "All organisations")
    public List<OrganisationSummary> organisations() {
        return identity.listOrganisations();
    }

    @POST
    @Path("/organisations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a company or buying organisation")
    public Response createOrganisation(NewOrganisationRequest request) {
        if (request == null) {
            throw new ValidationException("body", "validation.required");
        }
        long id = identity.createOrganisation(
                request.kind,
                new Organisation.ProfileData(request.name, request.vatNumber, request.city, request.website,
                        request.email, request.descriptionEu, request.descriptionEs, request.descriptionEn),
                request.clusterMember);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(identity.listOrganisations().stream().filter(o -> o.id() == id).findFirst().orElseThrow())
                .build();
    }

    @jakarta.ws.rs.PUT
    @Path("/organisations/{id}/sso-code")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set or clear the code by which the identity provider names a buying organisation "
            + "(single sign-on)")
    public Response assignSsoCode(@jakarta.ws.rs.PathParam("id") long id, SsoCodeRequest request) {
        identity.assignSsoCode(id, request == null ? null : request.code);
        return Response.noContent().build();
    }

    @GET
    @Path("/sso/role-mappings")
    @Operation(summary = "The role claim values mapped to staff roles by the administrator (single sign-on)")
    public List<SingleSignOnService.RoleMappingView> roleMappings() {
        return singleSignOn.roleMappings();
    }

    @jakarta.ws.rs.PUT
    @Path("/sso/role-mappings/{value}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Map a role claim value to a staff role (BUYER, CLINICIAN, EVALUATOR or ADMIN)")
    public Response mapRole(@jakarta.ws.rs.PathParam("value") String value, RoleMappingRequest request) {
        singleSignOn.mapRole(value, request == null ? null : request.role);
        return Response.noContent().build();
    }

    @jakarta.ws.rs.DELETE
    @Path("/sso/role-mappings/{value}")
    @Operation(summary = "Remove the mapping of a role claim value")
    public Response unmapRole(@jakarta.ws.rs.PathParam("value") String value) {
        singleSignOn.unmapRole(value);
        return Response.noContent().build();
    }

    @GET
    @Path("/users")
    @Operation(summary = "All users")
    public List<UserSummary> users() {
        return identity.listUsers();
    }

    @POST
    @Path("/users")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user with roles in an organisation")
    public Response createUser(NewUserRequest request) {
        if (request == null) {
            throw new ValidationException("body", "validation.required");
        }
        long id = identity.createUser(new IdentityService.NewUser(
                request.username, request.password, request.displayName, request.email, request.organisationId,
                Language.fromCode(request.language).orElse(Language.ES),
                request.roles == null ? Set.of() : request.roles));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build()).build();
    }

    @jakarta.ws.rs.PUT
    @Path("/users/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a user's roles")
    public Response assignRoles(@jakarta.ws.rs.PathParam("id") long id, Set<Role> roles) {
        identity.assignRoles(id, roles);
        return Response.noContent().build();
    }

    /** A new organisation. */
    public static class NewOrganisationRequest {
        public OrganisationKind kind;
        public String name;
        public String vatNumber;
        public String city;
        public String website;
        public String email;
        public boolean clusterMember;
        public String descriptionEu;
        public String descriptionEs;
        public String descriptionEn;
    }

    /** A buying organisation's code at the identity provider; empty or null clears it. */
    public static class SsoCodeRequest {
        public String code;
    }

    /** The staff role a role claim value gives. */
    public static class RoleMappingRequest {
        public Role role;
    }

    /** A new user. */
    public static class NewUserRequest {
        public String username;
        public String password;
        public String displayName;
        public String email;
        public Long organisationId;
        public String language;
        public Set<Role> roles;
    }
}
