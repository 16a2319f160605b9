package eus.berrigune.access;

import eus.berrigune.access.World.Kind;
import eus.berrigune.access.World.Obj;
import eus.berrigune.testdata.Products;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One thing a user can ask of Berrigune about one object (or about none: lists, searches, exports): an API call, a
 * page or a download. {@link #catalogue()} lists every id-taking GET of the API and its servlets, the main pages by
 * {@code ?id=}, the lists and searches, and state-changing calls with bodies an authorised user could send.
 *
 * @param name stable name used by the oracle and in failure reports
 * @param kind the kind of object the id names ({@code NONE}: no id)
 * @param channel API (HTTP Basic) or WEB (the signed-in session of the sign-in form)
 * @param method HTTP method
 * @param path the path for the id (a missing object's id is substituted as it is)
 * @param body the JSON body ({@code null}: none); PDF uploads use {@link #pdf}
 * @param mutation changes state when allowed: drawn only where the oracle denies it
 * @param pdf the body is a PDF
 */
record Operation(String name, Kind kind, Channel channel, String method, BiFunction<World, Target, String> path,
        BiFunction<World, Target, JsonObject> body, boolean mutation, boolean pdf) {

    enum Channel { API, WEB }

    /**
     * What the id names for this operation: an object of the world or nothing (a missing id, or the id of another
     * kind's object that names nothing of this kind).
     */
    record Target(Kind kind, long id, Obj obj) {

        boolean missing() {
            return obj == null;
        }

        @Override
        public String toString() {
            return obj == null ? kind + " #" + id + " (does not exist)" : kind + " " + obj;
        }
    }

    @Override
    public String toString() {
        return name;
    }

    static Operation get(String name, Kind kind, String path) {
        return new Operation(name, kind, Channel.API, "GET", (w, t) -> path.replace("{id}", String.valueOf(t.id())),
                null, false, false);
    }

    static Operation page(String name, Kind kind, String path) {
        return new Operation(name, kind, Channel.WEB, "GET", (w, t) -> path.replace("{id}", String.valueOf(t.id())),
                null, false, false);
    }

    static Operation change(String method, String name, Kind kind, String path,
            BiFunction<World, Target, JsonObject> body) {
        return new Operation(name, kind, Channel.API, method, (w, t) -> path.replace("{id}", String.valueOf(t.id())),
                body, true, false);
    }

    static List<Operation> catalogue() {
        List<Operation> ops = new ArrayList<>();
        // catalogue
        ops.add(get("GET product", Kind.PRODUCT, "/api/v1/products/{id}"));
        ops.add(new Operation("GET compare", Kind.PRODUCT, Channel.API, "GET",
                (w, t) -> "/api/v1/compare?id=" + t.id() + "&id=" + companion(w, t), null, false, false));
        ops.add(page("page catalog/product", Kind.PRODUCT, "/catalog/product.xhtml?id={id}"));
        ops.add(page("page company/product", Kind.PRODUCT, "/company/product.xhtml?id={id}"));
        ops.add(new Operation("export compare.csv", Kind.PRODUCT, Channel.WEB, "GET",
                (w, t) -> "/compare.csv?id=" + t.id() + "&id=" + companion(w, t), null, false, false));
        ops.add(get("GET document", Kind.DOCUMENT, "/api/v1/documents/{id}"));
        ops.add(page("download files", Kind.DOCUMENT, "/files/{id}"));
        ops.add(change("PUT", "PUT product", Kind.PRODUCT, "/api/v1/products/{id}",
                (w, t) -> Products.complete("Changed " + w.runWord).add("version", 0).build()));
        ops.add(change("POST", "POST product publish", Kind.PRODUCT, "/api/v1/products/{id}/publish", null));
        ops.add(change("POST", "POST product archive", Kind.PRODUCT, "/api/v1/products/{id}/archive",
                (w, t) -> reason("Withdrawn from the market")));
        ops.add(change("POST", "POST product evidence", Kind.PRODUCT, "/api/v1/products/{id}/evidence",
                (w, t) -> Products.evidence("RCT")));
        ops.add(new Operation("POST product document", Kind.PRODUCT, Channel.API, "POST",
                (w, t) -> "/api/v1/products/" + t.id() + "/documents?fileName=upload.pdf", null, true, true));
        ops.add(change("DELETE", "DELETE product document", Kind.DOCUMENT, "/api/v1/products/{product}/documents/{id}",
                null).withPath((w, t) -> "/api/v1/products/" + (t.obj() == null ? w.obj("pA1").id : t.obj().parent.id)
                        + "/documents/" + t.id()));
        // shortlists and saved searches
        ops.add(get("GET shortlist", Kind.SHORTLIST, "/api/v1/shortlists/{id}"));
        ops.add(page("page buyer/shortlist", Kind.SHORTLIST, "/buyer/shortlist.xhtml?id={id}"));
        ops.add(change("PUT", "PUT shortlist", Kind.SHORTLIST, "/api/v1/shortlists/{id}",
                (w, t) -> Json.createObjectBuilder().add("name", "Renamed " + w.runWord).add("version", 0).build()));
        ops.add(change("DELETE", "DELETE shortlist", Kind.SHORTLIST, "/api/v1/shortlists/{id}", null));
        ops.add(change("POST", "POST shortlist products", Kind.SHORTLIST, "/api/v1/shortlists/{id}/products",
                (w, t) -> Json.createObjectBuilder().add("productIds", Json.createArrayBuilder().add(w.obj("pC1").id))
                        .build()));
        ops.add(get("GET saved search", Kind.SAVED_SEARCH, "/api/v1/saved-searches/{id}"));
        ops.add(get("GET saved search results", Kind.SAVED_SEARCH, "/api/v1/saved-searches/{id}/results"));
        ops.add(page("page buyer/saved-search", Kind.SAVED_SEARCH, "/buyer/saved-search.xhtml?id={id}"));
        ops.add(change("PUT", "PUT saved search", Kind.SAVED_SEARCH, "/api/v1/saved-searches/{id}",
                (w, t) -> Json.createObjectBuilder().add("name", "Renamed " + w.runWord).add("query", "q=pump")
                        .add("alerts", false).build()));
        ops.add(change("DELETE", "DELETE saved search", Kind.SAVED_SEARCH, "/api/v1/saved-searches/{id}", null));
        // notifications: marking one read changes nothing anybody else sees, so it is drawn for everybody
        ops.add(new Operation("POST notification read", Kind.NOTIFICATION, Channel.API, "POST",
                (w, t) -> "/api/v1/notifications/" + t.id() + "/read", null, false, false));
        // consultations
        ops.add(get("GET consultation", Kind.CONSULTATION, "/api/v1/consultations/{id}"));
        ops.add(get("GET clarifications", Kind.CONSULTATION, "/api/v1/consultations/{id}/clarifications"));
        ops.add(get("GET answers/mine", Kind.CONSULTATION, "/api/v1/consultations/{id}/answers/mine"));
        ops.add(get("GET answers", Kind.CONSULTATION, "/api/v1/consultations/{id}/answers"));
        ops.add(get("GET report", Kind.CONSULTATION, "/api/v1/consultations/{id}/report"));
        ops.add(get("GET sessions", Kind.CONSULTATION, "/api/v1/consultations/{id}/sessions"));
        ops.add(get("GET consultation documents", Kind.CONSULTATION, "/api/v1/consultations/{id}/documents"));
        ops.add(get("GET OCDS", Kind.CONSULTATION, "/api/v1/open-data/consultations/{id}/ocds"));
        ops.add(get("GET eForms", Kind.CONSULTATION, "/api/v1/open-data/consultations/{id}/eforms"));
        ops.add(page("page consultations/view", Kind.CONSULTATION, "/consultations/view.xhtml?id={id}"));
        ops.add(page("page buyer/consultation", Kind.CONSULTATION, "/buyer/consultation.xhtml?id={id}"));
        ops.add(page("page company/consultation", Kind.CONSULTATION, "/company/consultation.xhtml?id={id}"));
        ops.add(page("page consultations/report", Kind.CONSULTATION, "/consultations/report.xhtml?id={id}"));
        ops.add(page("export report.pdf", Kind.CONSULTATION, "/consultations/report.pdf?id={id}&language=es"));
        ops.add(get("GET consultation document", Kind.CONSULTATION_DOCUMENT, "/api/v1/consultations/documents/{id}"));
        ops.add(page("download consultations/document", Kind.CONSULTATION_DOCUMENT, "/consultations/document?id={id}"));
        ops.add(change("PUT", "PUT consultation", Kind.CONSULTATION, "/api/v1/consultations/{id}",
                (w, t) -> AccessPropertyIT.consultation(w.runWord, "changed", java.time.Instant.now()
                        .plus(java.time.Duration.ofDays(30))).add("version", t.obj() == null ? 0 : t.obj().version)
                        .build()));
        ops.add(change("POST", "POST consultation schedule", Kind.CONSULTATION, "/api/v1/consultations/{id}/schedule",
                null));
        ops.add(change("POST", "POST consultation cancel", Kind.CONSULTATION, "/api/v1/consultations/{id}/cancel",
                (w, t) -> reason("Budget withdrawn")));
        ops.add(change("POST", "POST clarification ask", Kind.CONSULTATION, "/api/v1/consultations/{id}/clarifications",
                (w, t) -> Json.createObjectBuilder().add("question", "Is HL7 FHIR required?").build()));
        ops.add(change("PUT", "PUT answers/mine", Kind.CONSULTATION, "/api/v1/consultations/{id}/answers/mine",
                (w, t) -> answer(t.obj() == null ? w.obj("cY") : t.obj(), "Our answer")));
        ops.add(new Operation("POST consultation document", Kind.CONSULTATION, Channel.API, "POST",
                (w, t) -> "/api/v1/consultations/" + t.id() + "/documents?fileName=annex.pdf", null, true, true));
        ops.add(new Operation("POST clarification publish", Kind.CLARIFICATION, Channel.API, "POST",
                (w, t) -> "/api/v1/consultations/" + (t.obj() == null ? w.obj("cY").id : t.obj().parent.id)
                        + "/clarifications/" + t.id() + "/publish",
                (w, t) -> Json.createObjectBuilder().add("publicQuestion", "Is integration required?")
                        .add("answer", "Yes, through HL7 FHIR.").build(), true, false));
        // clinical needs and pilots
        ops.add(get("GET need", Kind.NEED, "/api/v1/needs/{id}"));
        ops.add(get("GET need pilots", Kind.NEED, "/api/v1/needs/{id}/pilots"));
        ops.add(get("GET need candidates", Kind.NEED, "/api/v1/needs/{id}/candidates"));
        ops.add(page("page pilots/need", Kind.NEED, "/pilots/need.xhtml?id={id}"));
        ops.add(change("POST", "POST need market-request", Kind.NEED, "/api/v1/needs/{id}/market-request", null));
        ops.add(change("POST", "POST need consultation", Kind.NEED, "/api/v1/needs/{id}/consultation", null));
        ops.add(get("GET pilot", Kind.PILOT, "/api/v1/pilots/{id}"));
        ops.add(page("page pilots/pilot", Kind.PILOT, "/pilots/pilot.xhtml?id={id}"));
        ops.add(change("POST", "POST pilot triage", Kind.PILOT, "/api/v1/pilots/{id}/triage", null));
        ops.add(change("POST", "POST pilot invitation", Kind.PILOT, "/api/v1/pilots/{id}/invitation", null));
        ops.add(change("POST", "POST pilot acceptance", Kind.PILOT, "/api/v1/pilots/{id}/acceptance", null));
        ops.add(change("POST", "POST pilot withdrawal", Kind.PILOT, "/api/v1/pilots/{id}/withdrawal",
                (w, t) -> reason("Budget moved")));
        ops.add(change("POST", "POST pilot sign-off", Kind.PILOT, "/api/v1/pilots/{id}/sign-off", null));
        ops.add(change("PUT", "PUT pilot results", Kind.PILOT, "/api/v1/pilots/{id}/results",
                (w, t) -> Json.createObjectBuilder().add("results", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("met", true).add("finding", "Met")))
                        .add("summary", "Fewer readmissions").add("participants", 12).build()));
        ops.add(change("POST", "POST pilot update", Kind.PILOT, "/api/v1/pilots/{id}/updates",
                (w, t) -> Json.createObjectBuilder().add("note", "Devices delivered").build()));
        // lists, searches, dashboards, audit
        ops.add(get("GET products", Kind.NONE, "/api/v1/products?size=100"));
        ops.add(new Operation("GET search", Kind.NONE, Channel.API, "GET",
                (w, t) -> "/api/v1/search?q=" + w.runWord + "&size=100", null, false, false));
        ops.add(new Operation("GET search suggest", Kind.NONE, Channel.API, "GET",
                (w, t) -> "/api/v1/search/suggest?q=" + w.runWord.substring(0, 5), null, false, false));
        ops.add(get("GET me/products", Kind.NONE, "/api/v1/me/products"));
        ops.add(get("GET shortlists", Kind.NONE, "/api/v1/shortlists"));
        ops.add(get("GET saved searches", Kind.NONE, "/api/v1/saved-searches"));
        ops.add(get("GET notifications", Kind.NONE, "/api/v1/notifications"));
        ops.add(get("GET consultations", Kind.NONE, "/api/v1/consultations"));
        ops.add(get("GET needs", Kind.NONE, "/api/v1/needs"));
        ops.add(get("GET pilots", Kind.NONE, "/api/v1/pilots"));
        ops.add(get("GET pilots dashboard", Kind.NONE, "/api/v1/pilots/dashboard"));
        ops.add(get("GET audit", Kind.NONE, "/api/v1/admin/audit"));
        ops.add(get("GET audit verification", Kind.NONE, "/api/v1/admin/audit/verification"));
        ops.add(get("GET admin users", Kind.NONE, "/api/v1/admin/users"));
        ops.add(get("GET admin organisations", Kind.NONE, "/api/v1/admin/organisations"));
        ops.add(page("page catalog/index", Kind.NONE, "/catalog/index.xhtml"));
        ops.add(new Operation("page search", Kind.NONE, Channel.WEB, "GET",
                (w, t) -> "/search.xhtml?q=" + w.runWord, null, false, false));
        ops.add(page("page consultations/index", Kind.NONE, "/consultations/index.xhtml"));
        ops.add(page("page buyer/lists", Kind.NONE, "/buyer/lists.xhtml"));
        ops.add(page("page account/notifications", Kind.NONE, "/account/notifications.xhtml"));
        ops.add(page("page company/products", Kind.NONE, "/company/products.xhtml"));
        ops.add(page("page pilots/index", Kind.NONE, "/pilots/index.xhtml"));
        ops.add(page("page pilots/dashboard", Kind.NONE, "/pilots/dashboard.xhtml"));
        ops.add(page("page admin/audit", Kind.NONE, "/admin/audit.xhtml"));
        return ops;
    }

    /** A comparison needs two to four products: the target and a published one of another company. */
    private static long companion(World w, Target t) {
        Obj c1 = w.obj("pC1");
        return t.id() == c1.id ? w.obj("pB1").id : c1.id;
    }

    Operation withPath(BiFunction<World, Target, String> newPath) {
        return new Operation(name, kind, channel, method, newPath, body, mutation, pdf);
    }

    static JsonObject reason(String reason) {
        return Json.createObjectBuilder().add("reason", reason).build();
    }

    /** An answer to the consultation's first (text) question, valid for an admitted company while it is open. */
    static JsonObject answer(Obj consultation, String text) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        if (!consultation.questions.isEmpty()) {
            items.add(Json.createObjectBuilder().add("questionId", consultation.questions.get(0)).add("text", text));
        }
        return Json.createObjectBuilder().add("items", items).build();
    }
}
