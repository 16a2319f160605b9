package eus.berrigune.identity.interfaces.web;

import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.domain.Role;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The signed-in areas by role: {@code /company/} for suppliers, {@code /evaluator/} for evaluators, {@code /admin/}
 * for administrators. A signed-in user without the role gets "not found" (a forbidden page looks like a missing
 * one); anonymous visitors were already sent to the sign-in page by the authentication mechanism. The application
 * services check again, object by object.
 */
@WebFilter(filterName = "AreaAccessFilter", urlPatterns = {"/company/*", "/evaluator/*", "/admin/*"})
public class AreaAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Map<String, Role> AREAS = Map.of(
            "/company/", Role.SUPPLIER,
            "/evaluator/", Role.EVALUATOR,
            "/admin/", Role.ADMIN);

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Role required = requiredRole(path);
        if (required != null && currentUser.isSignedIn() && !currentUser.hasRole(required)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    static Role requiredRole(String path) {
        return AREAS.entrySet().stream()
                .filter(e -> path.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
