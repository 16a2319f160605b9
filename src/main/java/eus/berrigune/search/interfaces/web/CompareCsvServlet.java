package eus.berrigune.search.interfaces.web;

import eus.berrigune.search.application.Comparison;
import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /compare.csv?id=…&id=…}: the comparison table as CSV (UTF-8 with BOM, so spreadsheets read accents). */
@WebServlet("/compare.csv")
public class CompareCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Comparison comparison;

    @Inject
    transient LocaleBean locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Comparison.Result result;
        try {
            result = comparison.compare(CompareBacking.ids(request.getParameterValues("id")));
        } catch (ValidationException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String csv = ComparisonTable.csv(ComparisonTable.rows(result, locale.getLanguage(),
                key -> MessageBundle.get(locale.getLanguage(), key)));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"berrigune-comparison.csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getWriter().write('\uFEFF' + csv);
    }
}
