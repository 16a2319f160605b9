package eus.berrigune.access;

import eus.berrigune.access.Operation.Channel;
import eus.berrigune.access.Operation.Target;
import eus.berrigune.access.World.Obj;
import eus.berrigune.access.World.User;
import java.util.Set;

/**
 * The access policy of docs/architecture.md ("The access policy"), docs/pilots.md ("Who sees what") and
 * docs/consultations.md, written as one explicit function: {@link #expected} says, for a user, an operation and what
 * the id names, whether the answer must be a success (with the object's marker in it) or a denial, and which denial
 * statuses are right. {@link #maySee} says who may see a marker word anywhere at all.
 *
 * <p>Denials: {@code 401} is an anonymous API caller where the call needs a user; {@link #SIGN_IN} stands for a
 * redirect to the sign-in page (anonymous visitor of a signed-in area); {@code 404} where existence itself is
 * confidential; {@code 403} where the caller may know the object but not do this (or the role may never do it). A
 * hidden object and a missing id must look alike: that is checked apart, by comparing the statuses observed for
 * both ({@link AccessPropertyIT}).
 */
final class AccessOracle {

    /** A redirect (302/303) to the sign-in page. */
    static final int SIGN_IN = 302;

    /**
     * What the oracle expects.
     *
     * @param allow a success (2xx) is right, with the target's marker in the answer when it has one
     * @param statuses the right denial statuses when not allowed
     * @param rule the rule of the policy that decided, for failure reports
     */
    record Expectation(boolean allow, Set<Integer> statuses, String rule) {

        static Expectation allow(String rule) {
            return new Expectation(true, Set.of(), rule);
        }

        static Expectation deny(String rule, Integer... statuses) {
            return new Expectation(false, Set.of(statuses), rule);
        }

        @Override
        public String toString() {
            return allow ? "ALLOW (" + rule + ")" : "DENY " + statuses + " (" + rule + ")";
        }
    }

    private AccessOracle() {}

    // ---- who may read what (the table's rows) --------------------------------------------------------------------

    static boolean readProduct(User u, Obj p) {
        return p.is("PUBLISHED") || u.companyOf(p.org) || u.admin();
    }

    static boolean readDocument(User u, Obj d) {
        Obj product = d.parent;
        if (!product.is("PUBLISHED")) {
            return u.companyOf(product.org) || u.admin();
        }
        return !d.buyerOnly || u.companyOf(product.org) || u.staff() || u.admin();
    }

    static boolean owns(User u, Obj o) {
        return o.owner == u;
    }

    /** A consultation's notice: public once announced; a draft is its buying team's only (administrators: 404). */
    static boolean readNotice(User u, Obj c) {
        return !c.is("DRAFT") || u.teamOf(c.org);
    }

    static boolean closed(Obj c) {
        return c.is("CLOSED") || c.is("REPORT_PUBLISHED");
    }

    static boolean readConsultationDocument(User u, Obj d) {
        Obj consultation = d.parent;
        if (d.company == 0) {
            return readNotice(u, consultation);
        }
        return u.companyOf(d.company) || (u.teamOf(consultation.org) && closed(consultation) && d.published);
    }

    static boolean readNeed(User u, Obj n) {
        return u.staffOf(n.org);
    }

    static boolean readPilot(User u, Obj p) {
        return u.staffOf(p.org) || (p.company != 0 && u.companyOf(p.company));
    }

    static boolean readable(User u, Obj o) {
        return switch (o.kind) {
            case PRODUCT -> readProduct(u, o);
            case DOCUMENT -> readDocument(u, o);
            case SHORTLIST, SAVED_SEARCH, NOTIFICATION -> owns(u, o);
            case CONSULTATION -> readNotice(u, o);
            case CONSULTATION_DOCUMENT -> readConsultationDocument(u, o);
            case CLARIFICATION -> u.teamOf(o.parent.org) || u.companyOf(o.company) || (o.published && readNotice(u, o.parent));
            case NEED -> readNeed(u, o);
            case PILOT -> readPilot(u, o);
            case NONE -> true;
        };
    }

    // ---- the function ----------------------------------------------------------------------------------------------

    static Expectation expected(User u, Operation op, Target t) {
        Obj o = t.obj();
        if (op.channel() == Channel.WEB) {
            return page(u, op, t);
        }
        return switch (op.name()) {
            // catalogue: public reads; a hidden product or document is "not found" for everybody
            case "GET product" -> o != null && readProduct(u, o) ? allow("product readable") : deny("product hidden", 404);
            case "GET compare" -> o != null && readProduct(u, o) ? allow("product readable")
                    : deny("product hidden: left out (one left: invalid) or not found", 200, 404, 422);
            case "GET document" -> o != null && readDocument(u, o) ? allow("document readable")
                    : deny("document hidden", 404);
            case "PUT product", "POST product publish", "POST product evidence", "POST product document" ->
                productChange(u, o, u.supplier() && o != null && u.companyOf(o.org));
            case "POST product archive" ->
                productChange(u, o, o != null && (u.companyOf(o.org) || (u.admin() && o.is("PUBLISHED"))));
            case "DELETE product document" -> o == null ? denyMissingChange(u, "document missing")
                    : productChange(u, o.parent, u.companyOf(o.parent.org));
            // a buyer's own working data
            case "GET shortlist", "GET saved search", "GET saved search results" -> ownWorkingData(u, o, false);
            case "PUT shortlist", "DELETE shortlist", "POST shortlist products", "PUT saved search",
                    "DELETE saved search" -> ownWorkingData(u, o, true);
            case "POST notification read" -> u.anonymous() ? deny("notifications need a user", 401)
                    : o != null && owns(u, o) ? allow("own notification") : deny("another's notification", 404);
            // consultations
            case "GET consultation", "GET clarifications", "GET sessions", "GET consultation documents" ->
                o != null && readNotice(u, o) ? allow("announced notice or the team's draft")
                        : deny("draft of another team or missing", 404);
            // open data is published data: a draft is "not found" for its own team too (docs/open-data.md)
            case "GET OCDS", "GET eForms" -> o != null && !o.is("DRAFT") ? allow("announced notice")
                    : deny("draft or missing", 404);
            case "GET answers/mine" -> {
                if (u.anonymous()) {
                    yield deny("answers need a user", 401);
                }
                if (o == null || !readNotice(u, o)) {
                    yield deny("draft of another team or missing", u.supplier() ? Set.of(404) : Set.of(403, 404));
                }
                if (!u.supplier()) {
                    yield deny("only companies answer", 403);
                }
                // its own answer, once it has saved one; before that there is nothing to read
                yield o.answeredBy.contains(u.org()) ? allow("a company reads its own answer")
                        : deny("no answer of this company yet", 404);
            }
            case "GET answers" -> {
                if (u.anonymous()) {
                    yield deny("answers need a user (a draft: not found)", 401, 404);
                }
                if (o == null || !readNotice(u, o)) {
                    yield deny("draft of another team or missing", 403, 404);
                }
                yield u.teamOf(o.org) ? allow("the buying team: count, or submissions after the deadline")
                        : deny("not the buying team", 403);
            }
            case "GET report" -> {
                if (o != null && o.is("REPORT_PUBLISHED")) {
                    yield allow("published report");
                }
                if (o != null && u.teamOf(o.org)) {
                    yield closed(o) ? allow("the team's report draft") : deny("no report before closing", 409);
                }
                yield deny("no published report", 404);
            }
            case "GET consultation document" -> o != null && readConsultationDocument(u, o)
                    ? allow("notice document with the notice, answer file sealed like the answer")
                    : deny("document hidden", 404);
            case "PUT consultation", "POST consultation schedule", "POST consultation cancel",
                    "POST consultation document" -> consultationChange(u, o, o != null && u.teamOf(o.org));
            case "POST clarification ask", "PUT answers/mine" ->
                consultationChange(u, o, o != null && u.supplier() && o.is("OPEN"));
            case "POST clarification publish" -> {
                if (u.anonymous()) {
                    yield deny("needs a user", 401);
                }
                if (o == null || !readNotice(u, o.parent)) {
                    yield deny("hidden or missing", 403, 404);
                }
                yield u.teamOf(o.parent.org) ? allow("the buying team publishes") : deny("not the buying team", 403);
            }
            // clinical needs and pilots
            case "GET need", "GET need pilots", "GET need candidates" -> {
                if (u.anonymous()) {
                    yield deny("needs need a user", 401);
                }
                if (u.supplier() || u.admin()) {
                    yield deny("not buying staff (companies, administrators): forbidden whatever the id", 403);
                }
                yield o != null && readNeed(u, o) ? allow("staff of the need's organisation")
                        : deny("another organisation's need", 404);
            }
            case "POST need market-request", "POST need consultation" -> {
                if (u.anonymous()) {
                    yield deny("needs need a user", 401);
                }
                if (u.supplier() || u.admin()) {
                    yield deny("not buying staff (companies, administrators): forbidden whatever the id", 403);
                }
                if (o == null || !readNeed(u, o)) {
                    yield deny("another organisation's need", 404);
                }
                yield allow("staff of the need's organisation (role and state decide further)");
            }
            case "GET pilot" -> {
                if (u.anonymous()) {
                    yield deny("pilots need a user", 401);
                }
                yield o != null && readPilot(u, o) ? allow("staff of the organisation or the invited company")
                        : deny("another organisation's pilot, or not invited", 404);
            }
            case "POST pilot triage", "POST pilot invitation", "POST pilot acceptance", "POST pilot withdrawal",
                    "POST pilot sign-off", "PUT pilot results", "POST pilot update" -> pilotStep(u, op.name(), o);
            // lists: who may call them; their content is judged by maySee
            case "GET products", "GET search", "GET search suggest", "GET consultations" -> allow("public list");
            case "GET me/products" -> signedIn(u, u.supplier(), "a company's own products");
            case "GET shortlists", "GET saved searches" -> u.anonymous() ? deny("needs a user", 401)
                    : u.staff() ? allow("own lists") : deny("buying staff only", 403);
            case "GET notifications" -> signedIn(u, true, "own notifications");
            case "GET needs", "GET pilots dashboard" -> signedIn(u, u.staff(), "staff of a buying organisation");
            case "GET pilots" -> signedIn(u, u.staff() || u.supplier(), "own organisation's or invited pilots");
            case "GET audit", "GET audit verification", "GET admin users", "GET admin organisations" ->
                signedIn(u, u.admin(), "administrators only");
            default -> throw new IllegalArgumentException("No rule for " + op.name());
        };
    }

    private static Expectation page(User u, Operation op, Target t) {
        Obj o = t.obj();
        String path = op.name();
        // the areas of AreaAccessFilter: anonymous → sign-in, a signed-in user without the area's role → 404
        if (path.startsWith("page company/") || path.startsWith("page buyer/") || path.startsWith("page pilots/")
                || path.startsWith("page admin/") || path.startsWith("page account/")) {
            if (u.anonymous()) {
                return deny("signed-in area", SIGN_IN);
            }
            boolean area = switch (path.substring(5, path.indexOf('/'))) {
                case "company" -> u.supplier();
                case "buyer" -> u.staff();
                case "pilots" -> u.staff() || u.supplier();
                case "admin" -> u.admin();
                default -> true;
            };
            if (!area) {
                return deny("area of another role", 404);
            }
        }
        return switch (path) {
            case "page catalog/product" -> o != null && readProduct(u, o) ? allow("product readable")
                    : deny("product hidden", 404);
            case "page company/product" -> o != null && u.companyOf(o.org) ? allow("own product")
                    : deny("another company's product", 403, 404);
            case "export compare.csv" -> o != null && readProduct(u, o) ? allow("product readable")
                    : deny("product hidden: left out (one left: invalid) or not found", 200, 400, 404);
            case "download files" -> o != null && readDocument(u, o) ? allow("document readable")
                    : deny("document hidden", 404);
            case "page buyer/shortlist", "page buyer/saved-search" -> o != null && owns(u, o) ? allow("own")
                    : deny("another's working data", 404);
            case "page consultations/view", "page company/consultation" -> o != null && readNotice(u, o)
                    ? allow("notice readable") : deny("draft of another team", 404);
            case "page buyer/consultation" -> o != null && u.teamOf(o.org) ? allow("the team's control room")
                    : deny("not the buying team", 403, 404);
            case "page consultations/report", "export report.pdf" -> o != null && o.is("REPORT_PUBLISHED")
                    ? allow("published report") : deny("no published report", 404);
            case "download consultations/document" -> o != null && readConsultationDocument(u, o)
                    ? allow("document readable") : deny("document hidden", 404);
            case "page pilots/need" -> o != null && readNeed(u, o) ? allow("staff of the need's organisation")
                    : deny("another organisation's need", u.supplier() ? new Integer[] {403, 404} : new Integer[] {404});
            case "page pilots/pilot" -> o != null && readPilot(u, o) ? allow("staff or invited company")
                    : deny("another organisation's pilot, or not invited", 404);
            case "page catalog/index", "page search", "page consultations/index", "page account/notifications",
                    "page company/products", "page buyer/lists", "page pilots/index", "page admin/audit" ->
                allow("list of the area");
            case "page pilots/dashboard" -> u.staff() ? allow("staff dashboard") : deny("staff only", 403, 404);
            default -> throw new IllegalArgumentException("No rule for " + path);
        };
    }

    private static Expectation productChange(User u, Obj product, boolean permitted) {
        if (permitted) {
            return allow("own company (or administrator archiving)");
        }
        if (u.anonymous()) {
            return deny("changes need a user (a hidden product: not found)", 401, 404);
        }
        if (product == null || !readProduct(u, product)) {
            return deny("product hidden or missing", 403, 404);
        }
        return deny("may read, not change", 403, 409);
    }

    private static Expectation denyMissingChange(User u, String rule) {
        return u.anonymous() ? deny(rule, 401, 404) : deny(rule, 403, 404);
    }

    private static Expectation ownWorkingData(User u, Obj o, boolean change) {
        if (u.anonymous()) {
            return deny("needs a user", 401);
        }
        if (u.supplier()) {
            return deny("buying staff only", 403);
        }
        if (o != null && owns(u, o)) {
            return allow("the owner");
        }
        return deny("a colleague's, another hospital's or missing", u.admin() ? new Integer[] {403, 404}
                : new Integer[] {404});
    }

    private static Expectation consultationChange(User u, Obj c, boolean permitted) {
        if (permitted) {
            return allow("the team (or an admitted company while open)");
        }
        if (u.anonymous()) {
            return deny("changes need a user (a draft: not found)", 401, 404);
        }
        if (c == null || !readNotice(u, c)) {
            return deny("draft of another team or missing", 403, 404);
        }
        return deny("may read, not do this now", 403, 409);
    }

    /** Who may take which step (PilotAction, docs/pilots.md), on the pilots of the world's states. */
    private static Expectation pilotStep(User u, String step, Obj p) {
        if (u.anonymous()) {
            return deny("pilots need a user", 401);
        }
        if (p == null || !readPilot(u, p)) {
            return deny("another organisation's pilot, or not invited", 404);
        }
        boolean officer = u.role() == World.Role.BUYER;
        boolean evaluator = u.role() == World.Role.EVALUATOR;
        boolean clinician = u.role() == World.Role.CLINICIAN;
        boolean company = u.supplier();
        boolean beforeRunning = Set.of("REQUESTED", "TRIAGE", "APPROVED", "COMPANY_INVITED", "COMPANY_ACCEPTED",
                "AGREEMENT_SIGNED").contains(p.status);
        boolean permitted = switch (step) {
            case "POST pilot triage" -> (officer || evaluator) && p.is("REQUESTED");
            case "POST pilot invitation" -> officer && p.is("APPROVED");
            case "POST pilot acceptance" -> company && p.is("COMPANY_INVITED");
            case "POST pilot withdrawal" -> (officer || clinician) && beforeRunning;
            case "POST pilot sign-off" -> officer && p.is("EVALUATION");
            case "PUT pilot results" -> clinician && p.is("EVALUATION");
            case "POST pilot update" -> p.is("RUNNING") || p.is("EVALUATION");
            default -> throw new IllegalArgumentException(step);
        };
        return permitted ? allow("PilotAction allows it in this state") : deny("not this role or state", 403, 409);
    }

    private static Expectation signedIn(User u, boolean role, String rule) {
        if (u.anonymous()) {
            return deny("needs a user", 401);
        }
        return role ? allow(rule) : deny("not " + rule, 403);
    }

    private static Expectation allow(String rule) {
        return Expectation.allow(rule);
    }

    private static Expectation deny(String rule, Integer... statuses) {
        return Expectation.deny(rule, statuses);
    }

    private static Expectation deny(String rule, Set<Integer> statuses) {
        return Expectation.deny(rule, statuses.toArray(Integer[]::new));
    }
}
