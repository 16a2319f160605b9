package eus.berrigune.search.application;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.LongValues;

/**
 * Facet counting from every document's facet ordinals held in memory, one array per index segment.
 *
 * <p>Lucene's {@code SortedSetDocValuesFacetCounts} decodes each matching document's ordinals from the doc values
 * (an address lookup, then packed values) at every search; counting a broad search's facets (tens of thousands of
 * products, fifteen values each) was a quarter of a search's time. The ordinals never change within a segment, so
 * they are read once per segment (4 bytes per value: ~6 MB for 100,000 products) and kept until the segment
 * is closed; a product change adds a small segment and leaves the big one's array in place. The counts, labels and
 * order are exactly those of Lucene's class (a unit test compares them on random indexes with deletions).
 */
final class FacetOrdinals {

    private final ConcurrentHashMap<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    /** One segment's ordinals: document {@code d}'s are {@code ords[starts[d]]} to {@code ords[starts[d + 1] - 1]}. */
    record Segment(int[] starts, int[] ords, int valueCount) {

        static Segment read(LeafReader reader, String field) throws IOException {
            SortedSetDocValues values = DocValues.getSortedSet(reader, field);
            int maxDoc = reader.maxDoc();
            int[] starts = new int[maxDoc + 1];
            int[] ords = new int[Math.max(16, maxDoc * 8)];
            int n = 0;
            int next = 0; // the next document whose start is not yet set
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                while (next <= doc) {
                    starts[next++] = n;
                }
                int count = values.docValueCount();
                if (n + count > ords.length) {
                    ords = Arrays.copyOf(ords, Math.max(n + count, ords.length + (ords.length >> 1)));
                }
                for (int i = 0; i < count; i++) {
                    ords[n++] = Math.toIntExact(values.nextOrd());
                }
            }
            while (next <= maxDoc) {
                starts[next++] = n;
            }
            return new Segment(starts, Arrays.copyOf(ords, n), Math.toIntExact(values.getValueCount()));
        }
    }

    /** The ordinals of a segment, read on first use and dropped when the segment closes. */
    Segment of(LeafReader reader, String field) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return Segment.read(reader, field);
        }
        IndexReader.CacheKey key = helper.getKey();
        Segment segment = segments.get(key);
        if (segment == null) {
            segment = Segment.read(reader, field);
            if (segments.putIfAbsent(key, segment) == null) {
                helper.addClosedListener(segments::remove);
            }
        }
        return segment;
    }

    int segmentsHeld() {
        return segments.size();
    }

    /** One index reader's facet state: Lucene's, plus every ordinal's label read once. */
    static final class ReaderState {

        final IndexReader reader;
        final SortedSetDocValuesReaderState state;
        private final String[] labels;

        ReaderState(IndexReader reader, FacetsConfig config) throws IOException {
            this.reader = reader;
            this.state = new DefaultSortedSetDocValuesReaderState(reader, config);
            SortedSetDocValues values = state.getDocValues();
            labels = new String[state.getSize()];
            for (int ord = 0; ord < labels.length; ord++) {
                String path = values.lookupOrd(ord).utf8ToString();
                labels[ord] = path.substring(path.indexOf(FacetsConfig.DELIM_CHAR) + 1);
            }
        }
    }

    /** Drill sideways whose counts come from the ordinals in memory. */
    DrillSideways drillSideways(IndexSearcher searcher, FacetsConfig config, ReaderState readerState) {
        return new DrillSideways(searcher, config, readerState.state) {
            @Override
            protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
                    String[] drillSidewaysDims) throws IOException {
                Facets down = counts(readerState, drillDowns);
                if (drillSideways == null || drillSideways.length == 0) {
                    return down;
                }
                Map<String, Facets> sideways = new HashMap<>();
                for (int i = 0; i < drillSideways.length; i++) {
                    sideways.put(drillSidewaysDims[i], counts(readerState, drillSideways[i]));
                }
                return new MultiFacets(sideways, down);
            }
        };
    }

    /** The facet counts of the documents a collector gathered. */
    Counts counts(ReaderState readerState, FacetsCollector hits) throws IOException {
        int[] counts = new int[readerState.state.getSize()];
        if (hits != null) {
            SortedSetDocValues global = readerState.state.getDocValues();
            OrdinalMap map = global instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
            for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) {
                if (docs.totalHits == 0) {
                    continue;
                }
                DocIdSetIterator it = docs.bits.iterator();
                if (it == null) {
                    continue;
                }
                Segment segment = of(docs.context.reader(), readerState.state.getField());
                int[] starts = segment.starts();
                int[] ords = segment.ords();
                int[] target = map == null ? counts : new int[segment.valueCount()];
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                        target[ords[i]]++;
                    }
                }
                if (map != null) {
                    LongValues toGlobal = map.getGlobalOrds(docs.context.ord);
                    for (int ord = 0; ord < target.length; ord++) {
                        if (target[ord] != 0) {
                            counts[(int) toGlobal.get(ord)] += target[ord];
                        }
                    }
                }
            }
        }
        return new Counts(readerState, counts);
    }

    /** Counts per ordinal, answered as Lucene's sorted-set facet counts answer (flat dimensions). */
    static final class Counts extends Facets {

        private final ReaderState readerState;
        private final int[] counts;

        Counts(ReaderState readerState, int[] counts) {
            this.readerState = readerState;
            this.counts = counts;
        }

        private SortedSetDocValuesReaderState.OrdRange range(String dim, String... path) {
            if (path.length > 0) {
                throw new IllegalArgumentException("Facet dimensions here are flat: " + dim);
            }
            return readerState.state.getOrdRange(dim); // null for a dimension no document has
        }

        private List<Integer> present(SortedSetDocValuesReaderState.OrdRange range) {
            List<Integer> present = new ArrayList<>();
            if (range != null) {
                for (int ord = range.start; ord <= range.end; ord++) {
                    if (counts[ord] > 0) {
                        present.add(ord);
                    }
                }
            }
            return present;
        }

        @Override
        public FacetResult getTopChildren(int topN, String dim, String... path) {
            validateTopN(topN);
            List<Integer> present = present(range(dim, path));
            // most frequent first; ties in ordinal (label) order, as Lucene orders them
            present.sort((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
            return result(dim, present.subList(0, Math.min(topN, present.size())), total(present), present.size());
        }

        @Override
        public FacetResult getAllChildren(String dim, String... path) {
            List<Integer> present = present(range(dim, path));
            return result(dim, present, total(present), present.size());
        }

        private int total(List<Integer> ords) {
            int total = 0;
            for (int ord : ords) {
                total += counts[ord];
            }
            return total;
        }

        private FacetResult result(String dim, List<Integer> ords, int total, int childCount) {
            if (childCount == 0) {
                return null;
            }
            LabelAndValue[] values = new LabelAndValue[ords.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = new LabelAndValue(readerState.labels[ords.get(i)], counts[ords.get(i)]);
            }
            return new FacetResult(dim, new String[0], total, values, childCount);
        }

        @Override
        public Number getSpecificValue(String dim, String... path) {
            if (path.length != 1) {
                throw new IllegalArgumentException("A value of a flat dimension is one path element: " + dim);
            }
            SortedSetDocValuesReaderState.OrdRange range = range(dim);
            for (int ord = range == null ? 0 : range.start; range != null && ord <= range.end; ord++) {
                if (readerState.labels[ord].equals(path[0])) {
                    return counts[ord];
                }
            }
            return -1;
        }

        @Override
        public List<FacetResult> getAllDims(int topN) {
            List<FacetResult> results = new ArrayList<>();
            for (String dim : readerState.state.getDims()) {
                FacetResult result = getTopChildren(topN, dim);
                if (result != null) {
                    results.add(result);
                }
            }
            results.sort((a, b) -> a.value.intValue() != b.value.intValue()
                    ? Integer.compare(b.value.intValue(), a.value.intValue()) : a.dim.compareTo(b.dim));
            return results;
        }
    }
}
