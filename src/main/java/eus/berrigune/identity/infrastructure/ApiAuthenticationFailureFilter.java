package eus.berrigune.identity.infrastructure;

import eus.berrigune.identity.application.SignInRefusal;
import eus.berrigune.shared.application.DatabaseOutage;
import eus.berrigune.shared.application.MessageBundle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

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
            Locale locale = eus.berrigune.shared.domain.Language.of(request.getLocale()).locale();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"https://berrigune.example/problems/unavailable\",\"title\":\""
                    + json(MessageBundle.format(locale, "problem.unavailable.title", List.of()))
                    + "\",\"status\":503,\"detail\":\""
                    + json(MessageBundle.format(locale, "problem.unavailable.detail", List.of())) + "\"}");
            return;
        }
        if (Boolean.TRUE.equals(request.getAttribute(BerriguneAuthenticationMechanism.AUTHENTICATION_FAILED))
                && request.getAttribute(SignInRefusal.REQUEST_ATTRIBUTE) instanceof SignInRefusal refusal) {
            boolean throttled = refusal.reason() == SignInRefusal.Reason.THROTTLED;
            response.setStatus(throttled ? 429 : HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds()));
            if (!throttled) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Berrigune API\", charset=\"UTF-8\"");
            }
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            String detail = throttled
                    ? MessageBundle.format(eus.berrigune.shared.domain.Language.of(request.getLocale()).locale(), "login.message.throttled",
                            List.of(refusal.retryAfterSeconds()))
                    : MessageBundle.format(eus.berrigune.shared.domain.Language.of(request.getLocale()).locale(), "login.message.locked",
                            List.of(refusal.retryAfterMinutes()));
            response.getWriter().write("{\"type\":\"https://berrigune.example/problems/"
                    + (throttled ? "too-many-requests" : "account-locked") + "\",\"title\":\""
                    + (throttled ? "Too Many Requests" : "Unauthorized") + "\",\"status\":" + (throttled ? 429 : 401)
                    + ",\"detail\":\"" + json(detail) + "\",\"retryAfterSeconds\":" + refusal.retryAfterSeconds() + "}");
            return;
        }
        if (Boolean.TRUE.equals(request.getAttribute(BerriguneAuthenticationMechanism.AUTHENTICATION_FAILED))) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Berrigune API\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"https://berrigune.example/problems/unauthorized\","
                    + "\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"The user name or password is not correct (HTTP Basic).\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
