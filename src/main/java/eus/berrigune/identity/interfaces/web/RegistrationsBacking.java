package eus.berrigune.identity.interfaces.web;

import eus.berrigune.identity.application.RegistrationService;
import eus.berrigune.identity.application.RegistrationView;
import eus.berrigune.identity.domain.OrganisationStatus;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /admin/registrations.xhtml}: companies waiting for confirmation or approval; approve or reject. */
@Named
@ViewScoped
public class RegistrationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RegistrationService registrations;

    private List<RegistrationView> waiting;
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> rowErrors = new HashMap<>();

    @PostConstruct
    void load() {
        waiting = registrations.list(EnumSet.of(OrganisationStatus.PENDING_CONFIRMATION,
                OrganisationStatus.PENDING_APPROVAL));
    }

    public void approve(RegistrationView registration) {
        decide(registration, true);
    }

    public void reject(RegistrationView registration) {
        decide(registration, false);
    }

    private void decide(RegistrationView registration, boolean approve) {
        rowErrors.clear();
        try {
            String reason = reasons.get(registration.id());
            if (approve) {
                registrations.approve(registration.id(), reason);
                FacesMessages.info("admin.registrations.message.approved", registration.companyName());
            } else {
                registrations.reject(registration.id(), reason);
                FacesMessages.info("admin.registrations.message.rejected", registration.companyName());
            }
            reasons.remove(registration.id());
            load();
        } catch (ValidationException e) {
            rowErrors.put(registration.id(), e.getFieldErrors().isEmpty() ? ""
                    : FacesMessages.text(e.getFieldErrors().get(0).messageKey()));
            FacesMessages.error("error.validation.summary");
        } catch (BusinessException e) {
            FacesMessages.show(e, "registrations");
            load();
        }
    }

    public List<RegistrationView> getRegistrations() {
        return waiting;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getRowErrors() {
        return rowErrors;
    }
}
