package eus.berrigune.shortlist.interfaces.web;

import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import eus.berrigune.shared.interfaces.web.PageResponses;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import eus.berrigune.shortlist.application.ShortlistDetails;
import eus.berrigune.shortlist.application.ShortlistService;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.stream.Collectors;

/**
 * {@code /buyer/shortlist.xhtml?id=…}: one shortlist: its products (compare some or all of them, remove one), rename
 * it, delete it after confirming.
 */
@Named
@ViewScoped
public class ShortlistBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "shortlist";

    @Inject
    transient ShortlistService service;

    @Inject
    LocaleBean locale;

    private Long id;
    private ShortlistDetails shortlist;
    private String name;
    private boolean confirmingDelete;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new NotFoundException("shortlist", "");
            }
            reload();
        } catch (NotFoundException e) {
            PageResponses.notFound();
        }
    }

    private void reload() {
        shortlist = service.get(id, locale.getLanguage());
        name = shortlist.name();
    }

    public void rename() {
        try {
            service.rename(id, shortlist.version(), name);
            reload();
            FacesMessages.info("buyer.shortlist.message.renamed");
        } catch (BusinessException e) {
            FacesMessages.show(e, FORM);
        }
    }

    public void remove(long productId) {
        try {
            service.remove(id, productId);
            reload();
            FacesMessages.info("buyer.shortlist.message.removed");
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
            external.redirect(external.getRequestContextPath() + "/buyer/lists.xhtml?deleted=shortlist");
        } catch (BusinessException e) {
            confirmingDelete = false;
            FacesMessages.show(e, FORM);
        }
    }

    /** The compare page for every available product, when there are 2 to 4 of them. */
    public String getCompareAllUrl() {
        var ids = shortlist.availableIds();
        if (ids.size() < 2 || ids.size() > 4) {
            return null;
        }
        return ids.stream().map(i -> "id=" + i).collect(Collectors.joining("&", "/compare.xhtml?", ""));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ShortlistDetails getShortlist() {
        return shortlist;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }
}
