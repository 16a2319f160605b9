package eus.berrigune.identity.infrastructure;

import eus.berrigune.identity.application.SignInRefusal;
import eus.berrigune.shared.application.DatabaseOutage;
import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.interfaces.rest.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stops API requests whose credentials were wrong ({@link BerriguneAuthenticationMechanism} marks them) with a 401
 * problem document, so that they never run as anonymous calls; a locked name also with Retry-After, a throttled
 * address with 429 and Retry-After, both said in the request's language; credentials that could not be checked
 * because the database cannot be reached with 503 and Retry-After.
 */
@WebFilter(filterName = "ApiAuthenticationFailureFilter", urlPatterns = "/api/*")
public class ApiAuthenticationFailureFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Boolean.TRUE.equals(request.getAttribute(BerriguneAuthenticationMechanism.DATABASE_UNAVAILABLE))) {
            Locale locale = locale(request);
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            ServletProblems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable",
                    MessageBundle.format(locale, "problem.unavailable.title", List.of()),
                    MessageBundle.format(locale, "problem.unavailable.detail", List.of()), Map.of());
            return;
        }
        if (Boolean.TRUE.equals(request.getAttribute(BerriguneAuthenticationMechanism.AUTHENTICATION_FAILED))
                && request.getAttribute(SignInRefusal.REQUEST_ATTRIBUTE) instanceof SignInRefusal refusal) {
            Locale locale = locale(request);
            boolean throttled = refusal.reason() == SignInRefusal.Reason.THROTTLED;
            response.setHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds()));
            if (!throttled) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Berrigune API\", charset=\"UTF-8\"");
            }
            String detail = throttled
                    ? MessageBundle.format(locale, "login.message.throttled", List.of(refusal.retryAfterSeconds()))
                    : MessageBundle.format(locale, "login.message.locked", List.of(refusal.retryAfterMinutes()));
            ServletProblems.write(response, throttled ? 429 : HttpServletResponse.SC_UNAUTHORIZED,
                    throttled ? "too-many-requests" : "account-locked",
                    MessageBundle.format(locale,
                            throttled ? "problem.tooManyRequests.title" : "problem.unauthorized.title", List.of()),
                    detail,
                    Map.of("retryAfterSeconds", (long) refusal.retryAfterSeconds()));
            return;
        }
        if (Boolean.TRUE.equals(request.getAttribute(BerriguneAuthenticationMechanism.AUTHENTICATION_FAILED))) {
            Locale locale = locale(request);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Berrigune API\", charset=\"UTF-8\"");
            ServletProblems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    MessageBundle.format(locale, "problem.unauthorized.title", List.of()),
                    MessageBundle.format(locale, "login.message.failed", List.of()), Map.of());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The language of a refusal: the request's, as the API's other answers use it. */
    private static Locale locale(HttpServletRequest request) {
        return Language.of(request.getLocale()).locale();
    }
}
