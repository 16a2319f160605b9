package eus.berrigune.audit.application;

import eus.berrigune.audit.domain.AuditChainHead;
import eus.berrigune.audit.domain.AuditEvent;
import eus.berrigune.audit.domain.AuditOutcome;
import eus.berrigune.audit.domain.AuditRecord;
import eus.berrigune.audit.domain.AuditRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Appends to the chain: locks the head row, links the record to the last one, stores it and writes it to the
 * server log as one neutralised line (denials and failures at INFO, the rest at FINE). Only {@link AuditTrail} and
 * {@link AuditService} call it.
 */
@ApplicationScoped
public class AuditWriter {

    /** The logger operators route to their log collector. */
    static final Logger LOG = Logger.getLogger("eus.berrigune.audit");
    /** Transaction resource: this transaction holds the chain head's lock. */
    static final String HEAD_LOCKED = AuditWriter.class.getName() + ".headLocked";

    @Inject
    AuditRepository repository;

    @Resource
    TransactionSynchronizationRegistry registry;

    /** In the caller's transaction (or a new one when there is none): commits or rolls back with it. */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditRecord append(AuditEvent event) {
        // the caller's changes first: every transaction takes its business rows' locks before the head's, never after,
        // so two of them cannot wait for each other
        repository.flush();
        AuditChainHead head = repository.lockHead();
        registry.putResource(HEAD_LOCKED, Boolean.TRUE);
        AuditRecord record = head.append(event);
        repository.save(record);
        Level level = record.getOutcome() == AuditOutcome.SUCCESS ? Level.FINE : Level.INFO;
        if (LOG.isLoggable(level)) {
            LOG.log(level, record.toLogLine());
        }
        return record;
    }

    /** In a transaction of its own, committed whatever happens to the caller's (denials, failed sign-ins). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditRecord appendAlone(AuditEvent event) {
        return append(event);
    }

    /** Whether the caller's transaction already holds the head's lock (a new transaction would wait for it forever). */
    boolean holdsHeadLock() {
        return registry.getTransactionKey() != null && registry.getResource(HEAD_LOCKED) != null;
    }
}
