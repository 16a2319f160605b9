package eus.berrigune.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A single-use secret sent by e-mail to prove that a registration's address is its registrant's: 32 random bytes
 * (256 bits) from a {@link SecureRandom}, written base64url without padding (43 characters). Only its SHA-256 is
 * stored, so a copy of the database confirms nothing; the secret is unguessable, so an unsalted fast hash is enough.
 */
public final class ConfirmationToken {

    public static final int BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConfirmationToken() {}

    /** A fresh secret: what goes into the link. */
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has a token's shape (anything else is refused without a database look-up). */
    public static boolean isWellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** What is stored: the SHA-256 of the token, 64 lower-case hex digits. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
