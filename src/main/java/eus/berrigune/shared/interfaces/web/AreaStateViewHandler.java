package eus.berrigune.shared.interfaces.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.List;

/**
 * Public pages are stateless views for anonymous visitors: rendering them creates no HTTP session, so anonymous
 * browsing costs no server memory. Everything else keeps its state on the server, which is also what protects its
 * forms against cross-site request forgery: the pages of the signed-in areas (the prefixes web.xml protects), the
 * sign-in page (no login CSRF), and every page a signed-in user sees (its sign-out form).
 *
 * <p>The decision is made when the view is created, because MyFaces decides whether it needs a session before the
 * page's own {@code f:view transient} attribute (in the shared template) would be read.
 */
public class AreaStateViewHandler extends ViewHandlerWrapper {

    static final List<String> STATEFUL_AREAS = List.of("/company/", "/evaluator/", "/admin/", "/buyer/", "/account/", "/pilots/", "/login.xhtml", "/feedback.xhtml");

    public AreaStateViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isPublic(viewId) && context.getExternalContext().getUserPrincipal() == null) {
            root.setTransient(true);
        }
        return root;
    }

    static boolean isPublic(String viewId) {
        return viewId == null || STATEFUL_AREAS.stream().noneMatch(viewId::startsWith);
    }
}
