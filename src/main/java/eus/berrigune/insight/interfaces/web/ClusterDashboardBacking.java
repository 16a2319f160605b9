package eus.berrigune.insight.interfaces.web;

import eus.berrigune.insight.application.ClusterDashboard;
import eus.berrigune.insight.application.ClusterFigures;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /insight/cluster.xhtml}: the market in figures, public and stateless. */
@Named
@RequestScoped
public class ClusterDashboardBacking {

    @Inject
    ClusterDashboard dashboard;

    @Inject
    LocaleBean locale;

    private ClusterFigures figures;

    public ClusterFigures getFigures() {
        if (figures == null) {
            figures = dashboard.figures(locale.getLanguage());
        }
        return figures;
    }
}
