package eus.berrigune.shortlist.domain;

import eus.berrigune.shared.domain.BaseEntity;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A named search a buyer keeps: its canonical query (as the search page's URL carries it) and whether the owner
 * wants to be told when a product starts to match it. Personal to its owner; alerts are written in the language the
 * owner used when saving it.
 */
@Entity
@Table(name = "saved_search")
public class SavedSearch extends BaseEntity {

    public static final int QUERY_MAX = 2000;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, length = Shortlist.NAME_MAX)
    private String name;

    @Column(nullable = false, length = QUERY_MAX)
    private String query;

    @Column(nullable = false)
    private boolean alerts;

    @Column(nullable = false, length = 2)
    private String language;

    protected SavedSearch() {}

    /**
     * @param query the canonical query; may be empty ("the whole catalogue")
     */
    public SavedSearch(long ownerId, long organisationId, String name, String query, boolean alerts, Language language) {
        this.ownerId = ownerId;
        this.organisationId = organisationId;
        this.name = Shortlist.validName(name);
        this.query = validQuery(query);
        this.alerts = alerts;
        this.language = Objects.requireNonNull(language).code();
    }

    private static String validQuery(String query) {
        String q = query == null ? "" : query;
        if (q.length() > QUERY_MAX) {
            throw new ValidationException("query", "validation.tooLong");
        }
        return q;
    }

    public void change(String newName, boolean newAlerts) {
        this.name = Shortlist.validName(newName);
        this.alerts = newAlerts;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }

    public boolean isAlerts() {
        return alerts;
    }

    public Language getLanguage() {
        return Language.fromCode(language).orElse(Language.ES);
    }
}
