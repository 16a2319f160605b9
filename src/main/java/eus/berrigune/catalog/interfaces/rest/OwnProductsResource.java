package eus.berrigune.catalog.interfaces.rest;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.ProductSummary;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.shared.domain.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's company's products in every state (drafts and archived included). */
@Path("/me/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class OwnProductsResource {

    @Inject
    CatalogQueries queries;

    @Inject
    CurrentUser currentUser;

    @GET
    @SecurityRequirement(name = "basic")
    @Operation(summary = "The caller's company's products, drafts and archived ones included")
    public List<ProductSummary> list() {
        return queries.ownProducts(currentUser.require().language());
    }
}
