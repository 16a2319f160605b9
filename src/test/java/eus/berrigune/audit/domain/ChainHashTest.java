package eus.berrigune.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    static final Instant T = Instant.parse("2026-03-01T10:15:30.123456Z");

    static AuditEvent event(String detail) {
        return new AuditEvent(T, 7L, "supplier1", 3L, "publish", "product", "42", AuditOutcome.SUCCESS, detail);
    }

    @Test
    void sha256IsTheStandardOne() {
        assertThat(ChainHash.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theCanonicalEncodingIsLengthPrefixedAndMarksAbsentFields() {
        String canonical = ChainHash.canonical(5, 1000, null, "bob", 3L, "read", "answer", "9", AuditOutcome.SUCCESS,
                null, ChainHash.GENESIS);
        assertThat(canonical).isEqualTo("berrigune-audit-v1|1:5|4:1000|~|3:bob|1:3|4:read|6:answer|1:9|7:SUCCESS|~|64:"
                + ChainHash.GENESIS + "|");
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        // "a|b" + "c" and "a" + "b|c" would collide with a plain separator
        String one = ChainHash.canonical(1, 0, null, "a|b", null, "x", "c", null, AuditOutcome.SUCCESS, null, "h");
        String two = ChainHash.canonical(1, 0, null, "a", null, "x", "b|c", null, AuditOutcome.SUCCESS, null, "h");
        assertThat(one).isNotEqualTo(two);
        String absent = ChainHash.canonical(1, 0, null, "a", null, "x", null, null, AuditOutcome.SUCCESS, null, "h");
        String tilde = ChainHash.canonical(1, 0, null, "a", null, "x", "~", null, AuditOutcome.SUCCESS, null, "h");
        assertThat(absent).isNotEqualTo(tilde);
    }

    @Test
    void eachRecordCarriesThePreviousHashAndItsOwnOverEveryField() {
        AuditChainHead head = AuditChainHead.startingAfter(0, ChainHash.GENESIS);
        AuditRecord first = head.append(event("first"));
        AuditRecord second = head.append(event("second"));
        assertThat(first.getSequence()).isEqualTo(1);
        assertThat(first.getPreviousHash()).isEqualTo(ChainHash.GENESIS);
        assertThat(second.getSequence()).isEqualTo(2);
        assertThat(second.getPreviousHash()).isEqualTo(first.getHash());
        assertThat(head.getLastSequence()).isEqualTo(2);
        assertThat(head.getLastHash()).isEqualTo(second.getHash());
        assertThat(first.getHash()).hasSize(64).isEqualTo(first.computeHash()).isNotEqualTo(second.getHash());
        assertThat(first.getOccurredAt()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123Z")); // what databases keep
        assertThat(first.getHash()).isEqualTo(ChainHash.sha256(ChainHash.canonical(1, T.toEpochMilli(), 7L, "supplier1",
                3L, "publish", "product", "42", AuditOutcome.SUCCESS, "first", ChainHash.GENESIS)));
    }

    @Test
    void userTextIsNeutralisedBeforeItIsHashedAndStored() {
        AuditRecord record = AuditChainHead.startingAfter(0, ChainHash.GENESIS)
                .append(new AuditEvent(T, null, "evil\nadmin", null, "sign-in", "user", null, AuditOutcome.FAILED,
                        "x\r\ny"));
        assertThat(record.getActorName()).isEqualTo("evil\\nadmin");
        assertThat(record.getDetail()).isEqualTo("x\\r\\ny");
        assertThat(record.toLogLine()).doesNotContain("\n").doesNotContain("\r");
        assertThat(record.isIntactAfter(ChainHash.GENESIS)).isTrue();
    }

    @Test
    void actionsAndObjectTypesAreCodesNotFreeText() {
        AuditChainHead head = AuditChainHead.startingAfter(0, ChainHash.GENESIS);
        assertThatThrownBy(() -> head.append(new AuditEvent(T, null, "a", null, "Publish now", null, null,
                AuditOutcome.SUCCESS, null))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> head.append(new AuditEvent(T, null, "a", null, "read", "doc\n", null,
                AuditOutcome.SUCCESS, null))).isInstanceOf(IllegalArgumentException.class);
        assertThat(head.getLastSequence()).isZero();
    }
}
