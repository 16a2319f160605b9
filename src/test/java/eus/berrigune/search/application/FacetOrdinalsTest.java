package eus.berrigune.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The in-memory facet counts answer exactly what Lucene's sorted-set facet counts answer. */
class FacetOrdinalsTest {

    static final List<String> DIMS = List.of("risk", "lang", "emdn1", "empty"); // no document has "empty"
    static final FacetsConfig CONFIG = config();

    static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("lang", true);
        config.setMultiValued("empty", true);
        return config;
    }

    /** Random documents over several segments (no merging), some deleted; returns a reader. */
    static DirectoryReader index(Random random, ByteBuffersDirectory directory) throws IOException {
        IndexWriterConfig writerConfig = new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, writerConfig)) {
            for (int segment = 0; segment < 4; segment++) {
                for (int i = 0; i < 200 + random.nextInt(200); i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", segment + "-" + i, Field.Store.NO));
                    doc.add(new StringField("word", "w" + random.nextInt(5), Field.Store.NO));
                    if (random.nextInt(10) > 0) { // some documents have no risk class
                        doc.add(new SortedSetDocValuesFacetField("risk", "R" + random.nextInt(4 + segment)));
                    }
                    for (String lang : List.of("eu", "es", "en")) {
                        if (random.nextBoolean()) {
                            doc.add(new SortedSetDocValuesFacetField("lang", lang));
                        }
                    }
                    doc.add(new SortedSetDocValuesFacetField("emdn1", String.valueOf((char) ('A' + random.nextInt(20)))));
                    writer.addDocument(CONFIG.build(doc));
                }
                writer.commit();
                writer.deleteDocuments(new Term("word", "w" + random.nextInt(5)), new Term("id", segment + "-3"));
            }
            writer.commit();
        }
        return DirectoryReader.open(directory);
    }

    static void assertSameCounts(Facets expected, Facets actual) throws IOException {
        for (String dim : DIMS) {
            for (int topN : new int[] {1, 3, 50}) {
                FacetResult want = expected.getTopChildren(topN, dim);
                FacetResult got = actual.getTopChildren(topN, dim);
                if (want == null) {
                    assertThat(got).as(dim).isNull();
                } else {
                    assertThat(got).as(dim).isNotNull();
                    assertThat(got.labelValues).as(dim + " top " + topN).containsExactly(want.labelValues);
                    assertThat(got.childCount).as(dim).isEqualTo(want.childCount);
                }
            }
        }
    }

    @Test
    void countsAreLucenesOnSeveralSegmentsWithDeletions() throws IOException {
        for (long seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                 DirectoryReader reader = index(random, directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                IndexSearcher searcher = new IndexSearcher(reader);
                FacetOrdinals ordinals = new FacetOrdinals();
                FacetOrdinals.ReaderState state = new FacetOrdinals.ReaderState(reader, CONFIG);
                for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("word", "w1")),
                        new TermQuery(new Term("word", "w4")), new TermQuery(new Term("word", "none")))) {
                    FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
                    assertSameCounts(new SortedSetDocValuesFacetCounts(state.state, hits), ordinals.counts(state, hits));
                }
                assertThat(ordinals.segmentsHeld()).isEqualTo(reader.leaves().size());
            }
        }
    }

    @Test
    void drillSidewaysCountsAreLucenes() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             DirectoryReader reader = index(new Random(42), directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            FacetOrdinals.ReaderState state = new FacetOrdinals.ReaderState(reader, CONFIG);
            DrillDownQuery drill = new DrillDownQuery(CONFIG, new TermQuery(new Term("word", "w2")));
            drill.add("risk", "R1");
            drill.add("lang", "eu");
            DrillSideways.DrillSidewaysResult expected = new DrillSideways(searcher, CONFIG, state.state)
                    .search(drill, null, null, 10, null, false);
            DrillSideways.DrillSidewaysResult actual = new FacetOrdinals().drillSideways(searcher, CONFIG, state)
                    .search(drill, null, null, 10, null, false);
            assertThat(actual.hits.totalHits).isEqualTo(expected.hits.totalHits);
            assertSameCounts(expected.facets, actual.facets);
        }
    }

    @Test
    void aClosedSegmentsOrdinalsAreDropped() throws IOException {
        FacetOrdinals ordinals = new FacetOrdinals();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (DirectoryReader reader = index(new Random(7), directory)) {
                FacetOrdinals.ReaderState state = new FacetOrdinals.ReaderState(reader, CONFIG);
                ordinals.counts(state, new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager()));
                assertThat(ordinals.segmentsHeld()).isPositive();
            }
            assertThat(ordinals.segmentsHeld()).isZero();
        }
    }
}
