package eus.berrigune.pilot.interfaces.web;

import eus.berrigune.pilot.application.PilotDashboard;
import eus.berrigune.pilot.application.PilotDashboardView;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /pilots/dashboard.xhtml}: the buying organisation's needs and pilots as charts and tables. */
@Named
@RequestScoped
public class PilotDashboardBacking {

    @Inject
    PilotDashboard dashboard;

    @Inject
    LocaleBean locale;

    private PilotDashboardView view;

    public PilotDashboardView getView() {
        if (view == null) {
            view = dashboard.of(locale.getLanguage());
        }
        return view;
    }
}
