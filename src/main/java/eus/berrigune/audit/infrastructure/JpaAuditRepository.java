package eus.berrigune.audit.infrastructure;

import eus.berrigune.audit.domain.AuditChainHead;
import eus.berrigune.audit.domain.AuditCriteria;
import eus.berrigune.audit.domain.AuditRecord;
import eus.berrigune.audit.domain.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    @Override
    public AuditChainHead lockHead() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_chain_head has no row: migration V10 did not run");
        }
        return head;
    }

    @Override
    public AuditChainHead head() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (head == null) {
            throw new IllegalStateException("audit_chain_head has no row: migration V10 did not run");
        }
        return head;
    }

    @Override
    public void save(AuditRecord record) {
        em.persist(record);
        // the head's new end and the record reach the database now: a second append in this transaction locks (and
        // may re-read) the head row and must see them
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<AuditRecord> chainPage(long afterSequence, long throughSequence, int limit) {
        return em.createQuery("select r from AuditRecord r where r.sequence > :after and r.sequence <= :through"
                        + " order by r.sequence", AuditRecord.class)
                .setParameter("after", afterSequence)
                .setParameter("through", throughSequence)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AuditRecord> search(AuditCriteria criteria, int offset, int limit) {
        return query("select r from AuditRecord r", criteria, " order by r.sequence desc", AuditRecord.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(AuditCriteria criteria) {
        return query("select count(r) from AuditRecord r", criteria, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, AuditCriteria c, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (c.from() != null) {
            where.add("r.occurredAt >= :from");
            parameters.put("from", c.from());
        }
        if (c.to() != null) {
            where.add("r.occurredAt < :to");
            parameters.put("to", c.to());
        }
        if (c.actor() != null) {
            where.add("r.actorName = :actor");
            parameters.put("actor", c.actor().toLowerCase(Locale.ROOT));
        }
        if (c.action() != null) {
            where.add("r.action = :action");
            parameters.put("action", c.action());
        }
        if (c.objectType() != null) {
            where.add("r.objectType = :objectType");
            parameters.put("objectType", c.objectType());
        }
        if (c.objectId() != null) {
            where.add("r.objectId = :objectId");
            parameters.put("objectId", c.objectId());
        }
        if (c.outcome() != null) {
            where.add("r.outcome = :outcome");
            parameters.put("outcome", c.outcome());
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public Optional<AuditRecord> lastBefore(Instant cutoff) {
        Long sequence = em.createQuery("select max(r.sequence) from AuditRecord r where r.occurredAt < :cutoff", Long.class)
                .setParameter("cutoff", cutoff)
                .getSingleResult();
        return sequence == null ? Optional.empty() : Optional.ofNullable(em.find(AuditRecord.class, sequence));
    }

    @Override
    public int deleteThrough(long sequence) {
        return em.createQuery("delete from AuditRecord r where r.sequence <= :sequence")
                .setParameter("sequence", sequence)
                .executeUpdate();
    }
}
