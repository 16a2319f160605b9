package eus.berrigune.insight.interfaces.web;

import eus.berrigune.insight.application.AdminDashboard;
import eus.berrigune.insight.application.AdminFigures;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /admin/dashboard.xhtml}: the installation in figures, for administrators. */
@Named
@RequestScoped
public class AdminDashboardBacking {

    @Inject
    AdminDashboard dashboard;

    @Inject
    LocaleBean locale;

    private AdminFigures figures;

    public AdminFigures getFigures() {
        if (figures == null) {
            figures = dashboard.figures(locale.getLanguage());
        }
        return figures;
    }
}
