package eus.berrigune.pilot.interfaces.web;

import eus.berrigune.pilot.application.NeedService;
import eus.berrigune.pilot.application.NeedView;
import eus.berrigune.pilot.application.PilotService;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.domain.ValidationException;
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
 * {@code /pilots/request.xhtml?product=…[&need=…]}: request a pilot of a published product for one of the
 * organisation's needs (reached from a need's candidates or from a product page).
 */
@Named
@ViewScoped
public class PilotRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "request";

    @Inject
    transient PilotService pilots;

    @Inject
    transient NeedService needs;

    @Inject
    LocaleBean locale;

    private Long product;
    private Long need;
    private String productName;
    private List<NeedView> needList;
    private String intendedUse;
    private boolean withinIntendedPurpose;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        productName = product == null ? null
                : pilots.publishedProductName(product, locale.getLanguage()).orElse(null);
        if (productName == null) {
            PageResponses.notFound();
            return;
        }
        needList = needs.mine();
    }

    public void submit() throws IOException {
        try {
            if (need == null) {
                throw new ValidationException("needId", "pilot.validation.unknownNeed");
            }
            long id = pilots.request(need, product, intendedUse, withinIntendedPurpose);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/pilots/pilot.xhtml?id=" + id + "&requested=true");
        } catch (BusinessException e) {
            FacesMessages.show(e, FORM);
        }
    }

    public Long getProduct() {
        return product;
    }

    public void setProduct(Long product) {
        this.product = product;
    }

    public Long getNeed() {
        return need;
    }

    public void setNeed(Long need) {
        this.need = need;
    }

    public String getProductName() {
        return productName;
    }

    public List<NeedView> getNeeds() {
        return needList;
    }

    public String getIntendedUse() {
        return intendedUse;
    }

    public void setIntendedUse(String intendedUse) {
        this.intendedUse = intendedUse;
    }

    public boolean isWithinIntendedPurpose() {
        return withinIntendedPurpose;
    }

    public void setWithinIntendedPurpose(boolean withinIntendedPurpose) {
        this.withinIntendedPurpose = withinIntendedPurpose;
    }
}
