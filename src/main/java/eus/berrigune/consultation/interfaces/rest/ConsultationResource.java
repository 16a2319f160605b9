package eus.berrigune.consultation.interfaces.rest;

import eus.berrigune.consultation.application.AnswerView;
import eus.berrigune.consultation.application.AnswersOverview;
import eus.berrigune.consultation.application.ClarificationView;
import eus.berrigune.consultation.application.ConsultationService;
import eus.berrigune.consultation.application.ConsultationSummary;
import eus.berrigune.consultation.application.ConsultationView;
import eus.berrigune.consultation.application.ParticipationService;
import eus.berrigune.consultation.application.ConsultationReportService;
import eus.berrigune.consultation.application.ReportView;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.shared.interfaces.rest.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Preliminary market consultations: the buying team drafts, schedules and cancels them and publishes clarifications;
 * companies ask questions and answer; the notice and published clarifications are public.
 */
@Path("/consultations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations")
public class ConsultationResource {

    @Inject
    ConsultationService consultations;

    @Inject
    ParticipationService participation;

    @Inject
    ConsultationReportService reports;

    @Inject
    eus.berrigune.consultation.application.SessionService sessions;

    @Inject
    eus.berrigune.consultation.application.ConsultationDocuments documents;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Consultations: the caller's team's in every state, then the public ones, newest first")
    public List<ConsultationSummary> list() {
        return consultations.list(RequestLanguage.of(headers));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Draft a consultation for the caller's buying organisation (procurement officers)")
    @APIResponse(responseCode = "201", description = "Created; Location names the consultation")
    public Response create(ConsultationRequest request) {
        long id = consultations.create(body(request).toDraft());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(consultations.get(id))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A consultation: the public notice, or a draft of the caller's team")
    public ConsultationView get(@PathParam("id") long id) {
        return consultations.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Replace a draft (409 when it changed since the version read; 409 once scheduled)")
    public ConsultationView update(@PathParam("id") long id, ConsultationRequest request) {
        if (body(request).version == null) {
            throw new ValidationException("version", "validation.required");
        }
        consultations.update(id, request.version, request.toDraft());
        return consultations.get(id);
    }

    @POST
    @Path("/{id}/schedule")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Announce it (422 lists what is missing); it opens and closes by itself at its dates")
    public ConsultationView schedule(@PathParam("id") long id) {
        consultations.schedule(id);
        return consultations.get(id);
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Cancel it with a reason (any state before the report)")
    public ConsultationView cancel(@PathParam("id") long id, Map<String, String> body) {
        consultations.cancel(id, body == null ? null : body.get("reason"));
        return consultations.get(id);
    }

    @GET
    @Path("/{id}/clarifications")
    @Operation(summary = "Published clarifications (never naming who asked); the buying team and the asking company also see pending ones")
    public List<ClarificationView> clarifications(@PathParam("id") long id) {
        return participation.clarifications(id);
    }

    @POST
    @Path("/{id}/clarifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "A company asks a clarification question while the consultation is open")
    @APIResponse(responseCode = "201", description = "Received")
    public Response ask(@PathParam("id") long id, ClarificationRequest request) {
        long clarificationId = participation.ask(id, request == null ? null : request.question);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(clarificationId)).build())
                .entity(Map.of("id", clarificationId))
                .build();
    }

    @POST
    @Path("/{id}/clarifications/{clarificationId}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "The buying team answers a question in its own wording and publishes it to all participants")
    public List<ClarificationView> publish(@PathParam("id") long id, @PathParam("clarificationId") long clarificationId,
            ClarificationRequest request) {
        ClarificationRequest body = request == null ? new ClarificationRequest() : request;
        participation.publish(id, clarificationId, body.publicQuestion, body.answer, body.duplicates);
        return participation.clarifications(id);
    }

    @GET
    @Path("/{id}/answers/mine")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "The caller's company's answer: working copy and last submission (404 when none yet)")
    public AnswerView mine(@PathParam("id") long id) {
        return participation.mine(id).orElseThrow(() -> new NotFoundException("answer", id));
    }

    @PUT
    @Path("/{id}/answers/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Save the company's working copy (the submission is unchanged until submitted again)")
    public AnswerView save(@PathParam("id") long id, AnswerRequest request) {
        AnswerRequest body = request == null ? new AnswerRequest() : request;
        return participation.save(id, body.toItems(), body.products());
    }

    @POST
    @Path("/{id}/answers/mine/submit")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Submit the working copy, replacing the earlier submission; refused after the deadline")
    public AnswerView submit(@PathParam("id") long id) {
        return participation.submit(id);
    }

    @GET
    @Path("/{id}/answers")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "The buying team's view: only a count while sealed, the submitted answers after the deadline")
    public AnswersOverview answers(@PathParam("id") long id) {
        return participation.answers(id);
    }

    @GET
    @Path("/{id}/report")
    @Operation(summary = "The report: the published one for anybody; the buying team's draft once closed (pre-filled)")
    public ReportView report(@PathParam("id") long id) {
        eus.berrigune.shared.domain.Language language = RequestLanguage.of(headers);
        try {
            return reports.published(id, language);
        } catch (NotFoundException notPublished) {
            try {
                return reports.draft(id, language);
            } catch (eus.berrigune.shared.domain.AccessDeniedException notTheTeam) {
                throw notPublished; // to anybody else an unpublished report does not exist
            }
        }
    }

    @PUT
    @Path("/{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Save the report's written parts by language (version required; only before publication)")
    public ReportView saveReport(@PathParam("id") long id, ReportRequest request) {
        if (request == null || request.version == null) {
            throw new ValidationException("version", "validation.required");
        }
        return reports.save(id, request.version, request.toTexts(), RequestLanguage.of(headers));
    }

    @POST
    @Path("/{id}/report/publish")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Publish the report (summary and conclusions in Spanish and Basque); the consultation ends")
    public ReportView publishReport(@PathParam("id") long id) {
        reports.publish(id);
        return reports.published(id, RequestLanguage.of(headers));
    }

    @GET
    @Path("/{id}/sessions")
    @Operation(summary = "Information sessions and one-to-one slots (who booked a slot: the buying team and that company only)")
    public List<eus.berrigune.consultation.application.SessionView> sessions(@PathParam("id") long id) {
        return sessions.sessions(id);
    }

    @POST
    @Path("/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Schedule an information session or one-to-one slots; every company concerned is told at once")
    @APIResponse(responseCode = "201", description = "Scheduled; the body lists the new sessions")
    public Response scheduleSessions(@PathParam("id") long id, SessionRequest request) {
        SessionRequest body = request == null ? new SessionRequest() : request;
        sessions.schedule(id, body.kind, body.startsAt, body.durationMinutes == null ? 0 : body.durationMinutes,
                body.location, body.agenda, body.slots == null ? 1 : body.slots);
        return Response.status(Response.Status.CREATED).entity(sessions.sessions(id)).build();
    }

    @POST
    @Path("/{id}/sessions/{sessionId}/booking")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "The caller's company books a free one-to-one slot (one per company)")
    public List<eus.berrigune.consultation.application.SessionView> book(@PathParam("id") long id,
            @PathParam("sessionId") long sessionId) {
        sessions.book(id, sessionId);
        return sessions.sessions(id);
    }

    @DELETE
    @Path("/{id}/sessions/{sessionId}/booking")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "The caller's company gives its slot back")
    public List<eus.berrigune.consultation.application.SessionView> release(@PathParam("id") long id,
            @PathParam("sessionId") long sessionId) {
        sessions.release(id, sessionId);
        return sessions.sessions(id);
    }

    @PUT
    @Path("/{id}/sessions/{sessionId}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Record the minutes of a session held (published to every participant, naming no company)")
    public List<eus.berrigune.consultation.application.SessionView> minutes(@PathParam("id") long id,
            @PathParam("sessionId") long sessionId, SessionRequest request) {
        sessions.recordMinutes(id, sessionId, request == null ? null : request.minutes);
        return sessions.sessions(id);
    }

    @POST
    @Path("/{id}/sessions/{sessionId}/cancel")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Cancel a session or slot before it is held")
    public List<eus.berrigune.consultation.application.SessionView> cancelSession(@PathParam("id") long id,
            @PathParam("sessionId") long sessionId) {
        sessions.cancel(id, sessionId);
        return sessions.sessions(id);
    }

    @GET
    @Path("/{id}/documents")
    @Operation(summary = "The documents attached to the notice")
    public List<eus.berrigune.consultation.application.ConsultationDocuments.Attachment> documents(@PathParam("id") long id) {
        return documents.noticeDocuments(id);
    }

    @POST
    @Path("/{id}/documents")
    @Consumes("application/pdf")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Attach a PDF to a draft's notice (checked by content, at most 20 MB, 10 per notice)")
    @APIResponse(responseCode = "201", description = "Attached; Location names the download")
    public Response attach(@PathParam("id") long id, @QueryParam("fileName") @DefaultValue("document.pdf") String fileName,
            java.io.InputStream body) {
        long documentId = documents.attach(id, fileName, eus.berrigune.shared.interfaces.rest.UploadBodies.read(body));
        return Response.created(uriInfo.getBaseUriBuilder().path("consultations").path("documents")
                        .path(String.valueOf(documentId)).build())
                .entity(documents.noticeDocuments(id))
                .build();
    }

    @DELETE
    @Path("/{id}/documents/{documentId}")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Remove a document from a draft's notice")
    public Response detach(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        documents.detach(id, documentId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/answers/mine/files")
    @Consumes("application/pdf")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Upload the PDF answering a file question; then refer to its documentId in the answer")
    @APIResponse(responseCode = "201", description = "Uploaded")
    public Response uploadAnswerFile(@PathParam("id") long id, @QueryParam("questionId") long questionId,
            @QueryParam("fileName") @DefaultValue("document.pdf") String fileName, java.io.InputStream body) {
        long documentId = documents.upload(id, questionId, fileName, eus.berrigune.shared.interfaces.rest.UploadBodies.read(body));
        return Response.created(uriInfo.getBaseUriBuilder().path("consultations").path("documents")
                        .path(String.valueOf(documentId)).build())
                .entity(Map.of("documentId", documentId))
                .build();
    }

    @GET
    @Path("/documents/{documentId}")
    @Produces("application/pdf")
    @Operation(summary = "Download a consultation document (404 when missing or not visible to the caller)")
    public Response download(@PathParam("documentId") long documentId) {
        eus.berrigune.catalog.application.DocumentDownload document = documents.download(documentId);
        return Response.ok(document.content(), document.contentType())
                .header("Content-Disposition", eus.berrigune.shared.interfaces.web.ContentDisposition.attachment(document.fileName()))
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private static ConsultationRequest body(ConsultationRequest request) {
        if (request == null) {
            throw new ValidationException("body", "validation.required");
        }
        return request;
    }
}
