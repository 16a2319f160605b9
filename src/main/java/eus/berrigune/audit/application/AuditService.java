package eus.berrigune.audit.application;

import eus.berrigune.audit.domain.AuditChainHead;
import eus.berrigune.audit.domain.AuditCriteria;
import eus.berrigune.audit.domain.AuditRecord;
import eus.berrigune.audit.domain.AuditRepository;
import eus.berrigune.audit.domain.ChainVerifier;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The auditor's side of the trail: searching it, verifying the chain, and pruning it past the retention period.
 * Reading and verifying are for administrators only, and are themselves recorded.
 *
 * <p>Verification runs outside of any transaction, a page of {@value #VERIFY_PAGE} records at a time, so it holds no
 * lock and keeps memory flat whatever the length of the trail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditService {

    public static final int MAX_PAGE_SIZE = 200;
    static final int VERIFY_PAGE = 1000;
    private static final int MAX_PAGE = 1_000_000;

    @Inject
    AuditRepository repository;

    @Inject
    AuditTrail audit;

    @Inject
    AuditWriter writer;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Records matching the criteria, newest first (administrators only). */
    public AuditPage search(AuditCriteria criteria, int page, int size) {
        currentUser.require(Role.ADMIN);
        if (criteria.from() != null && criteria.to() != null && !criteria.from().isBefore(criteria.to())) {
            throw new ValidationException("to", "audit.validation.range");
        }
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int safePage = Math.max(0, Math.min(page, MAX_PAGE));
        AuditPage result = new AuditPage(
                repository.search(criteria, safePage * safeSize, safeSize).stream().map(AuditEntry::of).toList(),
                safePage, safeSize, repository.count(criteria));
        audit.record("read", "audit-trail", null, "page " + safePage);
        return result;
    }

    /** Whether the chain is intact (administrators only); the verification is recorded with its verdict. */
    public AuditVerification verify() {
        currentUser.require(Role.ADMIN);
        AuditVerification verification = verifyChain();
        audit.record("verify", "audit-trail", null, verification.intact()
                ? "intact through " + verification.lastSequence()
                : "broken at " + verification.firstBrokenSequence() + " (" + verification.problem() + ")");
        return verification;
    }

    /**
     * Walks the chain from the anchor to the head. If records were pruned while it walked (the anchor moved past where
     * it started), it starts again from the new anchor.
     */
    AuditVerification verifyChain() {
        for (int attempt = 0; ; attempt++) {
            AuditChainHead head = repository.head();
            ChainVerifier.Result result = ChainVerifier.verify(head.getAnchorSequence(), head.getAnchorHash(),
                    head.getLastSequence(), head.getLastHash(), repository::chainPage, VERIFY_PAGE);
            if (!result.intact() && attempt < 2 && repository.head().getAnchorSequence() != head.getAnchorSequence()) {
                continue;
            }
            return new AuditVerification(result.intact(), result.checked(), result.firstBroken(), result.problem(),
                    head.getAnchorSequence(), head.getLastSequence(), head.getLastHash(), clock.instant());
        }
    }

    /**
     * Deletes the records older than {@code retention}, oldest first, and moves the chain's anchor to the last one
     * deleted so the rest stays verifiable; the pruning is itself recorded. Several servers may run it at once: the
     * head's lock makes them take turns, and the later ones find nothing left to prune.
     *
     * @return how many records were deleted
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public int prune(Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("The retention period is positive");
        }
        AuditChainHead head = repository.lockHead();
        Instant now = clock.instant();
        Instant cutoff = now.minus(retention);
        Optional<AuditRecord> last = repository.lastBefore(cutoff)
                .filter(r -> r.getSequence() > head.getAnchorSequence());
        if (last.isEmpty()) {
            return 0;
        }
        head.pruneThrough(last.get(), now);
        repository.flush();
        int deleted = repository.deleteThrough(last.get().getSequence());
        audit.recordBySystem("prune", "audit-trail", null,
                deleted + " records through #" + last.get().getSequence() + " (before " + cutoff + ")");
        return deleted;
    }
}
