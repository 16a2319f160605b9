package eus.berrigune.idempotency.application;

import java.net.URI;

/**
 * What a call produced, before it is stored: status, {@code Location} (may be null) and the response DTO.
 *
 * @param status a 2xx status
 * @param location the created resource, or null
 * @param entity the response DTO (serialised as JSON), or null for no body
 */
public record IdempotentOutcome(int status, URI location, Object entity) {}
