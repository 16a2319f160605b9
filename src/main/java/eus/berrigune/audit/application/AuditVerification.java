package eus.berrigune.audit.application;

import eus.berrigune.audit.domain.ChainProblem;
import java.time.Instant;

/**
 * Whether the chain is intact.
 *
 * @param intact true when every record from the anchor to the head is unchanged and in place
 * @param checkedRecords how many records were checked
 * @param firstBrokenSequence the number of the first record that breaks the chain, or null
 * @param problem what is wrong with it, or null
 * @param anchorSequence the last pruned record (0 before any pruning): verification starts after it
 * @param lastSequence the head: the number of the last record
 * @param lastHash the head's hash; written down elsewhere, it lets a later verification prove nothing was rewritten
 *     since
 * @param verifiedAt when the verification ran
 */
public record AuditVerification(boolean intact, long checkedRecords, Long firstBrokenSequence, ChainProblem problem,
        long anchorSequence, long lastSequence, String lastHash, Instant verifiedAt) {}
