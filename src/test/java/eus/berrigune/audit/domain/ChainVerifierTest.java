package eus.berrigune.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    static final Instant T = Instant.parse("2026-03-01T10:15:30Z");

    static List<AuditRecord> chain(AuditChainHead head, int n) {
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(head.append(new AuditEvent(T.plusSeconds(i), (long) i, "user" + i, 3L, "update", "product",
                    String.valueOf(i), AuditOutcome.SUCCESS, "change " + i)));
        }
        return records;
    }

    static ChainVerifier.Pages pages(List<AuditRecord> records) {
        return (after, through, limit) -> records.stream()
                .filter(r -> r.getSequence() > after && r.getSequence() <= through)
                .limit(limit)
                .toList();
    }

    static ChainVerifier.Result verify(AuditChainHead head, List<AuditRecord> records) {
        return ChainVerifier.verify(head.getAnchorSequence(), head.getAnchorHash(), head.getLastSequence(),
                head.getLastHash(), pages(records), 7);
    }

    static void set(AuditRecord record, String field, Object value) throws Exception {
        Field f = AuditRecord.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(record, value);
    }

    @Test
    void anUntouchedChainIsIntactAcrossPages() {
        AuditChainHead head = AuditChainHead.startingAfter(0, ChainHash.GENESIS);
        List<AuditRecord> records = chain(head, 30);
        assertThat(verify(head, records)).isEqualTo(new ChainVerifier.Result(true, 30, null, null));
        AuditChainHead empty = AuditChainHead.startingAfter(0, ChainHash.GENESIS);
        assertThat(verify(empty, List.of()).intact()).isTrue();
    }

    @Test
    void changingAnyFieldOfOneRecordBreaksTheChainAtThatRecord() throws Exception {
        for (String field : List.of("actorName", "detail", "objectId", "action", "occurredAt", "outcome", "actorId")) {
            AuditChainHead head = AuditChainHead.startingAfter(0, ChainHash.GENESIS);
            List<AuditRecord> records = chain(head, 20);
            Object value = switch (field) {
                case "occurredAt" -> T.minusSeconds(3600);
                case "outcome" -> AuditOutcome.DENIED;
                case "actorId" -> 999L;
                default -> "tampered";
            };
            set(records.get(11), field, value);
            assertThat(verify(head, records)).as(field)
                    .isEqualTo(new ChainVerifier.Result(false, 11, 12L, ChainProblem.CHANGED));
        }
    }

    @Test
    void aRecordRewrittenWithAFreshHashBreaksTheLinkOfTheNext() throws Exception {
        AuditChainHead head = AuditChainHead.startingAfter(0, ChainHash.GENESIS);
        List<AuditRecord> records = chain(head, 20);
        AuditRecord forged = records.get(4);
        set(forged, "detail", "rewritten");
        set(forged, "hash", forged.computeHash());
        assertThat(verify(head, records)).isEqualTo(new ChainVerifier.Result(false, 5, 6L, ChainProblem.RELINKED));
    }

    @Test
    void aDeletedRecordOrATruncatedEndIsFound() {
        AuditChainHead head = AuditChainHead.startingAfter(0, ChainHash.GENESIS);
        List<AuditRecord> records = new ArrayList<>(chain(head, 20));
        List<AuditRecord> withoutNine = new ArrayList<>(records);
        withoutNine.remove(8);
        assertThat(verify(head, withoutNine)).isEqualTo(new ChainVerifier.Result(false, 8, 9L, ChainProblem.MISSING));
        List<AuditRecord> truncated = records.subList(0, 18);
        assertThat(verify(head, truncated)).isEqualTo(new ChainVerifier.Result(false, 18, 19L, ChainProblem.MISSING));
    }

    @Test
    void aHeadThatDoesNotMatchTheLastRecordIsFound() {
        AuditChainHead head = AuditChainHead.startingAfter(0, ChainHash.GENESIS);
        List<AuditRecord> records = chain(head, 5);
        ChainVerifier.Result result = ChainVerifier.verify(0, ChainHash.GENESIS, 5, "f".repeat(64), pages(records), 3);
        assertThat(result).isEqualTo(new ChainVerifier.Result(false, 5, 5L, ChainProblem.HEAD_MISMATCH));
    }

    @Test
    void afterPruningTheRestIsVerifiedFromTheAnchor() {
        AuditChainHead head = AuditChainHead.startingAfter(0, ChainHash.GENESIS);
        List<AuditRecord> records = chain(head, 20);
        head.pruneThrough(records.get(9), T);
        List<AuditRecord> kept = records.subList(10, 20);
        assertThat(head.getAnchorSequence()).isEqualTo(10);
        assertThat(verify(head, kept)).isEqualTo(new ChainVerifier.Result(true, 10, null, null));
        assertThat(verify(head, kept.subList(1, 10)).firstBroken()).isEqualTo(11L);
    }

    @Test
    void aMillionRecordsAreVerifiedPageByPageWithoutHoldingThem() {
        // records made on demand: the verifier never sees more than one page at a time
        int total = 1_000_000;
        AuditChainHead writer = AuditChainHead.startingAfter(0, ChainHash.GENESIS);
        String[] hashes = new String[total + 1];
        hashes[0] = ChainHash.GENESIS;
        List<AuditRecord> buffer = new ArrayList<>();
        AuditChainHead head = AuditChainHead.startingAfter(0, ChainHash.GENESIS);
        ChainVerifier.Pages generated = (after, through, limit) -> {
            buffer.clear();
            for (long s = after + 1; s <= through && buffer.size() < limit; s++) {
                buffer.add(writer.append(new AuditEvent(T, null, "system", null, "transition", "consultation",
                        String.valueOf(s), AuditOutcome.SUCCESS, null)));
            }
            return List.copyOf(buffer);
        };
        // the head of a chain of a million records, computed the same way
        AuditChainHead expected = AuditChainHead.startingAfter(0, ChainHash.GENESIS);
        for (long s = 1; s <= total; s++) {
            expected.append(new AuditEvent(T, null, "system", null, "transition", "consultation", String.valueOf(s),
                    AuditOutcome.SUCCESS, null));
        }
        ChainVerifier.Result result = ChainVerifier.verify(head.getAnchorSequence(), head.getAnchorHash(),
                expected.getLastSequence(), expected.getLastHash(), generated, 1000);
        assertThat(result).isEqualTo(new ChainVerifier.Result(true, total, null, null));
    }
}
