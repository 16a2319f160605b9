package eus.berrigune.insight.interfaces.web;

import eus.berrigune.insight.application.AttentionItem;
import eus.berrigune.insight.application.AttentionService;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The "needs your attention" list on the home page of a signed-in user. */
@Named
@RequestScoped
public class AttentionBacking {

    @Inject
    AttentionService attention;

    @Inject
    LocaleBean locale;

    private List<AttentionItem> items;

    public List<AttentionItem> getItems() {
        if (items == null) {
            items = attention.forCaller(locale.getLanguage());
        }
        return items;
    }
}
