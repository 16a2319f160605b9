package eus.berrigune.catalog.interfaces.rest;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.Page;
import eus.berrigune.catalog.application.ProductDetails;
import eus.berrigune.catalog.application.ProductService;
import eus.berrigune.catalog.application.ProductSummary;
import eus.berrigune.idempotency.application.IdempotencyService;
import eus.berrigune.idempotency.application.IdempotentOutcome;
import eus.berrigune.idempotency.interfaces.rest.IdempotentCalls;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.shared.interfaces.rest.RequestLanguage;
import eus.berrigune.shared.interfaces.rest.UploadBodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The product catalogue. Anyone reads published products; a company's suppliers create and change their own
 * products, evidence and documents; evaluators review evidence. Thin: DTO in, application service, DTO out.
 */
@Path("/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ProductResource {

    @Inject
    CatalogQueries queries;

    @Inject
    ProductService service;

    @Inject
    IdempotentCalls idempotent;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "List published products, newest first, optionally within an EMDN code's subtree")
    public Page<ProductSummary> list(
            @QueryParam("emdn") @Parameter(description = "EMDN code prefix, e.g. Z12") String emdn,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") @Parameter(description = "1-100") int size) {
        return queries.published(emdn, page, size, language());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A product: published ones for anyone, drafts and archived ones for their company")
    @APIResponse(responseCode = "404", description = "No such product, or not visible to the caller")
    public ProductDetails get(@PathParam("id") long id) {
        return queries.details(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Create a draft product for the caller's company")
    @APIResponse(responseCode = "201", description = "Created; Location names the product")
    @APIResponse(responseCode = "422", description = "Invalid record; errors lists the fields")
    public Response create(ProductRequest request,
            @HeaderParam(IdempotencyService.HEADER) @Parameter(description = IdempotentCalls.DESCRIPTION) String key) {
        requireBody(request);
        return idempotent.run(key, "POST", uriInfo, request, () -> {
            long id = service.create(request.toRecord());
            return new IdempotentOutcome(201, uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build(),
                    queries.details(id));
        });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Replace a product's record; send the version you read (409 if somebody saved since)")
    public ProductDetails update(@PathParam("id") long id, ProductRequest request) {
        requireBody(request);
        if (request.version == null) {
            throw new ValidationException("version", "validation.required");
        }
        service.update(id, request.version, request.toRecord());
        return queries.details(id);
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Publish a complete product (422 lists what is missing)")
    public Response publish(@PathParam("id") long id,
            @HeaderParam(IdempotencyService.HEADER) @Parameter(description = IdempotentCalls.DESCRIPTION) String key) {
        return idempotent.run(key, "POST", uriInfo, null, () -> {
            service.publish(id);
            return new IdempotentOutcome(200, null, queries.details(id));
        });
    }

    @POST
    @Path("/{id}/archive")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Archive a product (its company; or an administrator, with a reason)")
    public Response archive(@PathParam("id") long id, ArchiveRequest request) {
        service.archive(id, request == null ? null : request.reason);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Add a clinical evidence item")
    @APIResponse(responseCode = "201", description = "Created")
    public Response addEvidence(@PathParam("id") long id, EvidenceRequest request) {
        if (request == null) {
            throw new ValidationException("body", "validation.required");
        }
        long itemId = service.addEvidence(id, request.toData());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(itemId)).build())
                .entity(queries.details(id))
                .build();
    }

    @PUT
    @Path("/{id}/evidence/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Change an evidence item (it becomes self-declared again)")
    public ProductDetails changeEvidence(
            @PathParam("id") long id, @PathParam("itemId") long itemId, EvidenceRequest request) {
        if (request == null) {
            throw new ValidationException("body", "validation.required");
        }
        service.changeEvidence(id, itemId, request.toData());
        return queries.details(id);
    }

    @DELETE
    @Path("/{id}/evidence/{itemId}")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Remove an evidence item")
    public Response removeEvidence(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        service.removeEvidence(id, itemId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/evidence/{itemId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Evaluators: verify an evidence item, or return it with a reason")
    public ProductDetails review(@PathParam("id") long id, @PathParam("itemId") long itemId, ReviewRequest request) {
        if (request == null) {
            throw new ValidationException("body", "validation.required");
        }
        if (request.verified) {
            service.verifyEvidence(id, itemId);
        } else {
            service.returnEvidence(id, itemId, request.reason);
        }
        return queries.details(id);
    }

    @POST
    @Path("/{id}/documents")
    @Consumes("application/pdf")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Upload a PDF evidence document (checked by content, at most 20 MB)")
    @APIResponse(responseCode = "201", description = "Created; Location names the download")
    public Response upload(
            @PathParam("id") long id,
            @QueryParam("fileName") @DefaultValue("document.pdf") String fileName,
            @QueryParam("buyerOnly") @DefaultValue("false") boolean buyerOnly,
            @HeaderParam(IdempotencyService.HEADER) @Parameter(description = IdempotentCalls.DESCRIPTION) String key,
            InputStream body) {
        byte[] content = UploadBodies.read(body);
        return idempotent.run(key, "POST", uriInfo, content, () -> {
            long documentId = service.uploadDocument(id, fileName, content, buyerOnly);
            return new IdempotentOutcome(201,
                    uriInfo.getBaseUriBuilder().path("documents").path(String.valueOf(documentId)).build(),
                    queries.details(id));
        });
    }

    @DELETE
    @Path("/{id}/documents/{documentId}")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Remove a document")
    public Response removeDocument(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        service.removeDocument(id, documentId);
        return Response.noContent().build();
    }


    private static ProductRequest requireBody(ProductRequest request) {
        if (request == null) {
            throw new ValidationException("body", "validation.required");
        }
        return request;
    }

    private Language language() {
        return RequestLanguage.of(headers);
    }
}
