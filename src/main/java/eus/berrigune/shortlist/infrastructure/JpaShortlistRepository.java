package eus.berrigune.shortlist.infrastructure;

import eus.berrigune.shortlist.domain.SavedSearch;
import eus.berrigune.shortlist.domain.SavedSearchMatch;
import eus.berrigune.shortlist.domain.Shortlist;
import eus.berrigune.shortlist.domain.ShortlistRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaShortlistRepository implements ShortlistRepository {

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    @Override
    public Optional<Shortlist> findShortlist(long id) {
        return Optional.ofNullable(em.find(Shortlist.class, id));
    }

    @Override
    public List<Shortlist> findShortlists(long ownerId) {
        return em.createQuery("select s from Shortlist s where s.ownerId = :owner order by s.updatedAt desc, s.id desc",
                        Shortlist.class)
                .setParameter("owner", ownerId)
                // no "eclipselink.batch" hint: batch-read element collections break EclipseLink's change computation
                // at commit (NullPointerException in the embeddable's attribute accessor)
                .getResultList();
    }

    @Override
    public Optional<Shortlist> findShortlistByName(long ownerId, String name) {
        return em.createQuery("select s from Shortlist s where s.ownerId = :owner and s.name = :name", Shortlist.class)
                .setParameter("owner", ownerId)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Shortlist save(Shortlist shortlist) {
        em.persist(shortlist);
        return shortlist;
    }

    @Override
    public void delete(Shortlist shortlist) {
        em.remove(shortlist);
    }

    @Override
    public Optional<SavedSearch> findSavedSearch(long id) {
        return Optional.ofNullable(em.find(SavedSearch.class, id));
    }

    @Override
    public List<SavedSearch> findSavedSearches(long ownerId) {
        return em.createQuery("select s from SavedSearch s where s.ownerId = :owner order by s.name", SavedSearch.class)
                .setParameter("owner", ownerId)
                .getResultList();
    }

    @Override
    public Optional<SavedSearch> findSavedSearchByName(long ownerId, String name) {
        return em.createQuery("select s from SavedSearch s where s.ownerId = :owner and s.name = :name", SavedSearch.class)
                .setParameter("owner", ownerId)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<SavedSearch> findWithAlerts() {
        return em.createQuery("select s from SavedSearch s where s.alerts = true order by s.id", SavedSearch.class)
                .getResultList();
    }

    @Override
    public SavedSearch save(SavedSearch savedSearch) {
        em.persist(savedSearch);
        return savedSearch;
    }

    @Override
    public void delete(SavedSearch savedSearch) {
        em.createQuery("delete from SavedSearchMatch m where m.savedSearchId = :id")
                .setParameter("id", savedSearch.getId())
                .executeUpdate();
        em.remove(savedSearch);
    }

    @Override
    public java.util.Set<Long> searchesMatched(long productId) {
        return new java.util.HashSet<>(em.createQuery(
                        "select m.savedSearchId from SavedSearchMatch m where m.productId = :p", Long.class)
                .setParameter("p", productId)
                .getResultList());
    }

    @Override
    public void save(SavedSearchMatch match) {
        em.persist(match);
    }

    @Override
    public List<SavedSearchMatch> findMatches(long savedSearchId, int limit) {
        return em.createQuery("select m from SavedSearchMatch m where m.savedSearchId = :id"
                                + " order by m.matchedAt desc, m.productId desc", SavedSearchMatch.class)
                .setParameter("id", savedSearchId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Map<Long, Long> countUnseen(List<Long> savedSearchIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (savedSearchIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("select m.savedSearchId, count(m) from SavedSearchMatch m"
                                + " where m.savedSearchId in :ids and m.seen = false group by m.savedSearchId", Object[].class)
                .setParameter("ids", savedSearchIds)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}
