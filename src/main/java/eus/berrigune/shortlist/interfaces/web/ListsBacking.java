package eus.berrigune.shortlist.interfaces.web;

import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import eus.berrigune.shortlist.application.SavedSearchService;
import eus.berrigune.shortlist.application.SavedSearchSummary;
import eus.berrigune.shortlist.application.ShortlistService;
import eus.berrigune.shortlist.application.ShortlistSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code /buyer/lists.xhtml}: the signed-in buyer's shortlists and saved searches; a new shortlist. */
@Named
@ViewScoped
public class ListsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "create";

    @Inject
    transient ShortlistService shortlists;

    @Inject
    transient SavedSearchService savedSearches;

    private List<ShortlistSummary> shortlistList;
    private List<SavedSearchSummary> searchList;
    private String name;

    @PostConstruct
    void load() {
        shortlistList = shortlists.mine();
        searchList = savedSearches.mine();
    }

    public void create() {
        try {
            shortlists.create(name, List.of());
            FacesMessages.info("buyer.lists.message.created", name.strip());
            name = null;
            load();
        } catch (BusinessException e) {
            FacesMessages.show(e, FORM);
        }
    }

    public List<ShortlistSummary> getShortlists() {
        return shortlistList;
    }

    public List<SavedSearchSummary> getSavedSearches() {
        return searchList;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
