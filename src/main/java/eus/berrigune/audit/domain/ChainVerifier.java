package eus.berrigune.audit.domain;

import java.util.List;
import java.util.Objects;

/**
 * Walks the chain from its anchor to its head, a page at a time (memory stays flat however long the trail is), and
 * reports the first record that breaks it. The head and the anchor are read before the walk; records appended during
 * the walk are after the head and are left for the next verification.
 */
public final class ChainVerifier {

    /** Where the records come from: those numbered above {@code after} and at most {@code through}, in order. */
    @FunctionalInterface
    public interface Pages {
        List<AuditRecord> next(long after, long through, int limit);
    }

    /**
     * The verdict.
     *
     * @param intact whether the chain is intact
     * @param checked how many records were checked
     * @param firstBroken the number of the first record that breaks the chain, or null
     * @param problem what is wrong with it, or null
     */
    public record Result(boolean intact, long checked, Long firstBroken, ChainProblem problem) {

        static Result broken(long checked, long sequence, ChainProblem problem) {
            return new Result(false, checked, sequence, problem);
        }
    }

    private ChainVerifier() {}

    public static Result verify(long anchorSequence, String anchorHash, long lastSequence, String lastHash, Pages pages,
            int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize");
        }
        long expected = anchorSequence + 1;
        String previous = anchorHash;
        long checked = 0;
        while (expected <= lastSequence) {
            List<AuditRecord> page = pages.next(expected - 1, lastSequence, pageSize);
            if (page.isEmpty()) {
                return Result.broken(checked, expected, ChainProblem.MISSING);
            }
            for (AuditRecord record : page) {
                if (record.getSequence() != expected) {
                    return Result.broken(checked, expected, ChainProblem.MISSING);
                }
                if (!Objects.equals(record.getHash(), record.computeHash())) {
                    return Result.broken(checked, expected, ChainProblem.CHANGED);
                }
                if (!Objects.equals(record.getPreviousHash(), previous)) {
                    return Result.broken(checked, expected, ChainProblem.RELINKED);
                }
                previous = record.getHash();
                checked++;
                expected++;
            }
        }
        if (!Objects.equals(previous, lastHash)) {
            return Result.broken(checked, lastSequence, ChainProblem.HEAD_MISMATCH);
        }
        return new Result(true, checked, null, null);
    }
}
