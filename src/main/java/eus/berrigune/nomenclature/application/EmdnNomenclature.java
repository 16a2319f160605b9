package eus.berrigune.nomenclature.application;

import eus.berrigune.nomenclature.domain.EmdnTerm;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The EMDN nomenclature (version 2, 8,454 codes) shipped in {@code reference/emdn/EMDN-V2.tsv}, held in memory:
 * read-only reference data that every capability may look up.
 */
@ApplicationScoped
public class EmdnNomenclature {

    static final String RESOURCE = "/reference/emdn/EMDN-V2.tsv";

    private Map<String, EmdnTerm> byCode = Map.of();
    private List<EmdnTerm> all = List.of();

    /** Loads the shipped file; the container calls it once, tests may too. */
    @PostConstruct
    public void load() {
        try (InputStream in = EmdnNomenclature.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("EMDN nomenclature missing from the application: " + RESOURCE);
            }
            load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void load(InputStream in) throws IOException {
        Map<String, EmdnTerm> terms = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // title
            reader.readLine(); // header
            String line;
            while ((line = reader.readLine()) != null) {
                // A quoted term may span two lines (one does in EMDN V2): join until the record has its six fields.
                String next;
                while (line.split("\t", -1).length < 6 && (next = reader.readLine()) != null) {
                    line = line + " " + next;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 6 || f[2].isBlank()) {
                    continue;
                }
                String code = f[2].strip();
                String term = f[3].replace("\"", "").replaceAll("\\s+", " ").strip();
                terms.put(code, new EmdnTerm(
                        code, term, Integer.parseInt(f[4].strip()), f[5].strip().equalsIgnoreCase("YES")));
            }
        }
        byCode = Collections.unmodifiableMap(terms);
        all = List.copyOf(terms.values());
    }

    public Optional<EmdnTerm> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    public int size() {
        return all.size();
    }

    /** The 1st-level categories (A–Z), in code order. */
    public List<EmdnTerm> categories() {
        return all.stream().filter(t -> t.level() == 1).toList();
    }

    /** The code and its ancestors, from the category down. */
    public List<EmdnTerm> path(String code) {
        List<EmdnTerm> path = new ArrayList<>();
        if (code == null) {
            return path;
        }
        for (int length = 1; length <= code.length(); length += 2) {
            find(code.substring(0, length)).ifPresent(path::add);
        }
        return path;
    }

    /** The direct children of a code. */
    public List<EmdnTerm> children(String code) {
        int childLength = code.length() + 2;
        return all.stream()
                .filter(t -> t.code().length() == childLength && t.code().startsWith(code))
                .toList();
    }

    /**
     * Codes whose code starts with the query, or whose term contains every word of the query (case and accent
     * insensitive); codes first, then shallower terms first.
     */
    public List<EmdnTerm> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String q = query.strip().toUpperCase(Locale.ROOT);
        List<EmdnTerm> result = new ArrayList<>();
        if (q.matches("[A-Z][0-9]*")) {
            all.stream().filter(t -> t.code().startsWith(q)).limit(limit).forEach(result::add);
        }
        String[] words = fold(query).split("\\s+");
        for (EmdnTerm term : all) {
            if (result.size() >= limit) {
                break;
            }
            String folded = fold(term.term());
            boolean matches = true;
            for (String word : words) {
                if (!folded.contains(word)) {
                    matches = false;
                    break;
                }
            }
            if (matches && !result.contains(term)) {
                result.add(term);
            }
        }
        return result;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip();
    }
}
