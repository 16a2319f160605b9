package eus.berrigune.identity.infrastructure;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Stops API requests whose credentials were wrong ({@link BerriguneAuthenticationMechanism} marks them) with a 401
 * problem document, so that they never run as anonymous calls.
 */
@WebFilter(filterName = "ApiAuthenticationFailureFilter", urlPatterns = "/api/*")
public class ApiAuthenticationFailureFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
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
}
