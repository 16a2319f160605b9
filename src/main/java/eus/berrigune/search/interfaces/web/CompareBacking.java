package eus.berrigune.search.interfaces.web;

import eus.berrigune.search.application.Comparison;
import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;

/** {@code /compare.xhtml?id=…&id=…}: two to four products side by side; printable; exportable as CSV. */
@Named
@RequestScoped
public class CompareBacking {

    @Inject
    Comparison comparison;

    @Inject
    LocaleBean locale;

    @Inject
    HttpServletRequest request;

    private Comparison.Result result;
    private List<ComparisonTable.Row> rows = List.of();
    private boolean invalid;

    public void load() {
        try {
            result = comparison.compare(ids(request.getParameterValues("id")));
            rows = ComparisonTable.rows(result, locale.getLanguage(),
                    key -> MessageBundle.get(locale.getLanguage(), key));
        } catch (ValidationException e) {
            invalid = true;
        }
    }

    static List<Long> ids(String[] values) {
        List<Long> ids = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                try {
                    ids.add(Long.parseLong(value.strip()));
                } catch (NumberFormatException ignored) {
                    // not an id: nothing to compare
                }
            }
        }
        return ids;
    }

    /** Puts the compared products on a shortlist (buying staff). */
    public String getShortlistUrl() {
        String query = request.getQueryString();
        return request.getContextPath() + "/buyer/add-to-shortlist.xhtml" + (query == null ? "" : "?" + query);
    }

    public String getCsvUrl() {
        String query = request.getQueryString();
        return request.getContextPath() + "/compare.csv" + (query == null ? "" : "?" + query);
    }

    public boolean isInvalid() {
        return invalid;
    }

    public Comparison.Result getResult() {
        return result;
    }

    public List<ComparisonTable.Row> getRows() {
        return rows;
    }

    /** Header cells: the products' names. */
    public List<String> getNames() {
        return rows.isEmpty() ? List.of() : rows.get(0).values();
    }

    public List<ComparisonTable.Row> getBodyRows() {
        return rows.size() <= 1 ? List.of() : rows.subList(1, rows.size());
    }

    public List<Long> getIds() {
        return result == null ? List.of() : result.products().stream().map(p -> p.id()).toList();
    }
}
