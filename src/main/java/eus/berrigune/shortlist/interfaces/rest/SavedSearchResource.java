package eus.berrigune.shortlist.interfaces.rest;

import eus.berrigune.search.application.ProductSearch;
import eus.berrigune.search.application.SearchCriteria;
import eus.berrigune.search.application.SearchResponse;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.shared.interfaces.rest.RequestLanguage;
import eus.berrigune.shortlist.application.SavedSearchDetails;
import eus.berrigune.shortlist.application.SavedSearchService;
import eus.berrigune.shortlist.application.SavedSearchSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's saved searches (staff of buying organisations; each saved search is personal). */
@Path("/saved-searches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shortlists and saved searches")
@SecurityRequirement(name = "basic")
public class SavedSearchResource {

    @Inject
    SavedSearchService service;

    @Inject
    ProductSearch search;

    @Inject
    eus.berrigune.nomenclature.application.EmdnNomenclature emdn;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The caller's saved searches with the number of new matches of each")
    public List<SavedSearchSummary> list() {
        return service.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a search: the search page's query string, e.g. q=monitor&f=risk:IIA (stored canonical)")
    @APIResponse(responseCode = "201", description = "Created; Location names the saved search")
    @APIResponse(responseCode = "422", description = "Invalid name (missing, too long, already used) or query too long")
    public Response create(SavedSearchRequest request) {
        SavedSearchRequest body = requireBody(request);
        Language language = RequestLanguage.of(headers);
        long id = service.save(body.name, body.query, body.alerts == null || body.alerts, language);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(service.open(id, language))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A saved search with the products announced to it (they count as seen from then on)")
    public SavedSearchDetails get(@PathParam("id") long id) {
        return service.open(id, RequestLanguage.of(headers));
    }

    @GET
    @Path("/{id}/results")
    @Operation(summary = "Run the saved search now: same answer as GET /search with its query")
    public SearchResponse results(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Language language = RequestLanguage.of(headers);
        SavedSearchDetails saved = service.open(id, language);
        return search.search(SearchCriteria.parse(saved.query(), emdn::exists).request(page, size, language));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a saved search and switch its alerts on or off")
    public SavedSearchDetails change(@PathParam("id") long id, SavedSearchRequest request) {
        SavedSearchRequest body = requireBody(request);
        if (body.alerts == null) {
            throw new ValidationException("alerts", "validation.required");
        }
        service.change(id, body.name, body.alerts);
        return service.open(id, RequestLanguage.of(headers));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a saved search")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    private static SavedSearchRequest requireBody(SavedSearchRequest request) {
        if (request == null) {
            throw new ValidationException("body", "validation.required");
        }
        return request;
    }
}
