package eus.berrigune.catalog.interfaces.rest;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.DocumentDownload;
import eus.berrigune.shared.interfaces.web.ContentDisposition;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evidence document downloads; buyer-only documents only for the owning company and buying organisations. */
@Path("/documents")
@RequestScoped
@Tag(name = "Documents")
public class DocumentResource {

    @Inject
    CatalogQueries queries;

    @GET
    @Path("/{id}")
    @Produces("application/pdf")
    @Operation(summary = "Download an evidence document (404 when missing or not visible to the caller)")
    public Response download(@PathParam("id") long id) {
        DocumentDownload document = queries.download(id);
        return Response.ok(document.content(), document.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(document.fileName()))
                .header("Digest", "sha-256=" + document.sha256())
                .header("Cache-Control", "private, no-store")
                .build();
    }

}
