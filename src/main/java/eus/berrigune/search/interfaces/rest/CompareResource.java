package eus.berrigune.search.interfaces.rest;

import eus.berrigune.search.application.Comparison;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Two to four products side by side (the page's CSV export is at {@code /compare.csv}). */
@Path("/compare")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class CompareResource {

    @Inject
    Comparison comparison;

    @GET
    @Operation(summary = "Compare 2 to 4 products; those the caller may not read are left out and counted")
    public Comparison.Result compare(@QueryParam("id") List<Long> ids) {
        return comparison.compare(ids);
    }
}
