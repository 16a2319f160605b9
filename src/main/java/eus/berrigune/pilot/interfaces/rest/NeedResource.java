package eus.berrigune.pilot.interfaces.rest;

import eus.berrigune.pilot.application.CandidateView;
import eus.berrigune.pilot.application.NeedService;
import eus.berrigune.pilot.application.NeedView;
import eus.berrigune.pilot.application.PilotService;
import eus.berrigune.pilot.application.PilotSummary;
import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.shared.interfaces.rest.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** Clinical needs of the caller's buying organisation and their ranked candidate products. */
@Path("/needs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clinical needs")
@SecurityRequirement(name = "basic")
public class NeedResource {

    @Inject
    NeedService needs;

    @Inject
    PilotService pilots;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The needs of the caller's buying organisation, newest first")
    public List<NeedView> list() {
        return needs.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Describe a clinical need (staff of a buying organisation)")
    @APIResponse(responseCode = "201", description = "Created; Location names the need")
    public Response create(NeedRequest request) {
        if (request == null) {
            throw new ValidationException("body", "validation.required");
        }
        long id = needs.create(request.toData());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(needs.get(id))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A need of the caller's organisation (404 otherwise)")
    public NeedView get(@PathParam("id") long id) {
        return needs.get(id);
    }

    @GET
    @Path("/{id}/pilots")
    @Operation(summary = "The pilots requested for the need")
    public List<PilotSummary> pilots(@PathParam("id") long id) {
        return pilots.forNeed(id, RequestLanguage.of(headers));
    }

    @POST
    @Path("/{id}/market-request")
    @Operation(summary = "Ask the organisation's procurement officers to consult the market for the need (any staff)")
    public NeedView requestMarketConsultation(@PathParam("id") long id) {
        needs.requestMarketConsultation(id);
        return needs.get(id);
    }

    @POST
    @Path("/{id}/consultation")
    @Operation(summary = "Ask the market: turn the need into a draft preliminary market consultation (procurement officer)")
    @APIResponse(responseCode = "201", description = "Created; Location names the consultation")
    public Response askTheMarket(@PathParam("id") long id) {
        long consultation = needs.askTheMarket(id);
        return Response.created(uriInfo.getBaseUriBuilder().path("consultations").path(String.valueOf(consultation))
                        .build())
                .entity(needs.get(id))
                .build();
    }

    @GET
    @Path("/{id}/candidates")
    @Operation(summary = "Published products under the need's EMDN codes, ranked out of 100 with every point explained")
    public List<CandidateView> candidates(@PathParam("id") long id) {
        return needs.candidates(id, RequestLanguage.of(headers));
    }
}
