package eus.berrigune.access;

import eus.berrigune.testdata.WebSession;
import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.access.AccessOracle.Expectation;
import eus.berrigune.access.Operation.Channel;
import eus.berrigune.access.Operation.Target;
import eus.berrigune.access.World.Kind;
import eus.berrigune.access.World.Obj;
import eus.berrigune.access.World.Role;
import eus.berrigune.access.World.User;
import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Database;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Products;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Property: <em>no user learns or changes anything the access policy does not grant</em>. A world of two hospitals
 * (procurement officer, clinician, evaluator each), three companies (a supplier each), the administrator and an
 * anonymous visitor, with objects of every kind in the states that matter, is built through the API; then
 * (user, operation, id) triples are drawn at random and every answer is compared with {@link AccessOracle}: the
 * status (success, or the right denial), the object's marker word in a success, and — in every answer, lists,
 * searches, pages and exports included — no marker word of anything the user may not see ({@link World.Marker}).
 * Ids are drawn from the right kind, from other kinds (an id of a pilot used as a product's) and from ids that name
 * nothing; a hidden object must answer like a missing one (statuses compared per user and request, the id left out).
 *
 * <p><b>How jqwik runs here.</b> The server is Arquillian's (one managed Liberty per suite, deployed per test class),
 * and jqwik's own engine knows nothing of Arquillian's lifecycle. So this is a normal Jupiter test: the generators
 * are jqwik's ({@link Arbitraries}, {@link Combinators}, filtered where a state change would be allowed), driven by
 * {@link Arbitrary#generator(int)} from a {@link Random} seeded with {@code -Daccess.seed} (default: the time, always
 * printed), so a run is reproducible from its seed with the same world. A failing draw is shrunk with jqwik's
 * {@link Shrinkable#shrink()} towards the simplest user, operation and object that still fail (replaying only
 * requests the oracle denies, which change nothing), and the failure names it: user, request, expected, actual.
 * Every failure is listed as well. {@code -Daccess.requests} sets the number of draws (default 1,500; with the sweep of every list for every user about 1,760 requests).
 *
 * <p>State-changing operations are drawn only where the oracle says "deny", with bodies an authorised user could
 * send, so a success is a real leak. The clock is shifted (test-only {@code ShiftedClock}) to open and close
 * consultations, and put back at the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessPropertyIT {

    private static final int DEFAULT_REQUESTS = 1500;
    private static final int THREADS = 4;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    /** Operations whose success must show the target's marker word (the others show parts of it). */
    private static final Set<String> SHOWS_MARKER = Set.of("GET product", "GET compare", "page catalog/product",
            "page company/product", "export compare.csv", "GET document", "download files", "GET shortlist",
            "page buyer/shortlist", "GET saved search", "page buyer/saved-search", "GET consultation", "GET OCDS",
            "page consultations/view", "page buyer/consultation", "page company/consultation",
            "GET consultation document", "download consultations/document", "GET need", "page pilots/need",
            "GET pilot", "page pilots/pilot");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withShiftedClock();
    }

    @ArquillianResource
    URL baseUrl;

    URI base;
    Api anonymousApi;
    final SecureRandom words = new SecureRandom();
    String markerPrefix;
    int markerCount;

    @AfterEach
    void resetClock() {
        if (anonymousApi != null) {
            shift(0);
        }
    }

    @Test
    void randomUsersOperationsAndIdsFindNoLeak() throws Exception {
        long started = System.nanoTime();
        base = baseUrl.toURI();
        anonymousApi = Api.anonymous(base);
        shift(0);
        World world = build();
        long built = System.nanoTime();

        long seed = Long.getLong("access.seed", System.currentTimeMillis());
        int requests = Integer.getInteger("access.requests", DEFAULT_REQUESTS);
        System.out.printf("AccessPropertyIT: seed %d (rerun: -Daccess.seed=%d), %d draws, %d users, %d objects, %d"
                + " operations%n", seed, seed, requests, world.users.size(), world.all().size(),
                Operation.catalogue().size());

        List<Operation> catalogue = Operation.catalogue();
        Arbitrary<Draw> draws = draws(world, catalogue);
        RandomGenerator<Draw> generator = draws.generator(1000);
        Random random = new Random(seed);
        List<Shrinkable<Draw>> drawn = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            drawn.add(generator.next(random));
        }
        // every list, search, dashboard and audit call once per user, whatever the draw
        for (User user : world.users) {
            for (Operation op : catalogue) {
                if (op.kind() == Kind.NONE) {
                    Target none = new Target(Kind.NONE, 0, null);
                    drawn.add(Shrinkable.unshrinkable(new Draw(user, op, none, AccessOracle.expected(user, op, none))));
                }
            }
        }

        List<Outcome> outcomes = execute(world, drawn.stream().map(Shrinkable::value).toList());
        List<Outcome> failures = new ArrayList<>(outcomes.stream().filter(Outcome::failed).toList());
        failures.addAll(existenceLeaks(outcomes));

        Set<String> pairs = new HashSet<>();
        Set<String> objectsCovered = new HashSet<>();
        Set<String> opsCovered = new HashSet<>();
        for (Outcome outcome : outcomes) {
            opsCovered.add(outcome.draw.op.name());
            objectsCovered.add(outcome.draw.target.toString());
            pairs.add(outcome.draw.op.name() + "|" + outcome.draw.target);
        }
        long allowed = outcomes.stream().filter(o -> o.draw.expected.allow()).count();
        System.out.printf("AccessPropertyIT: %d requests (%d expected to succeed, %d denials), %d of %d operations,"
                        + " %d targets, %d operation×target pairs, %d users; world %.1f s, requests %.1f s; %d failures%n",
                outcomes.size(), allowed, outcomes.size() - allowed, opsCovered.size(), catalogue.size(),
                objectsCovered.size(), pairs.size(), world.users.size(), (built - started) / 1e9,
                (System.nanoTime() - built) / 1e9, failures.size());

        Map<String, double[]> timing = new TreeMap<>();
        for (Outcome o : outcomes) {
            double[] t = timing.computeIfAbsent(o.draw.op.channel() + (o.draw.user.anonymous() ? " anonymous" : " signed in"),
                    k -> new double[2]);
            t[0]++;
            t[1] += o.nanos / 1e6;
        }
        timing.forEach((k, t) -> System.out.printf("AccessPropertyIT: %s: %.0f requests, %.0f ms on average%n", k, t[0],
                t[1] / t[0]));

        if (!failures.isEmpty()) {
            Shrinkable<Draw> first = drawn.stream()
                    .filter(s -> failures.stream().anyMatch(f -> f.draw == s.value()))
                    .findFirst().orElse(null);
            String minimal = first == null ? failures.get(0).describe() : shrink(world, first).describe();
            Map<String, Outcome> distinct = new TreeMap<>();
            for (Outcome f : failures) {
                distinct.putIfAbsent(f.draw.user.role() + " " + f.draw.op.name() + " " + kindOf(f) + " " + f.problem, f);
            }
            throw new AssertionError("Access leaks or oracle mismatches (seed " + seed + "): " + failures.size()
                    + " failing requests, " + distinct.size() + " distinct.\nMinimal counterexample:\n" + minimal
                    + "\nAll distinct:\n" + distinct.values().stream().map(Outcome::describe)
                            .collect(Collectors.joining("\n")));
        }
        assertThat(outcomes.size()).isGreaterThanOrEqualTo(requests);
    }

    private static String kindOf(Outcome f) {
        Obj o = f.draw.target.obj();
        return o == null ? f.draw.target.kind() + "(missing)" : o.label;
    }

    // ---- drawing ----------------------------------------------------------------------------------------------------

    /**
     * A drawn request with the oracle's verdict.
     *
     * @param user who asks
     * @param op what
     * @param target what the id names
     * @param expected the oracle's answer
     */
    record Draw(User user, Operation op, Target target, Expectation expected) {}

    private static Arbitrary<Draw> draws(World world, List<Operation> catalogue) {
        List<Obj> everything = world.all();
        return Combinators.combine(
                        Arbitraries.of(world.users),
                        Arbitraries.of(catalogue.stream().filter(op -> op.kind() != Kind.NONE).toList()),
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, 10_000))
                .as((user, op, pick, n) -> {
                    Target target = target(world, everything, op.kind(), pick, n);
                    return target == null ? null : new Draw(user, op, target, AccessOracle.expected(user, op, target));
                })
                .filter(d -> d != null && !(d.op.mutation() && d.expected.allow()));
    }

    /** 75 %: an object of the operation's kind; 15 %: the id of an object of another kind; 10 %: an id naming nothing. */
    private static Target target(World world, List<Obj> everything, Kind kind, int pick, int n) {
        List<Obj> ofKind = world.objects.getOrDefault(kind, List.of());
        if (pick < 75 && !ofKind.isEmpty()) {
            Obj o = ofKind.get(n % ofKind.size());
            return new Target(kind, o.id, o);
        }
        if (pick < 90) {
            long id = everything.get(n % everything.size()).id;
            var same = world.find(kind, id);
            if (same.isPresent()) {
                return new Target(kind, id, same.get());
            }
            return world.missing.get(kind).contains(id) ? new Target(kind, id, null) : null; // another test's object
        }
        List<Long> missing = world.missing.get(kind);
        return new Target(kind, missing.get(n % missing.size()), null);
    }

    // ---- executing and judging -------------------------------------------------------------------------------------

    /** One request's result and the judgement. */
    static final class Outcome {
        final Draw draw;
        final String request;
        final int status;
        final String body;
        String problem;
        long nanos;

        Outcome(Draw draw, String request, int status, String body) {
            this.draw = draw;
            this.request = request;
            this.status = status;
            this.body = body;
        }

        boolean failed() {
            return problem != null;
        }

        String describe() {
            return "  user " + draw.user + " (" + draw.user.role() + ")\n  request " + request + "  [" + draw.op
                    + " on " + draw.target + "]\n  expected " + draw.expected + "\n  actual " + status + ": "
                    + problem + "\n  body " + abbreviate(body);
        }
    }

    private List<Outcome> execute(World world, List<Draw> draws) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Draw draw : draws) {
                futures.add(pool.submit(() -> run(world, draw)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome run(World world, Draw draw) {
        long start = System.nanoTime();
        Outcome outcome = send(world, draw);
        outcome.nanos = System.nanoTime() - start;
        return outcome;
    }

    private Outcome send(World world, Draw draw) {
        String path = draw.op.path().apply(world, draw.target);
        String request = draw.op.method() + " " + path;
        int status;
        byte[] bytes;
        if (draw.op.channel() == Channel.WEB) {
            HttpResponse<byte[]> response = draw.user.web().get(path);
            status = response.statusCode();
            String location = response.headers().firstValue("Location").orElse("");
            if ((status == 302 || status == 303) && location.contains("/login.xhtml")) {
                status = AccessOracle.SIGN_IN;
            } else if (status == 302 || status == 303) {
                status = 399; // another redirect: not a page, not a denial of the oracle
            }
            bytes = response.body();
        } else {
            Api api = draw.user.api();
            JsonObject body = draw.op.body() == null ? null : draw.op.body().apply(world, draw.target);
            Api.Response response = switch (draw.op.method()) {
                case "GET" -> api.get(path);
                case "POST" -> draw.op.pdf() ? api.postRaw(path, "application/pdf", Products.pdf("Upload " + world.runWord))
                        : api.post(path, body);
                case "PUT" -> api.put(path, body);
                case "DELETE" -> api.delete(path);
                default -> throw new IllegalArgumentException(draw.op.method());
            };
            status = response.status();
            bytes = response.bytes();
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Outcome outcome = new Outcome(draw, request, status, text);
        outcome.problem = judge(world, draw, status, text);
        return outcome;
    }

    private static String judge(World world, Draw draw, int status, String body) {
        Expectation expected = draw.expected;
        Obj target = draw.target.obj();
        if (expected.allow()) {
            if (status / 100 != 2) {
                return "expected a success";
            }
            if (target != null && target.marker != null && SHOWS_MARKER.contains(draw.op.name())
                    && !body.contains(target.marker)) {
                return "success without the object's marker " + target.marker;
            }
        } else {
            if (!expected.statuses().contains(status)) {
                return status / 100 == 2 ? "LEAK: success where the policy denies" : "wrong denial status";
            }
            if (target != null && target.marker != null && body.contains(target.marker)) {
                return "LEAK: the denied object's marker " + target.marker + " is in the answer";
            }
        }
        for (World.Marker marker : world.markers) {
            if (!marker.audience().test(draw.user) && body.contains(marker.word())) {
                return "LEAK: shows " + marker.what() + " (" + marker.word() + ")";
            }
        }
        if (draw.op.name().equals("GET clarifications") && status == 200) {
            // who asked is never revealed: "asked" is true only for the asking company's own questions
            for (JsonValue value : Json.createReader(new java.io.StringReader(new String(
                    body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))).readArray()) {
                JsonObject c = value.asJsonObject();
                long id = c.getJsonNumber("id").longValue();
                Obj clarification = world.find(Kind.CLARIFICATION, id).orElse(null);
                boolean mine = clarification != null && draw.user.companyOf(clarification.company);
                if (c.getBoolean("asked", false) && !mine) {
                    return "LEAK: clarification " + id + " says who asked";
                }
            }
        }
        return null;
    }

    /**
     * A hidden object must look missing: for each user and operation, every status answered for hidden objects must
     * also be the one answered for ids that name nothing.
     */
    private static List<Outcome> existenceLeaks(List<Outcome> outcomes) {
        Map<String, Set<Integer>> missing = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            if (o.draw.target.missing() && o.draw.op.kind() != Kind.NONE) {
                missing.computeIfAbsent(existenceKey(o), k -> new LinkedHashSet<>()).add(o.status);
            }
        }
        List<Outcome> leaks = new ArrayList<>();
        for (Outcome o : outcomes) {
            Obj obj = o.draw.target.obj();
            if (obj == null || o.failed() || o.draw.expected.allow() || AccessOracle.readable(o.draw.user, obj)) {
                continue;
            }
            Set<Integer> forMissing = missing.get(existenceKey(o));
            if (forMissing != null && !forMissing.contains(o.status)) {
                Outcome leak = new Outcome(o.draw, o.request, o.status, o.body);
                leak.problem = "LEAK of existence: a hidden object answers " + o.status + ", a missing id " + forMissing;
                leaks.add(leak);
            }
        }
        return leaks;
    }

    /**
     * User and request with the drawn id left out: a hidden object is compared with missing ids under the same
     * parent (a document under the same product, a clarification under the same consultation).
     */
    private static String existenceKey(Outcome o) {
        String id = String.valueOf(o.draw.target.id());
        return o.draw.user.label() + "|" + o.request.replaceAll("(?<=[/=])" + id + "(?=$|[/&?])", "{id}");
    }

    /** jqwik's shrinking: the simplest (user, operation, object) that still fails; denied requests change nothing. */
    private Outcome shrink(World world, Shrinkable<Draw> failing) {
        Shrinkable<Draw> current = failing;
        Outcome last = run(world, failing.value());
        int budget = 60;
        boolean progress = true;
        while (progress && budget > 0) {
            progress = false;
            for (Shrinkable<Draw> candidate : (Iterable<Shrinkable<Draw>>) current.shrink()::iterator) {
                if (budget-- <= 0) {
                    break;
                }
                Draw draw = candidate.value();
                if (draw == null || draw.op.mutation() && draw.expected.allow()) {
                    continue;
                }
                Outcome outcome = run(world, draw);
                if (outcome.failed()) {
                    current = candidate;
                    last = outcome;
                    progress = true;
                    break;
                }
            }
        }
        return last.failed() ? last : run(world, failing.value());
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }

    // ---- the world -------------------------------------------------------------------------------------------------

    private String marker() {
        markerCount++;
        return markerPrefix + LETTERS.charAt(markerCount / 26 % 26) + LETTERS.charAt(markerCount % 26);
    }

    private String randomWord(int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(words.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    private World build() throws Exception {
        World w = new World();
        w.runWord = "acc" + randomWord(7);
        markerPrefix = "mk" + randomWord(6);
        Actors actors = new Actors(base);
        long h1 = actors.organisation("BUYER", "Hospital One " + w.runWord);
        long h2 = actors.organisation("BUYER", "Hospital Two " + w.runWord);
        long ca = actors.organisation("COMPANY", "Company A " + w.runWord);
        long cb = actors.organisation("COMPANY", "Company B " + w.runWord);
        long cc = actors.organisation("COMPANY", "Company C " + w.runWord);
        w.add(new User("anonymous", Role.ANONYMOUS, 0, null, anonymousApi, WebSession.anonymous(base)));
        addUser(w, actors, "ca.supplier", Role.SUPPLIER, ca);
        addUser(w, actors, "cb.supplier", Role.SUPPLIER, cb);
        addUser(w, actors, "cc.supplier", Role.SUPPLIER, cc);
        addUser(w, actors, "h1.buyer", Role.BUYER, h1);
        addUser(w, actors, "h1.clinician", Role.CLINICIAN, h1);
        addUser(w, actors, "h1.evaluator", Role.EVALUATOR, h1);
        addUser(w, actors, "h2.buyer", Role.BUYER, h2);
        addUser(w, actors, "h2.clinician", Role.CLINICIAN, h2);
        addUser(w, actors, "h2.evaluator", Role.EVALUATOR, h2);
        w.add(new User("admin", Role.ADMIN, 0, Actors.ADMIN_USER, actors.admin(),
                WebSession.signedIn(base, Actors.ADMIN_USER, Actors.ADMIN_PASSWORD)));
        User caS = w.user("ca.supplier");
        User cbS = w.user("cb.supplier");
        User ccS = w.user("cc.supplier");
        User b1 = w.user("h1.buyer");
        User c1 = w.user("h1.clinician");
        User e1 = w.user("h1.evaluator");
        User b2 = w.user("h2.buyer");
        User c2 = w.user("h2.clinician");
        User e2 = w.user("h2.evaluator");

        // products and their documents
        Obj pA1 = product(w, "pA1", caS, "PUBLISHED");
        product(w, "pA2", caS, "DRAFT");
        product(w, "pA3", caS, "ARCHIVED");
        Obj pB1 = product(w, "pB1", cbS, "PUBLISHED");
        product(w, "pB2", cbS, "DRAFT");
        Obj pC1 = product(w, "pC1", ccS, "PUBLISHED");
        document(w, "dA1p", caS, pA1, false);
        document(w, "dA1b", caS, pA1, true);
        document(w, "dB1b", cbS, pB1, true);
        document(w, "dA2", caS, w.obj("pA2"), false);

        // a buyer's own working data
        shortlist(w, "slH1", b1, pA1, pB1);
        shortlist(w, "slH1c", c1, pC1);
        shortlist(w, "slH2", b2, pA1);
        savedSearch(w, "ssH1", e1);
        savedSearch(w, "ssH2", b2);

        // consultations: drafts of both hospitals, one announced for later, two closing soon, one open for long
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1));
        Obj cDraft = consultation(w, "cDraft", b1, start.plus(Duration.ofDays(2)), Duration.ofDays(1));
        consultationDocument(w, "cdDraft", b1, cDraft);
        Obj cSched = consultation(w, "cSched", b1, start.plus(Duration.ofDays(2)), Duration.ofDays(1));
        consultationDocument(w, "cdSched", b1, cSched);
        schedule(b1, cSched);
        Obj cX = consultation(w, "cX", b1, start, Duration.ofHours(1));
        schedule(b1, cX);
        Obj cY = consultation(w, "cY", b1, start, Duration.ofDays(30));
        schedule(b1, cY);
        Obj cZ = consultation(w, "cZ", b1, start, Duration.ofHours(1));
        schedule(b1, cZ);
        consultation(w, "cDraftH2", b2, start.plus(Duration.ofDays(2)), Duration.ofDays(1));

        shift(3600 + 60);
        tick();
        for (Obj c : List.of(cX, cY, cZ)) {
            c.status = "OPEN";
        }
        // answers: in X both companies submit (A with a confidential part and a file); in Y A submits, B only saves
        answer(w, caS, cX, "ansXA", "cfXA", "fileXA", true);
        answer(w, cbS, cX, "ansXB", null, null, true);
        answer(w, caS, cY, "ansYA", null, "fileYA", true);
        answer(w, cbS, cY, "ansYB", null, null, false);
        // clarifications: received (team and asker only) and one published in the team's wording
        clarification(w, "clXA", caS, cX);
        clarification(w, "clYA", caS, cY);
        Obj clYB = clarification(w, "clYB", cbS, cY);
        String publicWording = marker();
        ok(b1.api().post("/api/v1/consultations/" + cY.id + "/clarifications/" + clYB.id + "/publish",
                Json.createObjectBuilder().add("publicQuestion", "Public " + publicWording)
                        .add("answer", "Yes, through HL7 FHIR.").build()));
        clYB.published = true;
        w.marker(publicWording, "published clarification of cY", u -> true);

        shift(3 * 3600);
        tick();
        cX.status = "CLOSED";
        cZ.status = "CLOSED";
        publishReport(w, b1, cZ);

        // clinical needs and pilots in several states
        Obj nH1 = need(w, "nH1", c1);
        Obj nH1b = need(w, "nH1b", c1);
        Obj nH2 = need(w, "nH2", c2);
        ok(c1.api().post("/api/v1/needs/" + nH1b.id + "/market-request", null));
        pilot(w, "plReq", c1, nH1, pB1);
        Obj plInv = pilot(w, "plInv", c1, nH1, pA1);
        step(e1, plInv, "triage", null);
        step(b1, plInv, "approval", null);
        step(b1, plInv, "invitation", null);
        plInv.status = "COMPANY_INVITED";
        plInv.company = ca;
        Obj plDone = pilot(w, "plDone", c1, nH1, pA1);
        completePilot(b1, c1, e1, caS, plDone);
        plDone.status = "COMPLETED";
        plDone.company = ca;
        pilot(w, "plH2", c2, nH2, pB1);
        // the need's title is carried to the companies invited to its pilots
        Obj needOfInvited = nH1;
        w.markers.removeIf(m -> m.word().equals(needOfInvited.marker));
        w.marker(nH1.marker, "need nH1", u -> AccessOracle.readNeed(u, needOfInvited) || u.companyOf(ca));

        // notifications, as each user has them now
        for (User user : w.users) {
            if (user.anonymous()) {
                continue;
            }
            JsonArray items = user.api().get("/api/v1/notifications").json().getJsonArray("items");
            for (JsonValue item : items) {
                Obj n = w.add(new Obj(Kind.NOTIFICATION, item.asJsonObject().getJsonNumber("id").longValue(),
                        "notification of " + user.label()));
                n.owner = user;
            }
        }
        assertThat(w.objects.get(Kind.NOTIFICATION)).as("notifications").isNotEmpty();
        missingIds(w);
        return w;
    }

    private void addUser(World w, Actors actors, String label, Role role, long org) {
        Actors.Actor actor = actors.user(org, role.name());
        w.add(new User(label, role, org, actor.username(), actor.api(),
                WebSession.signedIn(base, actor.username(), actor.password())));
    }

    private Obj product(World w, String label, User supplier, String status) {
        String marker = marker();
        Api.Response created = supplier.api().post("/api/v1/products", Products.complete("Monitor " + w.runWord + " "
                + marker).add("emdnCode", "Z120601").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Obj p = w.add(new Obj(Kind.PRODUCT, created.locationId(), label));
        p.org = supplier.org();
        p.status = status;
        p.marker = marker;
        if (!status.equals("DRAFT")) {
            ok(supplier.api().post("/api/v1/products/" + p.id + "/publish", null));
        }
        if (status.equals("ARCHIVED")) {
            ok(supplier.api().post("/api/v1/products/" + p.id + "/archive", Operation.reason("Replaced")));
        }
        w.marker(marker, "product " + label, u -> AccessOracle.readProduct(u, p));
        return p;
    }

    private Obj document(World w, String label, User supplier, Obj product, boolean buyerOnly) {
        String marker = marker();
        Api.Response uploaded = supplier.api().postRaw("/api/v1/products/" + product.id + "/documents?fileName="
                + marker + ".pdf&buyerOnly=" + buyerOnly, "application/pdf", Products.pdf("Study " + marker));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        Obj d = w.add(new Obj(Kind.DOCUMENT, uploaded.locationId(), label));
        d.parent = product;
        d.buyerOnly = buyerOnly;
        d.marker = marker;
        w.marker(marker, "document " + label, u -> AccessOracle.readDocument(u, d));
        return d;
    }

    private void shortlist(World w, String label, User owner, Obj... products) {
        String marker = marker();
        var ids = Json.createArrayBuilder();
        for (Obj p : products) {
            ids.add(p.id);
        }
        Api.Response created = owner.api().post("/api/v1/shortlists", Json.createObjectBuilder()
                .add("name", "List " + marker).add("productIds", ids).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Obj s = w.add(new Obj(Kind.SHORTLIST, created.locationId(), label));
        s.owner = owner;
        s.marker = marker;
        w.marker(marker, "shortlist " + label, u -> u == owner);
    }

    private void savedSearch(World w, String label, User owner) {
        String marker = marker();
        Api.Response created = owner.api().post("/api/v1/saved-searches", Json.createObjectBuilder()
                // only this run's products match (all published before): no alert, no e-mail for other tests
                .add("name", "Search " + marker).add("query", "q=" + w.runWord).add("alerts", true).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Obj s = w.add(new Obj(Kind.SAVED_SEARCH, created.locationId(), label));
        s.owner = owner;
        s.marker = marker;
        w.marker(marker, "saved search " + label, u -> u == owner);
    }

    /** A consultation body: texts in Spanish, a text question, a second text question and a file question. */
    static JsonObjectBuilder consultation(String runWord, String title, Instant start) {
        return Json.createObjectBuilder()
                .add("kind", "OPEN")
                .add("texts", Json.createObjectBuilder().add("es", Json.createObjectBuilder()
                        .add("title", "Consulta " + title)
                        .add("description", "Buscamos soluciones de telemonitorización " + runWord + ".")
                        .add("need", "Reducir reingresos.")
                        .add("participation", "Responda al cuestionario en Berrigune.")))
                .add("emdnCodes", Json.createArrayBuilder().add("Z12"))
                .add("startAt", start.toString())
                .add("deadline", start.plus(Duration.ofDays(1)).toString())
                .add("questions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "TEXT").add("text", "Describa su solución")
                                .add("required", true))
                        .add(Json.createObjectBuilder().add("kind", "TEXT").add("text", "Precio y condiciones"))
                        .add(Json.createObjectBuilder().add("kind", "FILE").add("text", "Ficha técnica")));
    }

    private Obj consultation(World w, String label, User team, Instant start, Duration open) {
        String marker = marker();
        Api.Response created = team.api().post("/api/v1/consultations", consultation(w.runWord, marker, start)
                .add("deadline", start.plus(open).toString()).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Obj c = w.add(new Obj(Kind.CONSULTATION, created.locationId(), label));
        c.org = team.org();
        c.status = "DRAFT";
        c.marker = marker;
        JsonObject view = team.api().get("/api/v1/consultations/" + c.id).json();
        c.questions = view.getJsonArray("questions").stream()
                .map(q -> q.asJsonObject().getJsonNumber("id").longValue()).toList();
        c.version = view.getJsonNumber("version").longValue();
        w.marker(marker, "consultation " + label, u -> AccessOracle.readNotice(u, c));
        return c;
    }

    private void schedule(User team, Obj c) {
        ok(team.api().post("/api/v1/consultations/" + c.id + "/schedule", null));
        c.status = "SCHEDULED";
    }

    private void consultationDocument(World w, String label, User team, Obj c) {
        String marker = marker();
        Api.Response attached = team.api().postRaw("/api/v1/consultations/" + c.id + "/documents?fileName=" + marker
                + ".pdf", "application/pdf", Products.pdf("Pliego " + marker));
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        Obj d = w.add(new Obj(Kind.CONSULTATION_DOCUMENT, attached.locationId(), label));
        d.parent = c;
        d.marker = marker;
        w.marker(marker, "notice document " + label, u -> AccessOracle.readConsultationDocument(u, d));
    }

    private void answer(World w, User company, Obj c, String label, String confidentialLabel, String fileLabel,
            boolean submit) {
        String path = "/api/v1/consultations/" + c.id + "/answers/mine";
        String marker = marker();
        var items = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("questionId", c.questions.get(0)).add("text", "Plan " + marker));
        List<String> words = new ArrayList<>(List.of(marker));
        if (confidentialLabel != null) {
            String secret = marker();
            words.add(secret);
            items.add(Json.createObjectBuilder().add("questionId", c.questions.get(1)).add("text", "Price " + secret)
                    .add("confidential", true));
        }
        if (fileLabel != null) {
            String fileMarker = marker();
            Api.Response uploaded = company.api().postRaw(path + "/files?questionId=" + c.questions.get(2)
                    + "&fileName=" + fileMarker + ".pdf", "application/pdf", Products.pdf("Ficha " + fileMarker));
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
            Obj file = w.add(new Obj(Kind.CONSULTATION_DOCUMENT,
                    uploaded.json().getJsonNumber("documentId").longValue(), fileLabel));
            file.parent = c;
            file.company = company.org();
            file.published = submit;
            file.marker = fileMarker;
            items.add(Json.createObjectBuilder().add("questionId", c.questions.get(2)).add("documentId", file.id)
                    .add("confidential", true));
            w.marker(fileMarker, "answer file " + fileLabel, u -> AccessOracle.readConsultationDocument(u, file));
        }
        ok(company.api().put(path, Json.createObjectBuilder().add("items", items).build()));
        c.answeredBy.add(company.org());
        if (submit) {
            ok(company.api().post(path + "/submit", null));
        }
        for (String word : words) {
            // the company's own; the buying team's once the deadline has passed, and only what was submitted
            w.marker(word, "answer " + label + " of " + company.label(),
                    u -> u.companyOf(company.org()) || (submit && u.teamOf(c.org) && AccessOracle.closed(c)));
        }
    }

    private Obj clarification(World w, String label, User company, Obj c) {
        String marker = marker();
        Api.Response asked = company.api().post("/api/v1/consultations/" + c.id + "/clarifications",
                Json.createObjectBuilder().add("question", "Question " + marker).build());
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        Obj q = w.add(new Obj(Kind.CLARIFICATION, asked.locationId(), label));
        q.parent = c;
        q.company = company.org();
        q.marker = marker;
        // the question as asked: the buying team and the asking company only, published or not
        w.marker(marker, "clarification " + label + " as asked", u -> u.teamOf(c.org) || u.companyOf(company.org()));
        return q;
    }

    private void publishReport(World w, User team, Obj c) {
        String path = "/api/v1/consultations/" + c.id + "/report";
        JsonObject draft = ok(team.api().get(path, "es")).json();
        String marker = marker();
        JsonObject texts = Json.createObjectBuilder()
                .add("es", Json.createObjectBuilder().add("answersSummary", "Ninguna empresa respondió.")
                        .add("conclusions", "Conclusiones " + marker))
                .add("eu", Json.createObjectBuilder().add("answersSummary", "Enpresarik ez.")
                        .add("conclusions", "Ondorioak " + marker))
                .build();
        ok(team.api().put(path, Json.createObjectBuilder().add("version", draft.getJsonNumber("version").longValue())
                .add("texts", texts).build()));
        ok(team.api().post(path + "/publish", null));
        c.status = "REPORT_PUBLISHED";
        w.marker(marker, "published report of " + c.label, u -> true);
    }

    private Obj need(World w, String label, User clinician) {
        String marker = marker();
        Api.Response created = clinician.api().post("/api/v1/needs", Json.createObjectBuilder()
                .add("title", "Need " + marker).add("problem", "Patients are readmitted.")
                .add("hospital", "Hospital " + clinician.org())
                .add("emdnCodes", Json.createArrayBuilder().add("Z120601")).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Obj n = w.add(new Obj(Kind.NEED, created.locationId(), label));
        n.org = clinician.org();
        n.marker = marker;
        w.marker(marker, "need " + label, u -> AccessOracle.readNeed(u, n));
        return n;
    }

    private Obj pilot(World w, String label, User clinician, Obj need, Obj product) {
        String marker = marker();
        Api.Response created = clinician.api().post("/api/v1/pilots", Json.createObjectBuilder()
                .add("needId", need.id).add("productId", product.id)
                .add("intendedUse", "Home use " + marker).add("withinIntendedPurpose", true).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Obj p = w.add(new Obj(Kind.PILOT, created.locationId(), label));
        p.org = clinician.org();
        p.parent = product;
        p.status = "REQUESTED";
        p.marker = marker;
        w.marker(marker, "pilot " + label, u -> AccessOracle.readPilot(u, p));
        return p;
    }

    private void completePilot(User officer, User clinician, User evaluator, User company, Obj p) {
        step(evaluator, p, "triage", null);
        step(officer, p, "approval", null);
        step(officer, p, "invitation", null);
        step(company, p, "acceptance", null);
        long version = officer.api().get("/api/v1/pilots/" + p.id).json().getJsonNumber("version").longValue();
        JsonObject proposed = ok(officer.api().put("/api/v1/pilots/" + p.id + "/protocol", Json.createObjectBuilder()
                .add("version", version).add("endpoints", "Readmissions fall\nAdherence above 70 %")
                .add("durationWeeks", 8).add("sites", "Cardiology").add("stopCriteria", "Serious adverse effect")
                .add("costs", "Free loan").add("dataProtectionDone", true).build())).json();
        int revision = proposed.getJsonObject("protocol").getInt("revision");
        step(officer, p, "protocol/" + revision + "/agreement", null);
        step(company, p, "protocol/" + revision + "/agreement", null);
        step(clinician, p, "start", null);
        step(clinician, p, "evaluation", null);
        ok(clinician.api().put("/api/v1/pilots/" + p.id + "/results", Json.createObjectBuilder()
                .add("results", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("met", true).add("finding", "Fewer readmissions"))
                        .add(Json.createObjectBuilder().add("met", false).add("finding", "Adherence 65 %")))
                .add("summary", "Readmissions fell").add("participants", 20).build()));
        step(officer, p, "sign-off", null);
    }

    private static void step(User user, Obj pilot, String step, JsonObject body) {
        ok(user.api().post("/api/v1/pilots/" + pilot.id + "/" + step, body));
    }

    /** Ids that name no object of a kind: the world's ids of other kinds that are free in that table, and far ids. */
    private static void missingIds(World w) throws Exception {
        Set<Long> candidates = new LinkedHashSet<>();
        w.all().forEach(o -> candidates.add(o.id));
        try (Connection db = Database.connect()) {
            for (Kind kind : Kind.values()) {
                if (kind == Kind.NONE) {
                    continue;
                }
                List<Long> free = new ArrayList<>(List.of(987_654_321L, 2_147_483_647L, 0L));
                try (PreparedStatement exists = db.prepareStatement("SELECT 1 FROM " + kind.table + " WHERE id = ?")) {
                    for (long id : candidates) {
                        if (w.find(kind, id).isPresent()) {
                            continue;
                        }
                        exists.setLong(1, id);
                        try (ResultSet row = exists.executeQuery()) {
                            if (!row.next()) {
                                free.add(id);
                            }
                        }
                    }
                }
                w.missing.put(kind, free);
            }
        }
    }

    private void shift(long seconds) {
        assertThat(anonymousApi.put("/api/v1/test/clock/" + seconds, Json.createObjectBuilder().build()).status())
                .isEqualTo(200);
    }

    private void tick() {
        ok(anonymousApi.post("/api/v1/test/clock/tick", null));
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response;
    }
}
