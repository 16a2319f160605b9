package eus.berrigune.idempotency.interfaces.rest;

import eus.berrigune.idempotency.application.IdempotencyService;
import eus.berrigune.idempotency.application.IdempotentAnswer;
import eus.berrigune.idempotency.application.IdempotentOutcome;
import eus.berrigune.idempotency.domain.RequestFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * For resources: runs a state-changing call through {@link IdempotencyService} when the client sent an
 * {@code Idempotency-Key}, and as a plain call otherwise. A replayed answer carries {@code Idempotent-Replayed: true}.
 */
@ApplicationScoped
public class IdempotentCalls {

    /** Header on an answer that was stored by an earlier call with the same key. */
    public static final String REPLAYED = "Idempotent-Replayed";

    /** For the OpenAPI parameter of every endpoint that honours the header. */
    public static final String DESCRIPTION = "Optional. A unique value (e.g. a UUID) per intended change: a retry with"
            + " the same key and request within 24 h answers the first successful answer again and changes nothing"
            + " twice; the same key with a different request answers 422. Keys are per user.";

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdempotencyService service;

    /**
     * @param key the header's value, or null
     * @param uri the request's URI (its path and query identify the call)
     * @param body the request: its bytes as received, or the request DTO (fingerprinted as its JSON, whose member
     *     order JSON-B fixes), or null
     */
    public Response run(String key, String method, UriInfo uri, Object body, Supplier<IdempotentOutcome> action) {
        if (key == null) {
            IdempotentOutcome outcome = action.get();
            Response.ResponseBuilder response = Response.status(outcome.status()).entity(outcome.entity());
            return outcome.location() == null ? response.build() : response.location(outcome.location()).build();
        }
        URI request = uri.getRequestUri();
        String path = uri.getPath() + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery());
        byte[] bytes = body == null ? new byte[0]
                : body instanceof byte[] raw ? raw : JSON.toJson(body).getBytes(StandardCharsets.UTF_8);
        IdempotentAnswer answer = service.once(key, RequestFingerprint.of(method, path, bytes), action);
        Response.ResponseBuilder response = Response.status(answer.status());
        if (answer.body().length > 0) {
            response.entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        }
        answer.location().ifPresent(location -> response.location(URI.create(location)));
        if (answer.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }
}
