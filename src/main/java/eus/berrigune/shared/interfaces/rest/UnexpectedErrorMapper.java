package eus.berrigune.shared.interfaces.rest;

import eus.berrigune.shared.application.DatabaseOutage;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else: unreadable JSON is the client's fault (400); a concurrent change or creation is a conflict (409); an
 * unreachable database is "come back soon" (503 with Retry-After, never 500); the rest is logged with an incident id
 * and answered with a generic 500 that reveals nothing of the server.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        if (hasCause(e, JsonbException.class) || hasCause(e, jakarta.json.JsonException.class)) {
            return ProblemResponses.build(400, "unreadable", ProblemResponses.locale(headers),
                    "problem.badRequest.title", "problem.unreadable.detail", List.of(), List.of());
        }
        if (hasCause(e, OptimisticLockException.class) || isUniqueViolation(e)) {
            return ProblemResponses.build(409, "edit-conflict", ProblemResponses.locale(headers),
                    "problem.conflict.title", "error.editConflict", List.of(), List.of());
        }
        if (DatabaseOutage.isCause(e)) {
            LOG.log(Level.WARNING, "Database unavailable, answered 503: {0}", String.valueOf(e));
            return unavailable(headers);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return ProblemResponses.build(500, "internal", ProblemResponses.locale(headers), "problem.internal.title",
                "problem.internal.incident", List.of(incident), List.of());
    }

    /** 503 with Retry-After and a localised, generic problem document: the database is unreachable for now. */
    public static Response unavailable(HttpHeaders headers) {
        return Response.fromResponse(ProblemResponses.build(503, "unavailable", ProblemResponses.locale(headers),
                        "problem.unavailable.title", "problem.unavailable.detail", List.of(), List.of()))
                .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                .build();
    }

    /** Two requests created the same thing at once (SQLState 23505 on PostgreSQL and H2): the loser may retry. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
