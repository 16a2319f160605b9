package eus.berrigune.consultation.interfaces.rest;

import eus.berrigune.consultation.application.ConsultationOpenData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open data: a consultation's notice and published clarifications in the standard formats of public procurement,
 * for anybody, once it is announced (docs/open-data.md). Never carries a company, an answer or a question as asked.
 */
@Path("/open-data/consultations")
@RequestScoped
@Tag(name = "Open data", description = "Consultations as OCDS 1.1 release packages and TED eForms notices")
public class OpenDataResource {

    @Inject
    ConsultationOpenData openData;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/{id}/ocds")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The consultation as an OCDS 1.1 release package (planning stage, enquiries extension)",
            description = "One release tagged planning: the buying organisation, the notice texts (Spanish first,"
                    + " Basque and English as field_eu / field_en), engagement milestones (opening, answer deadline),"
                    + " the notice page, items classified by CPV and EMDN, and the published clarifications in their"
                    + " public wording. Never names companies that asked or answered.")
    @APIResponse(responseCode = "200", description = "The release package",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "404", description = "No such consultation, or still a draft")
    public JsonObject ocds(@Parameter(description = "consultation id") @PathParam("id") long id) {
        return openData.ocds(id, publicBase());
    }

    @GET
    @Path("/{id}/eforms")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "The consultation as a TED eForms pre-market consultation notice (subtype E1)",
            description = "UBL PriorInformationNotice, eForms SDK 1.13, notice type pmc, with the answer deadline"
                    + " (BT-800), the buyer, title and description in Spanish and English, and the CPV classification"
                    + " (a configured default when the consultation has none).")
    @APIResponse(responseCode = "200", description = "The notice",
            content = @Content(mediaType = MediaType.APPLICATION_XML))
    @APIResponse(responseCode = "404", description = "No such consultation, or still a draft")
    @APIResponse(responseCode = "422", description = "The notice has no text in Spanish or English (eForms languages)")
    public String eforms(@Parameter(description = "consultation id") @PathParam("id") long id) {
        return openData.eforms(id, publicBase());
    }

    /** The application's address as the request reached it: the API base without {@code api/v1/}. */
    private URI publicBase() {
        String api = uriInfo.getBaseUri().toString();
        String base = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
        return URI.create(base.endsWith("/api/v1") ? base.substring(0, base.length() - "/api/v1".length()) : base);
    }
}
