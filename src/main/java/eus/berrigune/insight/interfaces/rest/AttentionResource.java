package eus.berrigune.insight.interfaces.rest;

import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.insight.application.AttentionItem;
import eus.berrigune.insight.application.AttentionService;
import eus.berrigune.shared.interfaces.rest.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What needs the caller's attention: the home page's list, for scripts and other clients. */
@Path("/me/attention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attention")
@SecurityRequirement(name = "basic")
public class AttentionResource {

    @Inject
    AttentionService attention;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Consultations closing soon, questions to answer, pilots waiting for the caller, evidence to "
            + "verify, certificates expiring within 90 days; most urgent first")
    public List<AttentionItem> mine() {
        currentUser.require();
        return attention.forCaller(RequestLanguage.of(headers));
    }
}
