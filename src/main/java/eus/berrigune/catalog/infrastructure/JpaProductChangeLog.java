package eus.berrigune.catalog.infrastructure;

import eus.berrigune.catalog.domain.ProductChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The change log in table {@code product_change} (V15), by plain SQL: it has no aggregate to map. */
@ApplicationScoped
public class JpaProductChangeLog implements ProductChangeLog {

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    @Override
    public void record(long productId, String node) {
        em.createNativeQuery("insert into product_change (product_id, node) values (?1, ?2)")
                .setParameter(1, productId)
                .setParameter(2, node)
                .executeUpdate();
    }

    @Override
    public List<Change> since(Instant from, String exceptNode) {
        List<Change> changes = new ArrayList<>();
        for (Object row : em.createNativeQuery("select id, product_id, changed_at from product_change"
                        + " where changed_at >= ?1 and node <> ?2 order by id")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, exceptNode)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            changes.add(new Change(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue(),
                    instant(columns[2])));
        }
        return changes;
    }

    @Override
    public Instant now() {
        return instant(em.createNativeQuery("select current_timestamp").getSingleResult());
    }

    @Override
    public int forgetBefore(Instant before) {
        return em.createNativeQuery("delete from product_change where changed_at < ?1")
                .setParameter(1, Timestamp.from(before))
                .executeUpdate();
    }

    /** A timestamp column as the drivers return it (PostgreSQL: Timestamp; H2: OffsetDateTime). */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.atZone(java.time.ZoneId.systemDefault()).toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
    }
}
