package eus.berrigune.identity.interfaces.web;

import eus.berrigune.identity.application.SingleSignOnRefusedException;
import eus.berrigune.identity.application.SingleSignOnSettings;
import eus.berrigune.identity.infrastructure.BerriguneAuthenticationMechanism;
import eus.berrigune.identity.infrastructure.OpenIdConnectClient;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The two addresses of single sign-on, both "not found" while it is not configured:
 *
 * <ul>
 *   <li>{@code GET /sso/start?next=/path}: the "Sign in with …" button; sends the browser to the identity provider;
 *   <li>{@code GET /sso/callback}: where the provider sends it back. The authentication mechanism has already
 *       completed the sign-in (or refused it) before this servlet runs; here the browser is only sent on, to where it
 *       was going or to the sign-in page with the reason ({@code /login.xhtml?sso=<reason>}).
 * </ul>
 */
@WebServlet({"/sso/start", BerriguneAuthenticationMechanism.SSO_CALLBACK_PATH})
public class SingleSignOnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SingleSignOnServlet.class.getName());

    @Inject
    SingleSignOnSettings settings;

    @Inject
    OpenIdConnectClient openIdConnect;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        String context = request.getContextPath();
        if (request.getServletPath().equals("/sso/start")) {
            try {
                response.sendRedirect(openIdConnect.begin(request, LoginBacking.safeNext(request.getParameter("next")))
                        .toString());
            } catch (SingleSignOnRefusedException unreachable) {
                LOG.log(Level.WARNING, "Single sign-on could not start: the identity provider cannot be reached", unreachable);
                response.sendRedirect(context + "/login.xhtml?sso=" + unreachable.reason().code());
            }
            return;
        }
        Object outcome = request.getAttribute(BerriguneAuthenticationMechanism.SSO_OUTCOME);
        if (outcome instanceof String next) {
            response.sendRedirect(context + LoginBacking.safeNext(next));
        } else if (outcome instanceof SingleSignOnRefusedException refused) {
            response.sendRedirect(context + "/login.xhtml?sso=" + refused.reason().code());
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
