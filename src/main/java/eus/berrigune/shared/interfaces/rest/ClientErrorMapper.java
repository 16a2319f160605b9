package eus.berrigune.shared.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** JAX-RS' own errors (unknown path, wrong method, unreadable JSON) as problem documents without internals. */
@Provider
public class ClientErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String key = switch (status) {
            case 401 -> "problem.unauthorized.title";
            case 403 -> "problem.forbidden.title";
            case 404 -> "problem.notFound.title";
            case 405 -> "problem.methodNotAllowed.title";
            case 406, 415 -> "problem.mediaType.title";
            default -> status >= 500 ? "problem.internal.title" : "problem.badRequest.title";
        };
        String detail = status >= 500 ? "problem.internal.detail" : key.replace(".title", ".detail");
        Response response = ProblemResponses.build(status, "http-" + status, ProblemResponses.locale(headers), key,
                detail, List.of(), List.of());
        if (status == 401 && e.getResponse() != null && e.getResponse().getHeaderString("WWW-Authenticate") != null) {
            return Response.fromResponse(response)
                    .header("WWW-Authenticate", e.getResponse().getHeaderString("WWW-Authenticate"))
                    .build();
        }
        return response;
    }
}
