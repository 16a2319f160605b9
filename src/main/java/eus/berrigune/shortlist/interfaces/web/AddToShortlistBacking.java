package eus.berrigune.shortlist.interfaces.web;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.ProductSummary;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import eus.berrigune.shortlist.application.ShortlistService;
import eus.berrigune.shortlist.application.ShortlistSummary;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /buyer/add-to-shortlist.xhtml?id=…&id=…}: puts the chosen products (from a product page, the search results
 * or a comparison) on an existing shortlist or a new one.
 */
@Named
@ViewScoped
public class AddToShortlistBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "add";
    static final int MAX_IDS = 100;

    @Inject
    transient ShortlistService service;

    @Inject
    transient CatalogQueries catalog;

    @Inject
    LocaleBean locale;

    private List<Long> productIds = List.of();
    private List<ProductSummary> products = List.of();
    private List<ShortlistSummary> shortlists = List.of();
    private String name;
    private Long addedTo;
    private String addedToName;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        String[] values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("id");
        List<Long> ids = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                try {
                    long productId = Long.parseLong(value.strip());
                    if (!ids.contains(productId) && ids.size() < MAX_IDS) {
                        ids.add(productId);
                    }
                } catch (NumberFormatException ignored) {
                    // not a product id: left out, like a product the buyer may not read
                }
            }
        }
        var readable = catalog.readable(ids, locale.getLanguage());
        productIds = ids.stream().filter(readable::containsKey).toList();
        products = productIds.stream().map(readable::get).toList();
        shortlists = service.mine();
    }

    public void addTo(long shortlistId) {
        try {
            int added = service.add(shortlistId, productIds);
            addedTo = shortlistId;
            addedToName = shortlists.stream().filter(s -> s.id() == shortlistId).map(ShortlistSummary::name)
                    .findFirst().orElse("");
            FacesMessages.info("buyer.add.message.added", added, addedToName);
            shortlists = service.mine();
        } catch (BusinessException e) {
            FacesMessages.show(e, FORM);
        }
    }

    public void create() {
        try {
            addedTo = service.create(name, productIds);
            addedToName = name.strip();
            FacesMessages.info("buyer.add.message.created", addedToName, productIds.size());
            name = null;
            shortlists = service.mine();
        } catch (BusinessException e) {
            FacesMessages.show(e, FORM);
        }
    }

    public List<ProductSummary> getProducts() {
        return products;
    }

    public List<ShortlistSummary> getShortlists() {
        return shortlists;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getAddedTo() {
        return addedTo;
    }

    public String getAddedToName() {
        return addedToName;
    }
}
