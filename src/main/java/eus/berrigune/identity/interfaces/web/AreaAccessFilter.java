package eus.berrigune.identity.interfaces.web;

import eus.berrigune.audit.application.AuditTrail;
import eus.berrigune.identity.application.AuthenticatedUser;
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
import java.util.function.Predicate;

/**
 * The signed-in areas by role: {@code /company/} for suppliers, {@code /evaluator/} for evaluators, {@code /admin/}
 * for administrators, {@code /buyer/} for staff of buying organisations (buyers, clinicians, evaluators) and
 * {@code /account/} for every signed-in user, {@code /pilots/} for buying staff and companies (a company sees only
 * the pilots it is invited to). A signed-in user without the role gets "not found" (a forbidden page
 * looks like a missing one); anonymous visitors were already sent to the sign-in page by the authentication
 * mechanism. The application services check again, object by object.
 */
@WebFilter(filterName = "AreaAccessFilter", urlPatterns = {"/company/*", "/evaluator/*", "/admin/*", "/buyer/*", "/account/*", "/pilots/*"})
public class AreaAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Map<String, Predicate<AuthenticatedUser>> AREAS = Map.of(
            "/company/", u -> u.hasRole(Role.SUPPLIER),
            "/evaluator/", u -> u.hasRole(Role.EVALUATOR),
            "/admin/", u -> u.hasRole(Role.ADMIN),
            "/buyer/", AuthenticatedUser::isBuyingStaff,
            "/account/", u -> true,
            "/pilots/", u -> u.isBuyingStaff() || u.hasRole(Role.SUPPLIER));

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Predicate<AuthenticatedUser> allowed = rule(path);
        if (allowed != null && currentUser.get().map(u -> !allowed.test(u)).orElse(false)) {
            audit.recordDenied("page", path, "area " + path.substring(0, path.indexOf('/', 1) + 1));
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    static Predicate<AuthenticatedUser> rule(String path) {
        return AREAS.entrySet().stream()
                .filter(e -> path.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
