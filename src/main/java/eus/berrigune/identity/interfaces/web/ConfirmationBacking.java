package eus.berrigune.identity.interfaces.web;

import eus.berrigune.identity.application.RegistrationService;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /confirm.xhtml?token=…}: confirms a registration's e-mail address. Opening the link changes nothing (mail
 * scanners open links too); the visitor presses the button, which posts the token.
 */
@Named
@RequestScoped
public class ConfirmationBacking {

    @Inject
    RegistrationService registrations;

    private String token;
    private boolean confirmed;

    public void confirm() {
        try {
            registrations.confirm(token);
            confirmed = true;
        } catch (BusinessException e) {
            FacesMessages.show(e, "confirm");
        }
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
