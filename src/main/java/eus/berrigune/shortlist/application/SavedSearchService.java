package eus.berrigune.shortlist.application;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.ProductSummary;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.search.application.SearchCriteria;
import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.shortlist.domain.SavedSearch;
import eus.berrigune.shortlist.domain.SavedSearchMatch;
import eus.berrigune.shortlist.domain.Shortlist;
import eus.berrigune.shortlist.domain.ShortlistRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * A buyer's saved searches: the transaction and authorisation boundary. Only staff of a buying organisation save
 * searches; each is personal. The query is kept in its canonical form, so what was saved is exactly what the search
 * page shows when the owner opens it again.
 */
@ApplicationScoped
@Transactional
public class SavedSearchService {

    /** How many announced products opening a saved search shows. */
    public static final int MATCHES_SHOWN = 100;

    @Inject
    ShortlistRepository repository;

    @Inject
    CatalogQueries catalog;

    @Inject
    EmdnNomenclature emdn;

    @Inject
    CurrentUser currentUser;

    public List<SavedSearchSummary> mine() {
        List<SavedSearch> searches = repository.findSavedSearches(staff().userId());
        Map<Long, Long> unseen = repository.countUnseen(searches.stream().map(SavedSearch::getId).toList());
        return searches.stream()
                .map(s -> new SavedSearchSummary(s.getId(), s.getName(), s.getQuery(), s.isAlerts(),
                        unseen.getOrDefault(s.getId(), 0L)))
                .toList();
    }

    /**
     * Saves a search under a name.
     *
     * @param query the search page's query string ({@code q=…&f=…}); it is stored in canonical form
     * @param language the language alerts are written in
     */
    public long save(String name, String query, boolean alerts, Language language) {
        AuthenticatedUser user = staff();
        if (query != null && query.length() > 4 * SavedSearch.QUERY_MAX) {
            throw new ValidationException("query", "validation.tooLong"); // not worth parsing
        }
        // the search as kept (at most QUERY_MAX characters, or refused by SavedSearch)
        String canonical = canonical(query);
        SavedSearch search = new SavedSearch(user.userId(), user.organisationId(), name, canonical, alerts, language);
        checkNameFree(user, search.getName(), null);
        return repository.save(search).getId();
    }

    /** Renames it and switches alerts on or off. */
    public void change(long id, String name, boolean alerts) {
        SavedSearch search = own(id);
        checkNameFree(staff(), Shortlist.validName(name), id);
        search.change(name, alerts);
    }

    public void delete(long id) {
        repository.delete(own(id));
    }

    /** The saved search with the products announced to it; they count as seen from now on. */
    public SavedSearchDetails open(long id, Language language) {
        SavedSearch search = own(id);
        List<SavedSearchMatch> matches = repository.findMatches(id, MATCHES_SHOWN);
        Map<Long, ProductSummary> readable =
                catalog.readable(matches.stream().map(SavedSearchMatch::getProductId).toList(), language);
        List<SavedSearchDetails.Match> shown = matches.stream()
                .map(m -> new SavedSearchDetails.Match(m.getProductId(), m.getMatchedAt(), !m.isSeen(),
                        readable.get(m.getProductId())))
                .toList();
        matches.forEach(SavedSearchMatch::markSeen);
        return new SavedSearchDetails(search.getId(), search.getName(), search.getQuery(), search.isAlerts(), shown);
    }

    /** The canonical form of a search page query (unknown parameters and values dropped). */
    public String canonical(String query) {
        return SearchCriteria.parse(query, emdn::exists).toQuery();
    }

    private AuthenticatedUser staff() {
        AuthenticatedUser user = currentUser.require();
        if (!user.isBuyingStaff()) {
            throw new AccessDeniedException();
        }
        return user;
    }

    private SavedSearch own(long id) {
        AuthenticatedUser user = staff();
        return repository.findSavedSearch(id)
                .filter(s -> s.getOwnerId() == user.userId())
                .orElseThrow(() -> new NotFoundException("savedSearch", id));
    }

    private void checkNameFree(AuthenticatedUser user, String name, Long exceptId) {
        repository.findSavedSearchByName(user.userId(), name)
                .filter(other -> !other.getId().equals(exceptId))
                .ifPresent(other -> {
                    throw new ValidationException("name", "shortlist.validation.nameTaken");
                });
    }
}
