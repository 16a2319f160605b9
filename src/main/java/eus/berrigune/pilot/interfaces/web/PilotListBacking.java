package eus.berrigune.pilot.interfaces.web;

import eus.berrigune.pilot.application.NeedService;
import eus.berrigune.pilot.application.NeedView;
import eus.berrigune.pilot.application.PilotService;
import eus.berrigune.pilot.application.PilotSummary;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /pilots/index.xhtml}: for buying staff, the organisation's clinical needs and pilots; for a company, the
 * pilots it is invited to.
 */
@Named
@RequestScoped
public class PilotListBacking {

    @Inject
    PilotService pilots;

    @Inject
    NeedService needs;

    @Inject
    LocaleBean locale;

    private List<PilotSummary> pilotList;
    private List<NeedView> needList;

    public List<PilotSummary> getPilots() {
        if (pilotList == null) {
            pilotList = pilots.mine(locale.getLanguage());
        }
        return pilotList;
    }

    /** The organisation's needs (buying staff only; a company has none). */
    public List<NeedView> getNeeds() {
        if (needList == null) {
            needList = needs.mine();
        }
        return needList;
    }
}
