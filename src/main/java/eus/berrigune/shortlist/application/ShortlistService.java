package eus.berrigune.shortlist.application;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.ProductSummary;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.EditConflictException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.shortlist.domain.Shortlist;
import eus.berrigune.shortlist.domain.ShortlistRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A buyer's shortlists: the transaction and authorisation boundary. Only staff of a buying organisation have
 * shortlists; each is personal, so anybody else's shortlist looks missing. Only products the caller can read may be
 * added; a product archived later stays on the list, shown as no longer available.
 */
@ApplicationScoped
@Transactional
public class ShortlistService {

    @Inject
    ShortlistRepository shortlists;

    @Inject
    CatalogQueries catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public List<ShortlistSummary> mine() {
        return shortlists.findShortlists(staff().userId()).stream()
                .map(s -> new ShortlistSummary(s.getId(), s.getName(), s.getItems().size(), s.getUpdatedAt()))
                .toList();
    }

    public ShortlistDetails get(long id, Language language) {
        Shortlist shortlist = own(id);
        List<Long> ids = shortlist.getItems().stream().map(i -> i.getProductId()).toList();
        Map<Long, ProductSummary> readable = catalog.readable(ids, language);
        return new ShortlistDetails(shortlist.getId(), shortlist.getName(), shortlist.getVersion(),
                shortlist.getItems().stream()
                        .map(i -> new ShortlistDetails.Entry(i.getProductId(), i.getAddedAt(), readable.get(i.getProductId())))
                        .toList());
    }

    /** A new shortlist, optionally with its first products. */
    public long create(String name, List<Long> productIds) {
        AuthenticatedUser user = staff();
        Shortlist shortlist = new Shortlist(user.userId(), user.organisationId(), name);
        checkNameFree(user, shortlist.getName(), null);
        checkReadable(productIds, user);
        shortlist.add(productIds, clock.instant());
        return shortlists.save(shortlist).getId();
    }

    public void rename(long id, long version, String name) {
        Shortlist shortlist = own(id);
        checkVersion(shortlist.getVersion(), version);
        String newName = Shortlist.validName(name);
        checkNameFree(staff(), newName, id);
        shortlist.rename(newName);
    }

    public void delete(long id) {
        shortlists.delete(own(id));
    }

    /** Adds products the caller can read; returns how many were not on the list yet. */
    public int add(long id, List<Long> productIds) {
        Shortlist shortlist = own(id);
        checkReadable(productIds, staff());
        return shortlist.add(productIds, clock.instant());
    }

    /** Removes a product from the list (nothing happens when it was not on it). */
    public void remove(long id, long productId) {
        own(id).remove(productId);
    }

    private AuthenticatedUser staff() {
        AuthenticatedUser user = currentUser.require();
        if (!user.isBuyingStaff()) {
            throw new AccessDeniedException();
        }
        return user;
    }

    private Shortlist own(long id) {
        AuthenticatedUser user = staff();
        return shortlists.findShortlist(id)
                .filter(s -> s.getOwnerId() == user.userId())
                .orElseThrow(() -> new NotFoundException("shortlist", id));
    }

    private void checkNameFree(AuthenticatedUser user, String name, Long exceptId) {
        shortlists.findShortlistByName(user.userId(), name)
                .filter(other -> !other.getId().equals(exceptId))
                .ifPresent(other -> {
                    throw new ValidationException("name", "shortlist.validation.nameTaken");
                });
    }

    private void checkReadable(List<Long> productIds, AuthenticatedUser user) {
        if (productIds.isEmpty()) {
            return;
        }
        if (productIds.size() > Shortlist.MAX_ITEMS) {
            throw new ValidationException("productIds", "shortlist.validation.full");
        }
        Map<Long, ProductSummary> readable = catalog.readable(productIds, user.language());
        if (!readable.keySet().containsAll(productIds)) {
            throw new ValidationException("productIds", "shortlist.validation.product");
        }
    }

    private static void checkVersion(long current, long expected) {
        if (current != expected) {
            throw new EditConflictException();
        }
    }
}
