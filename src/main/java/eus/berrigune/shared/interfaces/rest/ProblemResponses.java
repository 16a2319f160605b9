package eus.berrigune.shared.interfaces.rest;

import eus.berrigune.shared.application.MessageBundle;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds localised problem responses for the exception mappers. */
final class ProblemResponses {

    private ProblemResponses() {}

    static Locale locale(HttpHeaders headers) {
        return RequestLanguage.of(headers).locale();
    }

    static Response build(int status, String type, Locale locale, String titleKey, String detailKey,
            List<Object> arguments, List<Problem.InvalidField> errors) {
        Problem problem = new Problem(
                "https://berrigune.example/problems/" + type,
                MessageBundle.format(locale, titleKey, List.of()),
                status,
                MessageBundle.format(locale, detailKey, arguments),
                errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
