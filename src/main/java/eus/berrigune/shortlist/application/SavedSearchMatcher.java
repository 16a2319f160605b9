package eus.berrigune.shortlist.application;

import eus.berrigune.catalog.application.CatalogIndexFeed;
import eus.berrigune.catalog.application.IndexableProduct;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.notification.application.NotificationService;
import eus.berrigune.search.application.ProductSearch;
import eus.berrigune.search.application.SearchCriteria;
import eus.berrigune.shortlist.domain.SavedSearch;
import eus.berrigune.shortlist.domain.SavedSearchMatch;
import eus.berrigune.shortlist.domain.ShortlistRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Matches one product against every saved search with alerts, and records and notifies each new match. Runs without
 * a user (from {@link SavedSearchAlerts}); only published products are ever announced, and each product at most
 * once per saved search.
 */
@ApplicationScoped
public class SavedSearchMatcher {

    static final String MESSAGE = "notification.savedSearch.match";

    @Inject
    ShortlistRepository repository;

    @Inject
    ProductSearch search;

    @Inject
    CatalogIndexFeed feed;

    @Inject
    EmdnNomenclature emdn;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    /** Returns how many saved searches the product was announced to. */
    @Transactional
    public int announce(long productId) {
        Optional<IndexableProduct> product = feed.product(productId);
        if (product.isEmpty() || product.get().status() != ProductStatus.PUBLISHED) {
            return 0;
        }
        Set<Long> already = repository.searchesMatched(productId);
        int told = 0;
        for (SavedSearch saved : repository.findWithAlerts()) {
            if (already.contains(saved.getId())
                    || !search.publishedMatch(SearchCriteria.parse(saved.getQuery(), emdn::exists), productId)) {
                continue;
            }
            repository.save(new SavedSearchMatch(saved.getId(), productId, clock.instant()));
            notifications.send(saved.getOwnerId(), MESSAGE, "/buyer/saved-search.xhtml?id=" + saved.getId(),
                    saved.getName(), product.get().name(saved.getLanguage()));
            told++;
        }
        return told;
    }
}
