package eus.berrigune.shortlist.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shortlists, saved searches and the products announced to saved searches. */
public interface ShortlistRepository {

    Optional<Shortlist> findShortlist(long id);

    /** A user's shortlists, most recently changed first. */
    List<Shortlist> findShortlists(long ownerId);

    Optional<Shortlist> findShortlistByName(long ownerId, String name);

    Shortlist save(Shortlist shortlist);

    void delete(Shortlist shortlist);

    Optional<SavedSearch> findSavedSearch(long id);

    /** A user's saved searches, by name. */
    List<SavedSearch> findSavedSearches(long ownerId);

    Optional<SavedSearch> findSavedSearchByName(long ownerId, String name);

    /** Saved searches whose owners want alerts. */
    List<SavedSearch> findWithAlerts();

    SavedSearch save(SavedSearch savedSearch);

    /** Deletes a saved search and its matches. */
    void delete(SavedSearch savedSearch);

    /** Ids of the saved searches a product has already been announced to. */
    java.util.Set<Long> searchesMatched(long productId);

    void save(SavedSearchMatch match);

    /** Matches of a saved search, newest first. */
    List<SavedSearchMatch> findMatches(long savedSearchId, int limit);

    /** Number of unseen matches per saved search of the given ids. */
    Map<Long, Long> countUnseen(List<Long> savedSearchIds);
}
