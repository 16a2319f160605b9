package eus.berrigune.pilot.interfaces.rest;

import eus.berrigune.pilot.application.PilotDashboard;
import eus.berrigune.pilot.application.PilotDashboardView;
import eus.berrigune.pilot.application.PilotService;
import eus.berrigune.pilot.application.PilotSummary;
import eus.berrigune.pilot.application.PilotView;
import eus.berrigune.pilot.domain.Pilot;
import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.shared.interfaces.rest.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.function.LongConsumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Pilot requests and their life cycle. Every step answers the pilot as it is afterwards; a step the pilot's state
 * does not allow answers 409, a step the caller has no part in 403, a pilot the caller may not see 404.
 */
@Path("/pilots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pilots")
@SecurityRequirement(name = "basic")
public class PilotResource {

    @Inject
    PilotService pilots;

    @Inject
    PilotDashboard dashboard;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The caller's pilots: their buying organisation's, or those their company is invited to")
    public List<PilotSummary> list() {
        return pilots.mine(RequestLanguage.of(headers));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request a pilot of a published product for a need of the caller's organisation")
    @APIResponse(responseCode = "201", description = "Requested; Location names the pilot")
    public Response request(PilotRequest request) {
        if (request == null || request.needId == null || request.productId == null) {
            throw new ValidationException(request == null || request.needId == null ? "needId" : "productId",
                    "validation.required");
        }
        long id = pilots.request(request.needId, request.productId, request.intendedUse,
                Boolean.TRUE.equals(request.withinIntendedPurpose));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(pilots.get(id, RequestLanguage.of(headers)))
                .build();
    }

    @GET
    @Path("/dashboard")
    @Operation(summary = "The caller's buying organisation's needs and pilots in figures (its staff only)")
    public PilotDashboardView dashboard() {
        return dashboard.of(RequestLanguage.of(headers));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A pilot, with its timeline and the steps the caller may take now")
    public PilotView get(@PathParam("id") long id) {
        return pilots.get(id, RequestLanguage.of(headers));
    }

    @POST
    @Path("/{id}/triage")
    @Operation(summary = "Take the request into triage (procurement officer or evaluator)")
    public PilotView triage(@PathParam("id") long id) {
        return step(id, pilots::startTriage);
    }

    @POST
    @Path("/{id}/approval")
    @Operation(summary = "Approve it; impossible while the regulatory gate finds an issue (409)")
    public PilotView approve(@PathParam("id") long id) {
        return step(id, pilots::approve);
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject it with a reason")
    public PilotView reject(@PathParam("id") long id, PilotStepRequest body) {
        return step(id, p -> pilots.reject(p, body(body).reason));
    }

    @POST
    @Path("/{id}/clinical-investigation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Route it to a clinical investigation under MDR chapter VI, with an optional note")
    public PilotView clinicalInvestigation(@PathParam("id") long id, PilotStepRequest body) {
        return step(id, p -> pilots.routeToClinicalInvestigation(p, body(body).note));
    }

    @POST
    @Path("/{id}/invitation")
    @Operation(summary = "Invite the company (procurement officer)")
    public PilotView invite(@PathParam("id") long id) {
        return step(id, pilots::invite);
    }

    @POST
    @Path("/{id}/acceptance")
    @Operation(summary = "The company accepts the invitation")
    public PilotView accept(@PathParam("id") long id) {
        return step(id, pilots::accept);
    }

    @POST
    @Path("/{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The company declines the invitation, with a reason")
    public PilotView decline(@PathParam("id") long id, PilotStepRequest body) {
        return step(id, p -> pilots.decline(p, body(body).reason));
    }

    @PUT
    @Path("/{id}/protocol")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose the protocol; earlier agreements lapse (409 if the pilot changed since `version`)")
    public PilotView propose(@PathParam("id") long id, ProtocolRequest body) {
        if (body == null || body.version == null) {
            throw new ValidationException("version", "validation.required");
        }
        return step(id, p -> pilots.proposeProtocol(p, body.version, body.toProtocol()));
    }

    @POST
    @Path("/{id}/protocol/{revision}/agreement")
    @Operation(summary = "The caller's side agrees this revision of the protocol; both sides agreeing signs it")
    public PilotView agree(@PathParam("id") long id, @PathParam("revision") int revision) {
        return step(id, p -> pilots.agree(p, revision));
    }

    @POST
    @Path("/{id}/start")
    @Operation(summary = "Start the pilot once the agreement is signed")
    public PilotView start(@PathParam("id") long id) {
        return step(id, pilots::start);
    }

    @POST
    @Path("/{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post a status update while it runs or is evaluated")
    public PilotView update(@PathParam("id") long id, PilotStepRequest body) {
        return step(id, p -> pilots.postUpdate(p, body(body).note));
    }

    @POST
    @Path("/{id}/stop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop it early, naming the stop criterion met")
    public PilotView stop(@PathParam("id") long id, PilotStepRequest body) {
        return step(id, p -> pilots.stop(p, body(body).criterion));
    }

    @POST
    @Path("/{id}/evaluation")
    @Operation(summary = "It ran its course: evaluate the results")
    public PilotView finish(@PathParam("id") long id) {
        return step(id, pilots::finish);
    }

    @PUT
    @Path("/{id}/results")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The clinician reports results against each agreed endpoint (until the sign-off)")
    public PilotView results(@PathParam("id") long id, ResultsRequest body) {
        if (body == null) {
            throw new ValidationException("results", "validation.required");
        }
        List<Pilot.Result> results = body.results == null ? null : body.results.stream()
                .map(r -> r == null ? new Pilot.Result(false, null) : new Pilot.Result(Boolean.TRUE.equals(r.met), r.finding))
                .toList();
        return step(id, p -> pilots.reportResults(p, results, body.summary, body.participants));
    }

    @POST
    @Path("/{id}/sign-off")
    @Operation(summary = "The buyer signs the outcome off: completed, and a verified real-world evidence item on the product")
    public PilotView signOff(@PathParam("id") long id) {
        return step(id, pilots::signOff);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw the request, with a reason (any state before it runs)")
    public PilotView withdraw(@PathParam("id") long id, PilotStepRequest body) {
        return step(id, p -> pilots.withdraw(p, body(body).reason));
    }

    private PilotView step(long id, LongConsumer action) {
        action.accept(id);
        return pilots.get(id, RequestLanguage.of(headers));
    }

    private static PilotStepRequest body(PilotStepRequest body) {
        return body == null ? new PilotStepRequest() : body;
    }
}
