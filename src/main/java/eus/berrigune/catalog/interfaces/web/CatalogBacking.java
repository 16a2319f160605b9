package eus.berrigune.catalog.interfaces.web;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.Page;
import eus.berrigune.catalog.application.ProductSummary;
import eus.berrigune.catalog.domain.ProductRecord;
import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.nomenclature.domain.EmdnTerm;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The public catalogue ({@code /catalog/index.xhtml?emdn=Z12&page=0}): published products within an EMDN subtree,
 * with the path above and the codes below. The whole state is in the URL.
 */
@Named
@RequestScoped
public class CatalogBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    CatalogQueries queries;

    @Inject
    EmdnNomenclature emdn;

    @Inject
    LocaleBean locale;

    private String code;
    private int page;
    private Page<ProductSummary> results;
    private List<EmdnTerm> path = List.of();
    private List<EmdnTerm> children = List.of();

    /** View action: reads the parameters (invalid ones are ignored, never an error page) and loads the page. */
    public void load() {
        if (code != null) {
            code = code.strip().toUpperCase();
            if (!ProductRecord.EMDN.matcher(code).matches() || !emdn.exists(code)) {
                code = null;
            }
        }
        page = Math.max(0, page);
        results = queries.published(code, page, PAGE_SIZE, locale.getLanguage());
        if (code != null) {
            path = emdn.path(code);
            children = emdn.children(code);
        } else {
            children = emdn.categories();
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public Page<ProductSummary> getResults() {
        return results;
    }

    public List<EmdnTerm> getPath() {
        return path;
    }

    public List<EmdnTerm> getChildren() {
        return children;
    }

    public EmdnTerm getCurrent() {
        return path.isEmpty() ? null : path.get(path.size() - 1);
    }
}
