package eus.berrigune.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed list of searches the benchmark replays: what procurement officers type and click, in Basque, Spanish and
 * English, with typos and missing accents, codes (EMDN prefixes, CPV, notified bodies, UDI-DIs and company names
 * taken from the generated data), facet selections, EMDN subtrees, sorts and a later page.
 */
final class BenchmarkQueries {

    private BenchmarkQueries() {}

    /**
     * One search, as the API and the page take it.
     *
     * @param text free text ("" for none)
     * @param facets facet selections {@code dimension:value}
     * @param emdn EMDN subtree, or null
     * @param sort RELEVANCE, EVIDENCE, CARBON or UPDATED
     * @param page page number from 0
     * @param language the reader's language (Accept-Language)
     */
    record Query(String text, List<String> facets, String emdn, String sort, int page, String language) {

        /** The URL parameters (for the API and for the page). */
        String parameters() {
            List<String> params = new ArrayList<>();
            if (!text.isEmpty()) {
                params.add("q=" + encode(text));
            }
            if (emdn != null) {
                params.add("emdn=" + encode(emdn));
            }
            facets.forEach(f -> params.add("f=" + encode(f)));
            if (!sort.equals("RELEVANCE")) {
                params.add("sort=" + sort);
            }
            if (page > 0) {
                params.add("page=" + page);
            }
            return String.join("&", params);
        }

        @Override
        public String toString() {
            return parameters().isEmpty() ? "(everything)" : parameters();
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    /**
     * The list, given a few real identifiers from the generated catalogue.
     *
     * @param udiDi a published product's Basic UDI-DI
     * @param company a company name
     */
    static List<Query> all(String udiDi, String company) {
        List<Query> q = new ArrayList<>();
        // Spanish text
        for (String s : List.of("corazones", "monitor cardiaco", "apósito para heridas crónicas", "bomba de infusión",
                "prótesis de cadera", "glucosa diabetes", "catéter vascular", "mascarilla respiratoria",
                "inteligencia artificial", "hospitalización a domicilio", "diálisis", "cirugía de cataratas",
                "dolor crónico", "test rápido infecciones", "silla de ruedas", "incontinencia personas mayores")) {
            q.add(text(s, "es"));
        }
        // Basque text
        for (String s : List.of("bihotzekoak", "bihotz-monitorea", "zauriak sendatzeko", "infusio-ponpa",
                "aldakako protesia", "diabetesa", "arnas maskara", "adimen artifiziala", "etxeko ospitalizazioa",
                "giltzurrun", "hortz inplantea", "odol analisiak")) {
            q.add(text(s, "eu"));
        }
        // English text
        for (String s : List.of("monitors", "heart failure", "wound dressing", "infusion pumps", "knee implant",
                "continuous glucose monitor", "latex-free surgical gloves", "remote monitoring platform",
                "ultrasound scanner", "safety syringe", "absorbable suture", "wheelchair")) {
            q.add(text(s, "en"));
        }
        // Typos and missing accents
        for (String s : List.of("dresing", "monitr cardiaco", "protesis cadera", "kateter", "ultrasond scaner",
                "glukosa", "desinfectante alcoholico", "endoskopio")) {
            q.add(text(s, "es"));
        }
        // Codes and names
        for (String s : List.of("Z12", "C02", "M04", "P0909", "J06", "0123", "33124110-9", udiDi, company)) {
            q.add(text(s, "en"));
        }
        // Facets, filters, subtrees, sorts, paging
        q.add(new Query("", List.of(), null, "RELEVANCE", 0, "es"));
        q.add(new Query("", List.of("risk:IIA"), null, "RELEVANCE", 0, "es"));
        q.add(new Query("monitor", List.of("ce:VALID"), null, "RELEVANCE", 0, "en"));
        q.add(new Query("", List.of("evidence:RANDOMISED", "verified:yes"), null, "RELEVANCE", 0, "es"));
        q.add(new Query("apósito", List.of("co2:lt1"), null, "CARBON", 0, "es"));
        q.add(new Query("", List.of("takeback:yes", "local:yes"), null, "UPDATED", 0, "eu"));
        q.add(new Query("plataforma", List.of("interop:HL7_FHIR"), null, "RELEVANCE", 0, "es"));
        q.add(new Query("", List.of("lang:eu", "trl:7-9"), null, "EVIDENCE", 0, "eu"));
        q.add(new Query("", List.of(), "Z12", "RELEVANCE", 0, "es"));
        q.add(new Query("monitor", List.of(), "C02", "RELEVANCE", 0, "es"));
        q.add(new Query("implante", List.of("risk:IIB", "risk:III"), null, "RELEVANCE", 0, "es"));
        q.add(new Query("heart", List.of(), null, "EVIDENCE", 0, "en"));
        q.add(new Query("catéter", List.of(), null, "RELEVANCE", 2, "es"));
        q.add(new Query("", List.of("co2:ge100"), "P09", "CARBON", 0, "en"));
        q.add(new Query("test", List.of("risk:IVD_C", "ce:IN_ASSESSMENT"), null, "RELEVANCE", 0, "es"));
        return List.copyOf(q);
    }

    private static Query text(String text, String language) {
        return new Query(text, List.of(), null, "RELEVANCE", 0, language);
    }
}
