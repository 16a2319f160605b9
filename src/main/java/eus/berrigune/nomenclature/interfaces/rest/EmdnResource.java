package eus.berrigune.nomenclature.interfaces.rest;

import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.nomenclature.domain.EmdnTerm;
import eus.berrigune.shared.domain.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The EMDN nomenclature (terms in English only). */
@Path("/emdn")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nomenclature")
public class EmdnResource {

    @Inject
    EmdnNomenclature emdn;

    @GET
    @Operation(summary = "Search EMDN codes by code prefix or English term")
    public List<EmdnTerm> search(@QueryParam("q") String query, @QueryParam("limit") @DefaultValue("20") int limit) {
        return emdn.search(query == null ? "" : query.substring(0, Math.min(query.length(), 100)),
                Math.max(1, Math.min(limit, 100)));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One EMDN code")
    public EmdnTerm get(@PathParam("code") String code) {
        return emdn.find(code).orElseThrow(() -> new NotFoundException("emdn", code));
    }
}
