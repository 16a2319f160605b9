package eus.berrigune.idempotency.application;

import java.util.Optional;

/**
 * The answer to send: the call's own, or the stored one of an earlier identical call ({@code replayed}).
 *
 * @param status the HTTP status
 * @param location the {@code Location} header, if any
 * @param body the JSON body as UTF-8 bytes (empty for none)
 * @param replayed whether this is the stored answer of an earlier call with the same key
 */
public record IdempotentAnswer(int status, Optional<String> location, byte[] body, boolean replayed) {}
