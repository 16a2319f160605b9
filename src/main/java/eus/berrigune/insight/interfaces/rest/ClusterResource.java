package eus.berrigune.insight.interfaces.rest;

import eus.berrigune.insight.application.ClusterDashboard;
import eus.berrigune.insight.application.ClusterFigures;
import eus.berrigune.shared.application.ChartBar;
import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.interfaces.CsvField;
import eus.berrigune.shared.interfaces.rest.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public market figures (the cluster dashboard) as JSON and as CSV. */
@Path("/insight")
@RequestScoped
@Tag(name = "Market figures")
public class ClusterResource {

    @Inject
    ClusterDashboard dashboard;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/cluster")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Companies and products by EMDN category, evidence maturity, verified share, carbon data, "
            + "consultation participation, pilots by state (aggregates only)")
    public ClusterFigures figures() {
        return dashboard.figures(RequestLanguage.of(headers));
    }

    @GET
    @Path("/cluster.csv")
    @Produces("text/csv")
    @Operation(summary = "The same figures as CSV (section, item, figure), in the Accept-Language language")
    public Response csv() {
        Language language = RequestLanguage.of(headers);
        ClusterFigures f = dashboard.figures(language);
        StringBuilder csv = new StringBuilder("section,item,figure\r\n");
        String category = MessageBundle.get(language, "insight.cluster.byCategory");
        for (ClusterFigures.CategoryRow row : f.byCategory()) {
            String item = row.code() + " " + row.term();
            line(csv, category, item + " · " + MessageBundle.get(language, "insight.cluster.products"), row.products());
            line(csv, category, item + " · " + MessageBundle.get(language, "insight.cluster.companies"), row.companies());
            line(csv, category, item + " · " + MessageBundle.get(language, "insight.cluster.clusterCompanies"),
                    row.clusterCompanies());
        }
        bars(csv, MessageBundle.get(language, "insight.cluster.evidence"), f.evidenceLevels());
        bars(csv, MessageBundle.get(language, "insight.cluster.carbon"), f.carbonBands());
        bars(csv, MessageBundle.get(language, "insight.cluster.pilots"), f.pilotsByStatus());
        String totals = MessageBundle.get(language, "insight.cluster.totals");
        line(csv, totals, MessageBundle.get(language, "insight.cluster.verifiedPercent"), f.verifiedPercent());
        line(csv, totals, MessageBundle.get(language, "insight.cluster.footprintPercent"), f.footprintPercent());
        line(csv, totals, MessageBundle.get(language, "insight.cluster.consultations"), f.consultations());
        line(csv, totals, MessageBundle.get(language, "insight.cluster.answeringCompanies"), f.answeringCompanies());
        line(csv, totals, MessageBundle.get(language, "insight.cluster.answeringClusterCompanies"),
                f.answeringClusterCompanies());
        return Response.ok(csv.toString())
                .header("Content-Disposition", "attachment; filename=\"berrigune-market-figures.csv\"")
                .build();
    }

    private static void bars(StringBuilder csv, String section, List<ChartBar> bars) {
        bars.forEach(b -> line(csv, section, b.label(), b.shown()));
    }

    private static void line(StringBuilder csv, String section, String item, Object figure) {
        csv.append(CsvField.quote(section)).append(',').append(CsvField.quote(item)).append(',').append(figure)
                .append("\r\n");
    }
}
