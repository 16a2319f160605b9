package eus.berrigune.access;

import eus.berrigune.testdata.WebSession;
import eus.berrigune.testdata.Api;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What {@link AccessPropertyIT} arranges through the API and what {@link AccessOracle} judges: the people, the objects
 * (each with a unique marker word in its confidential text) and the markers' audiences.
 */
final class World {

    enum Role { ANONYMOUS, ADMIN, SUPPLIER, BUYER, CLINICIAN, EVALUATOR }

    /** The kinds of object an operation takes by id; {@code NONE} for lists and searches. */
    enum Kind {
        PRODUCT("product"), DOCUMENT("evidence_document"), SHORTLIST("shortlist"), SAVED_SEARCH("saved_search"),
        NOTIFICATION("notification"), CONSULTATION("consultation"), CONSULTATION_DOCUMENT("consultation_document"),
        CLARIFICATION("consultation_clarification"), NEED("clinical_need"), PILOT("pilot"), NONE(null);

        final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    /**
     * One person (or nobody).
     *
     * @param label how failures name them, e.g. {@code h1.buyer}
     * @param role the one role
     * @param org organisation id (0 for anonymous and the administrator)
     * @param username sign-in name ({@code null} for anonymous)
     * @param api the REST API as this user
     * @param web the pages as this user (signed in through the sign-in form)
     */
    record User(String label, Role role, long org, String username, Api api, WebSession web) {

        boolean anonymous() {
            return role == Role.ANONYMOUS;
        }

        boolean admin() {
            return role == Role.ADMIN;
        }

        boolean supplier() {
            return role == Role.SUPPLIER;
        }

        /** Buyer, clinician or evaluator of any buying organisation. */
        boolean staff() {
            return role == Role.BUYER || role == Role.CLINICIAN || role == Role.EVALUATOR;
        }

        boolean staffOf(long organisation) {
            return staff() && org == organisation;
        }

        /** A procurement officer of the organisation: its consultations' buying team. */
        boolean teamOf(long organisation) {
            return role == Role.BUYER && org == organisation;
        }

        boolean companyOf(long organisation) {
            return supplier() && org == organisation;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** An object of the world; which fields mean something depends on the kind. */
    static final class Obj {
        final Kind kind;
        final long id;
        final String label;
        /** Owning organisation: the company (products, documents), the buying organisation (consultations, needs, pilots). */
        long org;
        /** Owning user (shortlists, saved searches, notifications). */
        User owner;
        /** Product: PUBLISHED, DRAFT, ARCHIVED; consultation: DRAFT, SCHEDULED, OPEN, CLOSED; pilot: its state. */
        String status;
        boolean buyerOnly;
        /** The product of a document or pilot, the consultation of a document or clarification. */
        Obj parent;
        /** Pilot: the product's company once invited (0 before). Answer file: the company. Clarification: the asker. */
        long company;
        /** Clarification: published; answer file: referenced by the company's last submission. */
        boolean published;
        /** The marker that a reader of this object sees in its answer (null: nothing to look for). */
        String marker;
        /** Consultation: its question ids (for answer bodies). */
        List<Long> questions = List.of();
        /** Consultation: the companies that have an answer (saved or submitted). */
        final java.util.Set<Long> answeredBy = new java.util.HashSet<>();
        long version;

        Obj(Kind kind, long id, String label) {
            this.kind = kind;
            this.id = id;
            this.label = label;
        }

        boolean is(String state) {
            return state.equals(status);
        }

        @Override
        public String toString() {
            return label + "#" + id;
        }
    }

    /**
     * A word that may appear only in answers to its audience, wherever it appears (a list, a search, another object,
     * a page, an export).
     */
    record Marker(String word, String what, Predicate<User> audience) {}

    final List<User> users = new ArrayList<>();
    final Map<String, User> usersByLabel = new LinkedHashMap<>();
    final Map<Kind, List<Obj>> objects = new EnumMap<>(Kind.class);
    final List<Marker> markers = new ArrayList<>();
    /** Ids that name no object of a kind (checked in the database), by kind. */
    final Map<Kind, List<Long>> missing = new EnumMap<>(Kind.class);
    String runWord;

    User user(String label) {
        return usersByLabel.get(label);
    }

    void add(User user) {
        users.add(user);
        usersByLabel.put(user.label(), user);
    }

    Obj add(Obj object) {
        objects.computeIfAbsent(object.kind, k -> new ArrayList<>()).add(object);
        return object;
    }

    Obj obj(String label) {
        return objects.values().stream().flatMap(List::stream).filter(o -> o.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(label));
    }

    Optional<Obj> find(Kind kind, long id) {
        return objects.getOrDefault(kind, List.of()).stream().filter(o -> o.id == id).findFirst();
    }

    List<Obj> all() {
        return objects.values().stream().flatMap(List::stream).toList();
    }

    void marker(String word, String what, Predicate<User> audience) {
        markers.add(new Marker(word, what, audience));
    }
}
