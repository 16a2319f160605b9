package eus.berrigune.idempotency.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What makes two calls "the same call": method, path (with the query that changes what is done) and the SHA-256 of
 * the request body.
 *
 * @param method HTTP method, upper case
 * @param path the path below the API root, with the query string if any
 * @param hash lower-case hex SHA-256 of the body (of an empty body if there is none)
 */
public record RequestFingerprint(String method, String path, String hash) {

    public RequestFingerprint {
        Objects.requireNonNull(method);
        Objects.requireNonNull(path);
        Objects.requireNonNull(hash);
        if (path.length() > IdempotentRequest.PATH_MAX) {
            path = path.substring(0, IdempotentRequest.PATH_MAX);
        }
    }

    public static RequestFingerprint of(String method, String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(body == null ? new byte[0] : body);
            return new RequestFingerprint(method, path, HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static RequestFingerprint of(String method, String path, String body) {
        return of(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }
}
