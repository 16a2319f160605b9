package eus.berrigune.shortlist.interfaces.web;

import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import eus.berrigune.shortlist.application.SavedSearchService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * {@code /buyer/save-search.xhtml?q=…&f=…}: names and keeps the search whose query it was opened with (the search
 * page links here), with alerts on by default.
 */
@Named
@ViewScoped
public class SaveSearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "save";

    @Inject
    transient SavedSearchService service;

    @Inject
    LocaleBean locale;

    private String query = "";
    private String name;
    private boolean alerts = true;
    private Long savedId;

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        String raw = ((HttpServletRequest) faces.getExternalContext().getRequest()).getQueryString();
        // the search as the search page performs it (unknown parameters dropped, the text's first 200 characters);
        // one still too long to keep is refused when saving, never turned into another search
        query = service.canonical(raw == null ? "" : raw);
        String text = faces.getExternalContext().getRequestParameterMap().get("q");
        name = text == null || text.isBlank() ? null : text.strip().substring(0, Math.min(text.strip().length(), 120));
    }

    public void save() {
        try {
            savedId = service.save(name, query, alerts, locale.getLanguage());
            FacesMessages.info("buyer.save.message.saved", name.strip());
        } catch (BusinessException e) {
            FacesMessages.show(e, FORM);
        }
    }

    /** The search page with this search. */
    public String getSearchUrl() {
        return "/search.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    public String getQuery() {
        return query;
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

    public Long getSavedId() {
        return savedId;
    }
}
