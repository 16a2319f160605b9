package eus.berrigune.shortlist.interfaces.rest;

import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.shared.interfaces.rest.RequestLanguage;
import eus.berrigune.shortlist.application.ShortlistDetails;
import eus.berrigune.shortlist.application.ShortlistService;
import eus.berrigune.shortlist.application.ShortlistSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's shortlists (staff of buying organisations; each shortlist is personal). */
@Path("/shortlists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shortlists and saved searches")
@SecurityRequirement(name = "basic")
public class ShortlistResource {

    @Inject
    ShortlistService service;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The caller's shortlists, most recently changed first")
    public List<ShortlistSummary> list() {
        return service.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a shortlist, optionally with its first products")
    @APIResponse(responseCode = "201", description = "Created; Location names the shortlist")
    @APIResponse(responseCode = "422", description = "Invalid name (missing, too long, already used) or products")
    public Response create(ShortlistRequest request) {
        ShortlistRequest body = requireBody(request);
        long id = service.create(body.name, ids(body.productIds));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(service.get(id, RequestLanguage.of(headers)))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A shortlist with its products; archived ones are listed without details")
    public ShortlistDetails get(@PathParam("id") long id) {
        return service.get(id, RequestLanguage.of(headers));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a shortlist (409 when it changed since the version read)")
    public ShortlistDetails rename(@PathParam("id") long id, ShortlistRequest request) {
        ShortlistRequest body = requireBody(request);
        if (body.version == null) {
            throw new ValidationException("version", "validation.required");
        }
        service.rename(id, body.version, body.name);
        return service.get(id, RequestLanguage.of(headers));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a shortlist (the products are not affected)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/products")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add products the caller can read; returns how many were new to the list")
    public Map<String, Integer> add(@PathParam("id") long id, ProductIdsRequest request) {
        if (request == null || request.productIds == null || request.productIds.isEmpty()) {
            throw new ValidationException("productIds", "validation.required");
        }
        return Map.of("added", service.add(id, ids(request.productIds)));
    }

    @DELETE
    @Path("/{id}/products/{productId}")
    @Operation(summary = "Remove a product from the shortlist")
    @APIResponse(responseCode = "204", description = "Removed (or was not on the list)")
    public Response remove(@PathParam("id") long id, @PathParam("productId") long productId) {
        service.remove(id, productId);
        return Response.noContent().build();
    }

    private static ShortlistRequest requireBody(ShortlistRequest request) {
        if (request == null) {
            throw new ValidationException("body", "validation.required");
        }
        return request;
    }

    private static List<Long> ids(List<Long> productIds) {
        if (productIds == null) {
            return List.of();
        }
        if (productIds.stream().anyMatch(Objects::isNull)) {
            throw new ValidationException("productIds", "validation.required");
        }
        return productIds;
    }
}
