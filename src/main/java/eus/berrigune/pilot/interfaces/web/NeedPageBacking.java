package eus.berrigune.pilot.interfaces.web;

import eus.berrigune.pilot.application.CandidateView;
import eus.berrigune.pilot.application.NeedService;
import eus.berrigune.pilot.application.NeedView;
import eus.berrigune.pilot.application.PilotService;
import eus.berrigune.pilot.application.PilotSummary;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import eus.berrigune.shared.interfaces.web.PageResponses;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /pilots/need.xhtml?id=…}: a clinical need, its candidate products ranked with every point explained (request
 * a pilot of one), the pilots requested for it, and, for procurement officers, "ask the market" after a confirmation.
 */
@Named
@ViewScoped
public class NeedPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NeedService needs;

    @Inject
    transient PilotService pilots;

    @Inject
    LocaleBean locale;

    private Long id;
    private boolean created;
    private NeedView need;
    private List<CandidateView> candidates;
    private List<PilotSummary> needPilots;
    private boolean confirmingConsultation;
    private boolean confirmingMarketRequest;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new NotFoundException("need", "");
            }
            reload();
            if (created) {
                FacesMessages.info("need.message.created");
            }
        } catch (NotFoundException e) {
            PageResponses.notFound();
        }
    }

    private void reload() {
        need = needs.get(id);
        candidates = needs.candidates(id, locale.getLanguage());
        needPilots = pilots.forNeed(id, locale.getLanguage());
    }

    public void askConsultation() {
        confirmingConsultation = true;
    }

    public void cancelConsultation() {
        confirmingConsultation = false;
    }

    public void askMarketRequest() {
        confirmingMarketRequest = true;
    }

    public void cancelMarketRequest() {
        confirmingMarketRequest = false;
    }

    /** A clinician asks the procurement officers to consult the market. */
    public void requestMarketConsultation() {
        confirmingMarketRequest = false;
        try {
            needs.requestMarketConsultation(id);
            need = needs.get(id);
            FacesMessages.info("need.message.marketRequested");
        } catch (BusinessException e) {
            FacesMessages.show(e, "need");
        }
    }

    public void askTheMarket() throws IOException {
        try {
            long consultation = needs.askTheMarket(id);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/buyer/consultation.xhtml?id=" + consultation);
        } catch (BusinessException e) {
            confirmingConsultation = false;
            FacesMessages.show(e, "need");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isCreated() {
        return created;
    }

    public void setCreated(boolean created) {
        this.created = created;
    }

    public NeedView getNeed() {
        return need;
    }

    public List<CandidateView> getCandidates() {
        return candidates;
    }

    public List<PilotSummary> getPilots() {
        return needPilots;
    }

    public boolean isConfirmingMarketRequest() {
        return confirmingMarketRequest;
    }

    public boolean isConfirmingConsultation() {
        return confirmingConsultation;
    }
}
