package eus.berrigune.shortlist.interfaces.web;

import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import eus.berrigune.shared.interfaces.web.PageResponses;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import eus.berrigune.shortlist.application.SavedSearchDetails;
import eus.berrigune.shortlist.application.SavedSearchService;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * {@code /buyer/saved-search.xhtml?id=…}: a saved search with the products announced to it (new ones marked, then
 * seen), a link to run it, its name and alerts, and deleting it after confirming.
 */
@Named
@ViewScoped
public class SavedSearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "savedSearch";

    @Inject
    transient SavedSearchService service;

    @Inject
    LocaleBean locale;

    private Long id;
    private SavedSearchDetails search;
    private String name;
    private boolean alerts;
    private boolean confirmingDelete;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new NotFoundException("savedSearch", "");
            }
            reload();
        } catch (NotFoundException e) {
            PageResponses.notFound();
        }
    }

    private void reload() {
        search = service.open(id, locale.getLanguage());
        name = search.name();
        alerts = search.alerts();
    }

    public void change() {
        try {
            service.change(id, name, alerts);
            reload();
            FacesMessages.info("buyer.savedSearch.message.changed");
        } catch (BusinessException e) {
            FacesMessages.show(e, FORM);
        }
    }

    public void askDelete() {
        confirmingDelete = true;
    }

    public void cancelDelete() {
        confirmingDelete = false;
    }

    public void delete() throws IOException {
        try {
            service.delete(id);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/buyer/lists.xhtml?deleted=search");
        } catch (BusinessException e) {
            confirmingDelete = false;
            FacesMessages.show(e, FORM);
        }
    }

    public String getSearchUrl() {
        return "/search.xhtml" + (search.query().isEmpty() ? "" : "?" + search.query());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SavedSearchDetails getSearch() {
        return search;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isAlerts() {
        return alerts;
    }

    public void setAlerts(boolean alerts) {
        this.alerts = alerts;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }
}
