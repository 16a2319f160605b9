package eus.berrigune.search.application;

import eus.berrigune.catalog.application.CatalogIndexFeed;
import eus.berrigune.shared.application.DatabaseOutage;
import eus.berrigune.catalog.application.IndexableProduct;
import eus.berrigune.catalog.domain.CarbonBand;
import eus.berrigune.catalog.application.ProductChanged;
import eus.berrigune.catalog.application.ProductDetails;
import eus.berrigune.catalog.domain.CeStatus;
import eus.berrigune.catalog.domain.EvidenceLevel;
import eus.berrigune.catalog.domain.InteroperabilityStandard;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.catalog.domain.RiskClass;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.shared.domain.Language;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Full-text, faceted search over the catalogue with embedded Lucene (docs/search.md).
 *
 * <p>The index is derived data: it is rebuilt from the database at every start (so after a crash or restart it
 * never returns a deleted, unpublished or stale product) and kept current by observing {@link ProductChanged}
 * after each commit; a new day rebuilds it in the background (certificate validity). It holds products in every
 * state; each query adds the catalogue's visibility rule (published, or owned by the caller's company), so search
 * shows exactly what the caller may read.
 *
 * <p>Input is data, never syntax: queries are built term by term, so quotes, brackets, wildcards or query-parser
 * operators are just characters.
 */
@ApplicationScoped
public class ProductSearch {

    private static final Logger LOG = Logger.getLogger(ProductSearch.class.getName());

    /** Facet dimensions, in the order the pages show them. */
    public static final List<String> DIMENSIONS = List.of(
            "risk", "ce", "evidence", "verified", "trl", "co2", "takeback", "interop", "local", "lang");
    static final int EMDN_LEVELS = 7;
    static final int FEED_PAGE = 500;
    static final int INDEXING_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    static final String ID = "id";
    static final String STATUS = "status";
    static final String COMPANY = "company";
    static final String CODE = "code";
    static final String EMDN_PATH = "emdn_path";

    @Inject
    CatalogIndexFeed feed;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ProductIndexed> indexed;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedScheduledExecutorService executor;

    private final java.util.concurrent.atomic.AtomicBoolean rebuildingForNewDay =
            new java.util.concurrent.atomic.AtomicBoolean();
    private java.util.concurrent.ScheduledFuture<?> daily;

    final FacetsConfig facets = facetsConfig();
    final Analyzer analyzer = Analyzers.perField();
    /** Searches and single-product updates share the index; a rebuild swaps it under the write lock. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock lock =
            new java.util.concurrent.locks.ReentrantReadWriteLock();
    private volatile Index index;
    private volatile FacetOrdinals.ReaderState facetState;
    private final FacetOrdinals facetOrdinals = new FacetOrdinals();
    private volatile FuzzyExpansions fuzzyExpansions;
    private volatile ResultCache resultCache;
    /**
     * Products changed while a rebuild reads the database: the rebuild may have read them before the change, so they
     * are read again into the new index once it is swapped in. Null while no rebuild runs.
     */
    private java.util.Set<Long> changedDuringRebuild;

    /** One built index: its files, writer and searchers, and the day its date-dependent facts were computed for. */
    private record Index(Path path, MMapDirectory directory, IndexWriter writer, SearcherManager searchers, LocalDate day)
            implements java.io.Closeable {
        @Override
        public void close() throws IOException {
            searchers.close();
            writer.close();
            directory.close();
            try (var files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("interop", true);
        config.setMultiValued("lang", true);
        return config;
    }

    /** Builds the index from the database once the schema is migrated and the demo data (if any) loaded. */
    void start(@Observes @Priority(300) Startup startup) {
        rebuild();
        scheduleDailyRebuild();
    }

    /**
     * Indexes every product again from the database into a new index, then swaps it in; searches keep using the
     * old one until then, and a failed rebuild leaves the old one in place. Products changed meanwhile are read again
     * into the new one ({@link #reindex}).
     */
    public synchronized void rebuild() {
        long started = System.nanoTime();
        Path path = null;
        java.util.Set<Long> changedMeanwhile = java.util.concurrent.ConcurrentHashMap.newKeySet();
        lock.writeLock().lock();
        try {
            changedDuringRebuild = changedMeanwhile;
        } finally {
            lock.writeLock().unlock();
        }
        try {
            path = Files.createTempDirectory("berrigune-search");
            MMapDirectory directory = new MMapDirectory(path);
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(32));
            LocalDate today = LocalDate.now(clock);
            int count = indexAll(writer, today);
            // One segment: facet counts then read each document's values directly, without mapping every
            // segment's ordinals to global ones (that mapping was a fifth of a search's time at 100,000 products).
            // Later single-product updates add small segments that the merge policy folds in as usual.
            writer.forceMerge(1);
            writer.commit();
            Index fresh = new Index(path, directory, writer, new SearcherManager(writer, null), today);
            Index old;
            lock.writeLock().lock();
            try {
                old = index;
                index = fresh;
                facetState = null;
                fuzzyExpansions = null;
                changedDuringRebuild = null;
            } finally {
                lock.writeLock().unlock();
            }
            // a change committed while the database was read may be missing from the new index: read it again
            changedMeanwhile.forEach(this::reindexQuietly);
            if (old != null) {
                old.close();
            }
            int indexed = count;
            LOG.info(() -> String.format(Locale.ROOT, "Search index built: %d products in %.1f s", indexed,
                    (System.nanoTime() - started) / 1e9));
            // A rebuild (at start, then once a day) leaves some 150 MB of its own garbage in the old generation:
            // collect it now, so that the heap shrinks back (MaxHeapFreeRatio in jvm.options) and the server's
            // resident memory with it, instead of carrying it until the old generation fills up.
            System.gc();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.writeLock().lock();
            try {
                changedDuringRebuild = null; // a failed rebuild: the changes went into the index still in use
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    /**
     * Reads every product from the database, page by page in this thread, while {@link #INDEXING_THREADS} threads
     * analyse and add the pages already read (IndexWriter is made for concurrent additions): analysis, not the
     * database, is most of a rebuild's time, and one thread per core nearly halves it. The indexing threads only run
     * Lucene on records already read (no container services), and at most a few pages wait in memory.
     */
    private int indexAll(IndexWriter writer, LocalDate today) throws IOException {
        java.util.concurrent.ExecutorService indexers = java.util.concurrent.Executors.newFixedThreadPool(
                INDEXING_THREADS, work -> {
                    Thread thread = new Thread(work, "berrigune-search-rebuild");
                    thread.setDaemon(true);
                    return thread;
                });
        java.util.concurrent.Semaphore waiting = new java.util.concurrent.Semaphore(INDEXING_THREADS * 2);
        List<java.util.concurrent.Future<?>> pages = new ArrayList<>();
        int count = 0;
        try {
            long after = 0;
            List<IndexableProduct> page;
            while (!(page = feed.page(after, FEED_PAGE)).isEmpty()) {
                after = page.get(page.size() - 1).id();
                count += page.size();
                waiting.acquireUninterruptibly();
                List<IndexableProduct> products = page;
                pages.add(indexers.submit(() -> {
                    try {
                        for (IndexableProduct product : products) {
                            writer.addDocument(facets.build(document(product, today)));
                        }
                        return null;
                    } finally {
                        waiting.release();
                    }
                }));
            }
            for (java.util.concurrent.Future<?> added : pages) {
                added.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while rebuilding the search index", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            indexers.shutdownNow();
        }
        return count;
    }

    /** Keeps the index current: re-reads the product after its transaction committed. */
    void onProductChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductChanged event) {
        reindex(event.productId());
        indexed.fire(new ProductIndexed(event.productId(), event.status()));
    }

    /**
     * Re-reads one product from the database into the index (or removes it when it is gone). While a rebuild runs
     * (the first build at start included) the product is also noted, and read again into the new index once that is
     * in place: the rebuild may have read it before this change.
     */
    public void reindex(long productId) {
        Optional<IndexableProduct> product = feed.product(productId);
        lock.readLock().lock();
        try {
            if (changedDuringRebuild != null) {
                changedDuringRebuild.add(productId);
            }
            Index current = index;
            if (current == null) {
                return;
            }
            Term id = new Term(ID, Long.toString(productId));
            if (product.isPresent()) {
                current.writer().updateDocument(id, facets.build(document(product.get(), current.day())));
            } else {
                current.writer().deleteDocuments(id);
            }
            current.writer().commit();
            current.searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Searches what the caller may see; an answer already found on the current index may be reused. */
    public SearchResponse search(SearchRequest request) {
        return search(request, false);
    }

    /**
     * Searches what the caller may see.
     *
     * @param fresh whether to search the index again rather than reuse an answer found on it ({@link ResultCache});
     *     either way the hits are checked against the database
     */
    public SearchResponse search(SearchRequest request, boolean fresh) {
        long started = System.nanoTime();
        if (!LocalDate.now(clock).equals(index.day())) {
            rebuildInBackground(); // certificate validity and "expired" flags are facts of the day
        }
        return onSearcher(searcher -> {
            if (searcher.getIndexReader().maxDoc() == 0) {
                return new SearchResponse(0, request.page(), request.size(), List.of(), List.of(), true,
                        (System.nanoTime() - started) / 1e6);
            }
            ResultCache cache = resultCache(searcher);
            ResultCache.Key key = new ResultCache.Key(request, ownCompany().orElse(null));
            Optional<ResultCache.Answer> kept = fresh ? Optional.empty() : cache.find(key);
            ResultCache.Answer answer = kept.isPresent() ? kept.get() : find(searcher, request);
            if (kept.isEmpty()) {
                cache.keep(key, answer);
            }
            return new SearchResponse(answer.total(), request.page(), request.size(), stillVisible(answer.hits()),
                    answer.facets(), answer.allWords(), (System.nanoTime() - started) / 1e6);
        });
    }

    /** Work on one index reader. */
    @FunctionalInterface
    private interface SearcherWork<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    /** Runs the work on the current index's searcher, under the lock that keeps a rebuild from swapping it away. */
    private <T> T onSearcher(SearcherWork<T> work) {
        lock.readLock().lock();
        SearcherManager searchers = index.searchers();
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            return work.on(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (searcher != null) {
                try {
                    searchers.release(searcher);
                } catch (IOException e) {
                    LOG.warning("Could not release a searcher: " + e);
                }
            }
            lock.readLock().unlock();
        }
    }

    /** The search itself, on one index reader: hits of the page, total and facet counts. */
    private ResultCache.Answer find(IndexSearcher searcher, SearchRequest request) throws IOException {
        FuzzyExpansions fuzzy = fuzzyExpansions(searcher);
        List<Query> texts = textQueries(request.text(), fuzzy);
        DrillSideways.DrillSidewaysResult result = null;
        boolean allWords = true;
        for (int i = 0; i < texts.size(); i++) {
            result = drillSideways(searcher, request, texts.get(i));
            allWords = i == 0;
            if (result.hits.totalHits.value > 0) {
                break;
            }
        }
        List<SearchResponse.Hit> hits = new ArrayList<>();
        ScoreDoc[] docs = result.hits.scoreDocs;
        Set<String> queryTerms = queryTerms(request.text());
        for (int i = request.page() * request.size(); i < docs.length; i++) {
            hits.add(hit(searcher.storedFields().document(docs[i].doc), request.language(), queryTerms));
        }
        List<SearchResponse.Facet> facetList = new ArrayList<>();
        for (String dimension : DIMENSIONS) {
            facetList.add(facet(result.facets, dimension, request.filters().getOrDefault(dimension, List.of())));
        }
        if (request.emdn() != null) {
            int level = levelOf(request.emdn());
            if (level < EMDN_LEVELS) {
                facetList.add(facet(result.facets, "emdn" + (level + 1), List.of()));
            }
        } else {
            facetList.add(facet(result.facets, "emdn1", List.of()));
        }
        return new ResultCache.Answer(result.hits.totalHits.value, List.copyOf(hits), List.copyOf(facetList),
                allWords);
    }

    /** One search with its facet counts, each dimension counted with the other dimensions' selections applied. */
    private DrillSideways.DrillSidewaysResult drillSideways(IndexSearcher searcher, SearchRequest request, Query text)
            throws IOException {
        DrillDownQuery drill = new DrillDownQuery(facets, baseQuery(request, text));
        request.filters().forEach((dimension, values) -> {
            if (DIMENSIONS.contains(dimension)) {
                for (String value : values) {
                    drill.add(dimension, value);
                }
            }
        });
        int wanted = (request.page() + 1) * request.size();
        DrillSideways sideways = facetOrdinals.drillSideways(searcher, facets, facetState(searcher));
        return sideways.search(drill, null, null, wanted, sort(request.sort()), false);
    }

    /**
     * Whether a published product is among the results of a search as anybody may see it (saved-search alerts: only
     * published products are ever announced).
     */
    public boolean publishedMatch(SearchCriteria criteria, long productId) {
        return onSearcher(searcher -> {
            BooleanQuery.Builder query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ID, Long.toString(productId))), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(STATUS, ProductStatus.PUBLISHED.name())), BooleanClause.Occur.FILTER);
            if (criteria.emdn() != null) {
                query.add(new TermQuery(new Term(EMDN_PATH, criteria.emdn())), BooleanClause.Occur.FILTER);
            }
            Query text = textQueries(criteria.text(), null).get(0);
            if (text != null) {
                query.add(text, BooleanClause.Occur.MUST);
            }
            DrillDownQuery drill = new DrillDownQuery(facets, query.build());
            criteria.filters().forEach((dimension, values) -> values.forEach(value -> drill.add(dimension, value)));
            return searcher.count(drill) > 0;
        });
    }

    /**
     * Certificate validity is a fact of the day: a new day rebuilds the index on a managed executor (scheduled just
     * after midnight, and started by the first search of a day should that not have run), while searches go on
     * against the current index; the rebuilt one is swapped in when complete.
     */
    private void rebuildInBackground() {
        if (executor == null || !rebuildingForNewDay.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    if (!LocalDate.now(clock).equals(index.day())) {
                        rebuild();
                    }
                } catch (RuntimeException e) {
                    LOG.log(java.util.logging.Level.WARNING, "Could not rebuild the search index for the new day", e);
                } finally {
                    rebuildingForNewDay.set(false);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            rebuildingForNewDay.set(false);
            LOG.warning("Could not schedule the search index rebuild for the new day: " + e);
        }
    }

    /** Schedules the daily rebuild for just after each midnight (server time zone, docs/operations.md). */
    private void scheduleDailyRebuild() {
        if (executor == null) {
            return;
        }
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock);
        long delay = java.time.Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone())
                .plusSeconds(30)).toSeconds();
        daily = executor.scheduleAtFixedRate(this::rebuildInBackground, delay, java.time.Duration.ofDays(1).toSeconds(),
                java.util.concurrent.TimeUnit.SECONDS);
    }

    /**
     * The database has the last word: a hit whose product is no longer visible to the caller (changed through
     * another server, or an update this one missed) is dropped and re-read into the index. While the database cannot
     * be reached the index answers alone.
     */
    private List<SearchResponse.Hit> stillVisible(List<SearchResponse.Hit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        Map<Long, CatalogIndexFeed.State> states;
        try {
            states = feed.states(hits.stream().map(SearchResponse.Hit::id).toList());
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            // The index alone is the answer while the database is down: its visibility filter already kept to what
            // this caller may see (published products, and a supplier's own), as of the last change this server
            // indexed. Only a change made through another server meanwhile may be missing (docs/reliability.md).
            LOG.fine(() -> "Database unavailable; search answered from the index alone: " + e);
            return hits;
        }
        Optional<Long> ownCompany = ownCompany();
        List<SearchResponse.Hit> visible = new ArrayList<>();
        for (SearchResponse.Hit hit : hits) {
            CatalogIndexFeed.State state = states.get(hit.id());
            boolean readable = state != null && (state.status() == ProductStatus.PUBLISHED
                    || ownCompany.map(c -> c == state.companyId()).orElse(false));
            if (readable && state.status() == hit.status()) {
                visible.add(hit);
            } else {
                LOG.info(() -> "Search index was stale for product " + hit.id() + "; re-reading it");
                reindexQuietly(hit.id());
                if (readable) {
                    visible.add(hit);
                }
            }
        }
        return visible;
    }

    /** Re-reads a product now; a failure is logged, the search answers anyway. */
    private void reindexQuietly(long productId) {
        try {
            reindex(productId);
        } catch (RuntimeException e) {
            LOG.warning("Could not re-read product " + productId + " into the search index: " + e);
        }
    }

    /**
     * Suggestions as you type: the names, in the reader's language where the product has it, of the best matches
     * for what has been typed so far. The words already complete match as in a search; the last word, still being
     * typed, is a prefix of any word ("card" suggests "cardiac"; accents folded) or the word itself with its typos.
     * What the caller may see is decided as in a search, the database check included.
     */
    public List<String> suggest(String typed, int limit, Language language) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        int wanted = Math.max(1, Math.min(limit, 10));
        Query query = suggestQuery(typed);
        if (query == null) {
            return List.of();
        }
        return onSearcher(searcher -> {
            List<SearchResponse.Hit> hits = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(query, wanted * 3).scoreDocs) {
                hits.add(hit(searcher.storedFields().document(doc.doc), language, Set.of()));
            }
            return stillVisible(hits).stream().map(SearchResponse.Hit::name).distinct().limit(wanted).toList();
        });
    }

    /** What {@link #suggest} looks for; null when nothing searchable was typed. */
    Query suggestQuery(String typed) {
        String text = typed.length() > SearchRequest.MAX_TEXT ? typed.substring(0, SearchRequest.MAX_TEXT) : typed;
        boolean typing = !Character.isWhitespace(text.charAt(text.length() - 1)); // no space after the last word
        int lastSpace = text.length() - 1;
        while (lastSpace >= 0 && !Character.isWhitespace(text.charAt(lastSpace))) {
            lastSpace--;
        }
        String complete = typing ? text.substring(0, lastSpace + 1) : text;
        List<String> last = typing ? analyze(Analyzers.folded(), text.substring(lastSpace + 1)) : List.of();
        if (last.size() > 1) { // "bihotz-moni": "bihotz" is complete, "moni" is being typed
            complete = complete + " " + String.join(" ", last.subList(0, last.size() - 1));
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(visibility(), BooleanClause.Occur.FILTER);
        Query words = textQueries(complete, null).get(0); // every complete word, as in a search
        if (words != null) {
            query.add(words, BooleanClause.Occur.MUST);
        }
        String prefix = last.isEmpty() ? null : last.get(last.size() - 1);
        if (prefix != null) {
            BooleanQuery.Builder word = new BooleanQuery.Builder()
                    .add(new PrefixQuery(new Term(Analyzers.FOLDED, prefix)), BooleanClause.Occur.SHOULD);
            Query whole = textQuery(prefix);
            if (whole != null) {
                word.add(whole, BooleanClause.Occur.SHOULD);
            }
            query.add(word.build(), BooleanClause.Occur.MUST);
        }
        return words == null && prefix == null ? null : query.build();
    }

    private Query baseQuery(SearchRequest request, Query text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(visibility(), BooleanClause.Occur.FILTER);
        if (request.emdn() != null) {
            query.add(new TermQuery(new Term(EMDN_PATH, request.emdn())), BooleanClause.Occur.FILTER);
        }
        if (text != null) { // without text, the filters alone select (no match-all clause to step through)
            query.add(text, BooleanClause.Occur.MUST);
        }
        return query.build();
    }

    /** Published products, and the caller's own company's products in any state. */
    private Query visibility() {
        BooleanQuery.Builder visible = new BooleanQuery.Builder();
        visible.add(new TermQuery(new Term(STATUS, ProductStatus.PUBLISHED.name())), BooleanClause.Occur.SHOULD);
        ownCompany().ifPresent(company -> visible.add(new TermQuery(new Term(COMPANY, Long.toString(company))),
                BooleanClause.Occur.SHOULD));
        return visible.build();
    }

    /** The company whose products in any state the caller may find: a supplier's own. */
    private Optional<Long> ownCompany() {
        return currentUser.get().filter(u -> u.hasRole(Role.SUPPLIER)).map(AuthenticatedUser::organisationId);
    }

    /**
     * The text queries to try in turn: first every word of the text must match (each in any language, stemmed, with
     * typos forgiven, or as a code), then, when that finds nothing and the text has several words, any of them.
     * A word that is only stop words ("de", "eta", "the") is left out. One null element for a blank text.
     */
    List<Query> textQueries(String text, FuzzyExpansions fuzzy) {
        if (text == null || text.isBlank()) {
            return java.util.Collections.singletonList(null);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int words = 0;
        for (String token : text.split("[\\s,;]+")) {
            if (words == MAX_REQUIRED_WORDS) {
                break;
            }
            boolean onlyStopWords = analyze(Analyzers.folded(), token).stream().allMatch(Analyzers::isStopWord);
            Query word = onlyStopWords ? null : textQuery(token, fuzzy);
            if (word != null) {
                all.add(word, BooleanClause.Occur.MUST);
                words++;
            }
        }
        Query any = textQuery(text, fuzzy);
        if (words <= 1 || any == null) {
            return java.util.Collections.singletonList(any);
        }
        return List.of(all.build(), any);
    }

    /** Beyond this many words a text's words are no longer all required (the rest only rank). */
    private static final int MAX_REQUIRED_WORDS = 8;

    /**
     * The text in every language (stemmed), typo-tolerant on the folded words, and as codes (EMDN prefix, UDI-DI,
     * notified body, CPV), any of them matching; null for a blank text.
     */
    Query textQuery(String text) {
        return textQuery(text, null);
    }

    /** As {@link #textQuery(String)}, with the typo-tolerant words expanded through {@code fuzzy} when given. */
    Query textQuery(String text, FuzzyExpansions fuzzy) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        QueryBuilder builder = new QueryBuilder(analyzer);
        for (Language language : Language.values()) {
            Query q = builder.createBooleanQuery(Analyzers.textField(language), text, BooleanClause.Occur.SHOULD);
            if (q != null) {
                any.add(new BoostQuery(q, 2f), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        for (String word : analyze(Analyzers.folded(), text)) {
            if (Analyzers.isStopWord(word)) {
                continue;
            }
            if (word.length() >= 4 && clauses < 60) {
                Query typos = new FuzzyQuery(new Term(Analyzers.FOLDED, word), word.length() >= 7 ? 2 : 1, 1);
                any.add(new BoostQuery(fuzzy == null ? typos : fuzzy.expand(typos), 0.6f),
                        BooleanClause.Occur.SHOULD);
                clauses++;
            } else if (clauses < 60) {
                any.add(new TermQuery(new Term(Analyzers.FOLDED, word)), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        for (String token : text.split("[\\s,;]+")) {
            String code = token.replaceAll("^[^\\p{Alnum}]+|[^\\p{Alnum}]+$", "").toLowerCase(Locale.ROOT);
            if (!code.isEmpty() && clauses < 80) {
                any.add(new BoostQuery(new TermQuery(new Term(CODE, code)), 4f), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : any.build();
    }

    private static Sort sort(SearchRequest.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> null;
            case EVIDENCE -> new Sort(new SortField("evidence_rank", SortField.Type.INT, true), SortField.FIELD_SCORE);
            case CARBON -> {
                SortField carbon = new SortField("kg_co2e", SortField.Type.DOUBLE);
                carbon.setMissingValue(Double.MAX_VALUE);
                yield new Sort(carbon, SortField.FIELD_SCORE);
            }
            case UPDATED -> new Sort(new SortField("updated", SortField.Type.LONG, true));
        };
    }

    private FacetOrdinals.ReaderState facetState(IndexSearcher searcher) throws IOException {
        // (an empty index has no facet fields; search() answers it before getting here)
        FacetOrdinals.ReaderState current = facetState;
        if (current == null || current.reader != searcher.getIndexReader()) {
            current = new FacetOrdinals.ReaderState(searcher.getIndexReader(), facets);
            facetState = current;
        }
        return current;
    }

    private ResultCache resultCache(IndexSearcher searcher) {
        ResultCache current = resultCache;
        if (current == null || !current.isFor(searcher.getIndexReader())) {
            current = new ResultCache(searcher.getIndexReader());
            resultCache = current;
        }
        return current;
    }

    private FuzzyExpansions fuzzyExpansions(IndexSearcher searcher) {
        FuzzyExpansions current = fuzzyExpansions;
        if (current == null || current.searcher().getIndexReader() != searcher.getIndexReader()) {
            current = new FuzzyExpansions(searcher, new java.util.concurrent.ConcurrentHashMap<>());
            fuzzyExpansions = current;
        }
        return current;
    }

    /**
     * The typo-tolerant words of queries, already expanded against one index reader's term dictionary. Expanding a
     * word (building its Levenshtein automata and walking the terms) cost more than all the rest of a search, and
     * the same words come back query after query; the expansion is exactly what Lucene would compute for that
     * reader (the same matching terms and boosts), so it is kept until the reader changes (any product change or
     * rebuild). Bounded: emptied when it holds {@value #MAX_FUZZY_EXPANSIONS} words.
     */
    record FuzzyExpansions(IndexSearcher searcher, java.util.concurrent.ConcurrentHashMap<Query, Query> expanded) {

        Query expand(Query fuzzy) {
            Query done = expanded.get(fuzzy);
            if (done == null) {
                try {
                    done = searcher.rewrite(fuzzy);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (expanded.size() >= MAX_FUZZY_EXPANSIONS) {
                    expanded.clear();
                }
                expanded.put(fuzzy, done);
            }
            return done;
        }
    }

    static final int MAX_FUZZY_EXPANSIONS = 20_000;

    private static SearchResponse.Facet facet(Facets counts, String dimension, List<String> selected) throws IOException {
        List<SearchResponse.FacetValue> values = new ArrayList<>();
        FacetResult result = counts.getTopChildren(50, dimension); // null when no product has the dimension
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                values.add(new SearchResponse.FacetValue(lv.label, lv.value.longValue(), selected.contains(lv.label)));
            }
        }
        for (String value : selected) {
            if (values.stream().noneMatch(v -> v.value().equals(value))) {
                values.add(new SearchResponse.FacetValue(value, 0, true));
            }
        }
        values.sort(Comparator.comparing(SearchResponse.FacetValue::count).reversed()
                .thenComparing(SearchResponse.FacetValue::value));
        return new SearchResponse.Facet(dimension, values);
    }

    Document document(IndexableProduct p, LocalDate today) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(p.id()), Field.Store.YES));
        doc.add(new StringField(STATUS, p.status().name(), Field.Store.YES));
        doc.add(new StringField(COMPANY, Long.toString(p.companyId()), Field.Store.NO));
        StringBuilder folded = new StringBuilder(p.companyName()).append(' ');
        for (Map.Entry<String, ProductDetails.Text> t : p.texts().entrySet()) {
            Language language = Language.fromCode(t.getKey()).orElse(Language.EN);
            String text = join(t.getValue().name(), t.getValue().name(), t.getValue().description(),
                    t.getValue().intendedPurpose());
            doc.add(new TextField(Analyzers.textField(language), text, Field.Store.NO));
            doc.add(new StoredField("name_" + t.getKey(), t.getValue().name()));
            folded.append(text).append(' ');
            doc.add(new SortedSetDocValuesFacetField("lang", t.getKey()));
        }
        folded.append(String.join(" ", p.emdnTerms()));
        doc.add(new TextField(Analyzers.FOLDED, folded.toString(), Field.Store.NO));
        doc.add(new TextField(Analyzers.textField(Language.EN), String.join(" ", p.emdnTerms()), Field.Store.NO));

        List<String> codes = new ArrayList<>(p.emdnPath());
        codes.addAll(p.cpvCodes());
        codes.add(p.basicUdiDi());
        codes.add(p.notifiedBodyNumber());
        for (String code : codes) {
            if (code != null && !code.isBlank()) {
                doc.add(new StringField(CODE, code.toLowerCase(Locale.ROOT), Field.Store.NO));
            }
        }
        for (int level = 0; level < p.emdnPath().size(); level++) {
            String code = p.emdnPath().get(level);
            doc.add(new StringField(EMDN_PATH, code, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField("emdn" + (level + 1), code));
        }
        if (p.emdnCode() != null) {
            doc.add(new StoredField("emdn", p.emdnCode()));
            doc.add(new StoredField("emdn_term", p.emdnTerms().isEmpty() ? "" : p.emdnTerms().get(p.emdnTerms().size() - 1)));
        }
        doc.add(new StoredField("company_name", p.companyName()));
        if (p.riskClass() != null) {
            doc.add(new SortedSetDocValuesFacetField("risk", p.riskClass().name()));
            doc.add(new StoredField("risk", p.riskClass().name()));
        }
        boolean expired = p.certificateExpiry() != null && p.certificateExpiry().isBefore(today);
        doc.add(new SortedSetDocValuesFacetField("ce", ceFacet(p.ceStatus(), expired)));
        if (p.ceStatus() != null) {
            doc.add(new StoredField("ce", p.ceStatus().name()));
        }
        doc.add(new StoredField("expired", expired ? 1 : 0));
        doc.add(new SortedSetDocValuesFacetField("evidence", p.evidenceLevel().name()));
        doc.add(new StoredField("evidence", p.evidenceLevel().name()));
        doc.add(new NumericDocValuesField("evidence_rank", p.evidenceLevel().rank()));
        doc.add(new SortedSetDocValuesFacetField("verified", p.verifiedCount() > 0 ? "yes" : "no"));
        doc.add(new StoredField("verified", p.verifiedCount()));
        if (p.trl() != null) {
            doc.add(new SortedSetDocValuesFacetField("trl", p.trl() <= 3 ? "1-3" : p.trl() <= 6 ? "4-6" : "7-9"));
            doc.add(new StoredField("trl", p.trl()));
        }
        if (p.kgCo2e() != null) {
            doc.add(new SortedSetDocValuesFacetField("co2", co2Band(p.kgCo2e())));
            doc.add(new DoubleDocValuesField("kg_co2e", p.kgCo2e().doubleValue()));
            doc.add(new StoredField("kg", p.kgCo2e().stripTrailingZeros().toPlainString()));
            doc.add(new StoredField("unit", p.declaredUnit() == null ? "" : p.declaredUnit()));
        }
        doc.add(new SortedSetDocValuesFacetField("takeback", p.takeBack() ? "yes" : "no"));
        for (InteroperabilityStandard standard : p.interoperability()) {
            doc.add(new SortedSetDocValuesFacetField("interop", standard.name()));
        }
        doc.add(new SortedSetDocValuesFacetField("local", p.clusterMember() ? "yes" : "no"));
        doc.add(new NumericDocValuesField("updated", p.updatedAt() == null ? 0 : p.updatedAt().toEpochMilli()));
        return doc;
    }

    static String ceFacet(CeStatus status, boolean expired) {
        if (status == CeStatus.CE_MARKED) {
            return expired ? "EXPIRED" : "VALID";
        }
        return status == null ? "NOT_STATED" : status.name();
    }

    /** Carbon bands in kg CO2e per declared unit (the unit itself is shown next to each result). */
    static String co2Band(BigDecimal kg) {
        return CarbonBand.of(kg).code();
    }

    private SearchResponse.Hit hit(Document doc, Language language, Set<String> queryTerms) {
        String lang = language.code();
        String name = doc.get("name_" + lang);
        if (name == null) {
            for (Language l : Language.values()) {
                if (doc.get("name_" + l.code()) != null) {
                    lang = l.code();
                    name = doc.get("name_" + lang);
                    break;
                }
            }
        }
        String kg = doc.get("kg");
        return new SearchResponse.Hit(
                Long.parseLong(doc.get(ID)),
                ProductStatus.valueOf(doc.get(STATUS)),
                name == null ? "#" + doc.get(ID) : name,
                lang,
                highlight(name == null ? "" : name, queryTerms),
                doc.get("company_name"),
                doc.get("emdn"),
                doc.get("emdn_term"),
                doc.get("risk") == null ? null : RiskClass.valueOf(doc.get("risk")),
                doc.get("ce") == null ? null : CeStatus.valueOf(doc.get("ce")),
                doc.getField("expired") != null && doc.getField("expired").numericValue().intValue() == 1,
                EvidenceLevel.valueOf(doc.get("evidence")),
                doc.getField("verified") == null ? 0 : doc.getField("verified").numericValue().longValue(),
                kg == null ? null : new BigDecimal(kg),
                doc.get("unit"),
                doc.getField("trl") == null ? null : doc.getField("trl").numericValue().intValue());
    }

    /** The words of the query in every analyzed form, for highlighting. */
    private Set<String> queryTerms(String text) {
        Set<String> terms = new HashSet<>();
        if (text != null && !text.isBlank()) {
            for (Language language : Language.values()) {
                terms.addAll(analyze(Analyzers.forLanguage(language), text));
            }
            terms.addAll(analyze(Analyzers.folded(), text));
        }
        return terms;
    }

    /** Cuts a text into words and the rest, flagging words whose analyzed form matches a query term. */
    static List<SearchResponse.Piece> highlight(String text, Set<String> queryTerms) {
        List<SearchResponse.Piece> pieces = new ArrayList<>();
        if (queryTerms.isEmpty()) {
            pieces.add(new SearchResponse.Piece(text, false));
            return pieces;
        }
        java.util.regex.Matcher words = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
        int at = 0;
        while (words.find()) {
            if (words.start() > at) {
                pieces.add(new SearchResponse.Piece(text.substring(at, words.start()), false));
            }
            String word = words.group();
            boolean match = false;
            for (Language language : Language.values()) {
                if (analyze(Analyzers.forLanguage(language), word).stream().anyMatch(queryTerms::contains)) {
                    match = true;
                    break;
                }
            }
            pieces.add(new SearchResponse.Piece(word, match));
            at = words.end();
        }
        if (at < text.length()) {
            pieces.add(new SearchResponse.Piece(text.substring(at), false));
        }
        return pieces;
    }

    static List<String> analyze(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < 50) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static int levelOf(String emdnCode) {
        return emdnCode.length() == 1 ? 1 : 1 + (emdnCode.length() - 1) / 2;
    }

    private static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                joined.append(part).append(". ");
            }
        }
        return joined.toString();
    }

    @PreDestroy
    synchronized void close() {
        if (daily != null) {
            daily.cancel(false);
        }
        lock.writeLock().lock();
        try {
            if (index != null) {
                index.close();
                index = null;
            }
        } catch (IOException e) {
            LOG.warning("Could not close the search index: " + e);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
