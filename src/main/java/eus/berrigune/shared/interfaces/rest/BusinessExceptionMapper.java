package eus.berrigune.shared.interfaces.rest;

import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.domain.EditConflictException;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** Business-rule failures as localised problem documents: 404, 401 (anonymous) or 403, 409, 422 or 429. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(BusinessException e) {
        Locale locale = ProblemResponses.locale(headers);
        if (e instanceof NotFoundException) {
            return ProblemResponses.build(404, "not-found", locale, "problem.notFound.title", "error.notFound.detail",
                    List.of(), List.of());
        }
        if (e instanceof AccessDeniedException && (security == null || security.getUserPrincipal() == null)) {
            return Response.fromResponse(ProblemResponses.build(401, "unauthorized", locale,
                            "problem.unauthorized.title", "problem.unauthorized.detail", List.of(), List.of()))
                    .header("WWW-Authenticate", "Basic realm=\"Berrigune API\", charset=\"UTF-8\"")
                    .build();
        }
        if (e instanceof AccessDeniedException) {
            return ProblemResponses.build(403, "forbidden", locale, "problem.forbidden.title", e.getMessageKey(),
                    List.of(), List.of());
        }
        if (e instanceof eus.berrigune.shared.domain.RateLimitedException r) {
            return Response.fromResponse(ProblemResponses.build(429, "too-many-requests", locale,
                            "problem.tooManyRequests.title", e.getMessageKey(), e.getArguments(), List.of()))
                    .header("Retry-After", r.getRetryAfterSeconds())
                    .build();
        }
        if (e instanceof EditConflictException) {
            return ProblemResponses.build(409, "edit-conflict", locale, "problem.conflict.title", e.getMessageKey(),
                    List.of(), List.of());
        }
        if (e instanceof InvalidStateException) {
            return ProblemResponses.build(409, "invalid-state", locale, "problem.invalidState.title",
                    e.getMessageKey(), e.getArguments(), List.of());
        }
        if (e instanceof ValidationException v) {
            List<Problem.InvalidField> fields = v.getFieldErrors().stream()
                    .map(f -> new Problem.InvalidField(f.field(), MessageBundle.format(locale, f.messageKey(), List.of())))
                    .toList();
            return ProblemResponses.build(422, "validation", locale, "problem.validation.title", e.getMessageKey(),
                    List.of(), fields);
        }
        return ProblemResponses.build(400, "bad-request", locale, "problem.badRequest.title", e.getMessageKey(),
                e.getArguments(), List.of());
    }
}
