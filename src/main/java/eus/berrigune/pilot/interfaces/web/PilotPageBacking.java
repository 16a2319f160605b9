package eus.berrigune.pilot.interfaces.web;

import eus.berrigune.pilot.application.PilotAction;
import eus.berrigune.pilot.application.PilotService;
import eus.berrigune.pilot.application.PilotView;
import eus.berrigune.pilot.domain.Pilot;
import eus.berrigune.pilot.domain.PilotProtocol;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import eus.berrigune.shared.interfaces.web.PageResponses;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /pilots/pilot.xhtml?id=…}: one pilot for everybody involved: its state, the regulatory gate, the protocol,
 * results and timeline, and the steps the reader may take now. Every step is confirmed first (with its reason, note
 * or stop criterion, where it needs one); the protocol, results and status updates are forms of their own.
 */
@Named
@ViewScoped
public class PilotPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "pilot";

    @Inject
    transient PilotService service;

    @Inject
    LocaleBean locale;

    private Long id;
    private boolean requested;
    private PilotView pilot;
    private PilotAction confirming;
    private String reason;
    private String note;
    private String update;
    private String criterion;
    private String endpoints;
    private Integer durationWeeks;
    private String sites;
    private String stopCriteria;
    private String costs;
    private boolean dataProtectionDone;
    private List<ResultRow> results = new ArrayList<>();
    private String summary;
    private Integer participants;
    private Map<String, String> rowErrors = new HashMap<>();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new NotFoundException("pilot", "");
            }
            reload();
            if (requested) {
                FacesMessages.info("pilot.message.requested");
            }
        } catch (NotFoundException e) {
            PageResponses.notFound();
        }
    }

    private void reload() {
        pilot = service.get(id, locale.getLanguage());
        PilotView.Protocol p = pilot.protocol();
        endpoints = p.endpointsText();
        durationWeeks = p.durationWeeks();
        sites = p.sites();
        stopCriteria = p.stopCriteria();
        costs = p.costs();
        dataProtectionDone = p.dataProtectionDone();
        results = new ArrayList<>();
        for (int i = 0; i < p.endpoints().size(); i++) {
            ResultRow row = new ResultRow(p.endpoints().get(i));
            if (i < pilot.results().size()) {
                row.setMet(pilot.results().get(i).met());
                row.setFinding(pilot.results().get(i).finding());
            }
            results.add(row);
        }
        summary = pilot.resultSummary();
        participants = pilot.participants();
        rowErrors = new HashMap<>();
    }

    /** Opens the confirmation of a step. */
    public void ask(String action) {
        confirming = PilotAction.valueOf(action);
        reason = null;
        note = null;
        criterion = null;
    }

    public void cancel() {
        confirming = null;
    }

    /** Takes the confirmed step. */
    public void confirm() {
        if (confirming == null) {
            return;
        }
        try {
            switch (confirming) {
                case TRIAGE -> service.startTriage(id);
                case APPROVE -> service.approve(id);
                case REJECT -> service.reject(id, reason);
                case CLINICAL_INVESTIGATION -> service.routeToClinicalInvestigation(id, note);
                case INVITE -> service.invite(id);
                case ACCEPT -> service.accept(id);
                case DECLINE -> service.decline(id, reason);
                case AGREE -> service.agree(id, pilot.protocol().revision());
                case START -> service.start(id);
                case STOP -> service.stop(id, criterion);
                case FINISH -> service.finish(id);
                case SIGN_OFF -> service.signOff(id);
                case WITHDRAW -> service.withdraw(id, reason);
                default -> throw new IllegalArgumentException(confirming.name());
            }
            String done = "PilotAction." + confirming.name() + ".done";
            confirming = null;
            reload();
            FacesMessages.info(done);
        } catch (BusinessException e) {
            FacesMessages.show(e, FORM);
            refreshKeepingInput();
        }
    }

    public void proposeProtocol() {
        try {
            service.proposeProtocol(id, pilot.version(), new PilotProtocol(endpoints, durationWeeks, sites,
                    stopCriteria, costs, dataProtectionDone));
            reload();
            FacesMessages.info("PilotAction.PROPOSE_PROTOCOL.done");
        } catch (BusinessException e) {
            FacesMessages.show(e, "protocol");
        }
    }

    public void postUpdate() {
        try {
            service.postUpdate(id, update);
            update = null;
            reload();
            FacesMessages.info("PilotAction.UPDATE.done");
        } catch (BusinessException e) {
            FacesMessages.show(e, "update");
        }
    }

    public void reportResults() {
        try {
            service.reportResults(id, results.stream().map(r -> new Pilot.Result(r.isMet(), r.getFinding())).toList(),
                    summary, participants);
            reload();
            FacesMessages.info("PilotAction.REPORT_RESULTS.done");
        } catch (BusinessException e) {
            rowErrors = FacesMessages.showWithRows(e, "evaluation", "results");
        }
    }

    /** After a failed step the pilot may have moved on meanwhile: show it as it is, keep what the user typed. */
    private void refreshKeepingInput() {
        try {
            pilot = service.get(id, locale.getLanguage());
            if (confirming != null && !pilot.actions().contains(confirming)) {
                confirming = null;
            }
        } catch (NotFoundException e) {
            confirming = null;
        }
    }

    /** One row of the results form: an agreed endpoint, whether it was met, what was found. */
    public static class ResultRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String endpoint;
        private boolean met;
        private String finding;

        ResultRow(String endpoint) {
            this.endpoint = endpoint;
        }

        public String getEndpoint() {
            return endpoint;
        }

        public boolean isMet() {
            return met;
        }

        public void setMet(boolean met) {
            this.met = met;
        }

        public String getFinding() {
            return finding;
        }

        public void setFinding(String finding) {
            this.finding = finding;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isRequested() {
        return requested;
    }

    public void setRequested(boolean requested) {
        this.requested = requested;
    }

    public PilotView getPilot() {
        return pilot;
    }

    public String getConfirming() {
        return confirming == null ? null : confirming.name();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getUpdate() {
        return update;
    }

    public void setUpdate(String update) {
        this.update = update;
    }

    public String getCriterion() {
        return criterion;
    }

    public void setCriterion(String criterion) {
        this.criterion = criterion;
    }

    public String getEndpoints() {
        return endpoints;
    }

    public void setEndpoints(String endpoints) {
        this.endpoints = endpoints;
    }

    public Integer getDurationWeeks() {
        return durationWeeks;
    }

    public void setDurationWeeks(Integer durationWeeks) {
        this.durationWeeks = durationWeeks;
    }

    public String getSites() {
        return sites;
    }

    public void setSites(String sites) {
        this.sites = sites;
    }

    public String getStopCriteria() {
        return stopCriteria;
    }

    public void setStopCriteria(String stopCriteria) {
        this.stopCriteria = stopCriteria;
    }

    public String getCosts() {
        return costs;
    }

    public void setCosts(String costs) {
        this.costs = costs;
    }

    public boolean isDataProtectionDone() {
        return dataProtectionDone;
    }

    public void setDataProtectionDone(boolean dataProtectionDone) {
        this.dataProtectionDone = dataProtectionDone;
    }

    public List<ResultRow> getResults() {
        return results;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public Map<String, String> getRowErrors() {
        return rowErrors;
    }
}
