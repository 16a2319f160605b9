package eus.berrigune.search.application;

import eus.berrigune.catalog.application.CatalogIndexFeed;
import eus.berrigune.catalog.application.IndexableProduct;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The search over a catalogue held in a map instead of the database, for an anonymous caller: the real
 * {@link ProductSearch} with its index, fed and checked by the map as the catalogue feed would from the database.
 */
final class InMemoryCatalogue implements AutoCloseable {

    final ProductSearch search = new ProductSearch();
    final Map<Long, IndexableProduct> database = new ConcurrentHashMap<>();
    /** Run once, as if committed by another request, while a rebuild reads its first page from the database. */
    Runnable changeDuringRead = () -> { };

    InMemoryCatalogue() {
        search.clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
        search.currentUser = new CurrentUser() {
            @Override
            public Optional<AuthenticatedUser> get() {
                return Optional.empty();
            }
        };
        search.feed = new CatalogIndexFeed() {
            @Override
            public List<IndexableProduct> page(long afterId, int size) {
                List<IndexableProduct> read = database.values().stream().filter(p -> p.id() > afterId)
                        .sorted(Comparator.comparingLong(IndexableProduct::id)).limit(size).toList();
                Runnable change = changeDuringRead;
                changeDuringRead = () -> { };
                change.run(); // committed after this page was read
                return read;
            }

            @Override
            public Optional<IndexableProduct> product(long id) {
                return Optional.ofNullable(database.get(id));
            }

            @Override
            public Map<Long, State> states(Collection<Long> ids) {
                Map<Long, State> states = new HashMap<>();
                ids.forEach(id -> Optional.ofNullable(database.get(id))
                        .ifPresent(p -> states.put(id, new State(p.status(), p.companyId()))));
                return states;
            }
        };
    }

    /** A product as the database has it before the index is built. */
    InMemoryCatalogue with(IndexableProduct product) {
        database.put(product.id(), product);
        return this;
    }

    /** A change committed: written to the database, then re-read into the index as the after-commit observer does. */
    void commit(IndexableProduct product) {
        database.put(product.id(), product);
        search.reindex(product.id());
    }

    void delete(long productId) {
        database.remove(productId);
        search.reindex(productId);
    }

    @Override
    public void close() {
        search.close();
    }
}
