package eus.berrigune.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that links audit records: SHA-256, in lower-case hex, of a canonical encoding of every field of a record
 * and the previous record's hash.
 *
 * <p>The encoding is unambiguous: a version tag, then each field as {@code <length>:<value>|}, or {@code ~|} when
 * absent; the time as milliseconds since the epoch (what the database keeps exactly on H2 and PostgreSQL). So no two
 * different records share an encoding, whatever characters their texts contain. Changing the encoding needs a new
 * version tag and a verifier that knows both.
 */
public final class ChainHash {

    /** The "previous hash" of the first record ever: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);
    static final String VERSION = "berrigune-audit-v1";

    private ChainHash() {}

    /** The canonical encoding of a record's fields (exposed for tests and for independent verifiers). */
    public static String canonical(long sequence, long occurredAtMillis, Long actorId, String actorName,
            Long organisationId, String action, String objectType, String objectId, AuditOutcome outcome, String detail,
            String previousHash) {
        StringBuilder out = new StringBuilder(256).append(VERSION).append('|');
        field(out, Long.toString(sequence));
        field(out, Long.toString(occurredAtMillis));
        field(out, actorId == null ? null : actorId.toString());
        field(out, actorName);
        field(out, organisationId == null ? null : organisationId.toString());
        field(out, action);
        field(out, objectType);
        field(out, objectId);
        field(out, outcome == null ? null : outcome.name());
        field(out, detail);
        field(out, previousHash);
        return out.toString();
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("~|");
        } else {
            out.append(value.length()).append(':').append(value).append('|');
        }
    }

    /** SHA-256 of the UTF-8 bytes of {@code text}, lower-case hex. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
