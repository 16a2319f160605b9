package eus.berrigune.shared.interfaces.web;

import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.domain.FieldError;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The one helper that turns message keys into Faces messages. Field errors are attached to the input whose id is
 * the field path with dots replaced by underscores ({@code regulatory.certificateExpiry} →
 * {@code regulatory_certificateExpiry}) inside the given form; unknown fields become global messages.
 */
public final class FacesMessages {

    private FacesMessages() {}

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        if (bundle == null || !bundle.containsKey(key)) {
            return key;
        }
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** Shows a business failure: field errors next to their inputs, anything else as a global error. */
    public static void show(BusinessException e, String formId) {
        if (e instanceof ValidationException v) {
            error("error.validation.summary");
            for (FieldError f : v.getFieldErrors()) {
                String clientId = formId + ":" + f.field().replace('.', '_');
                UIComponent component = FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId);
                String text = text(f.messageKey());
                if (component != null) {
                    add(clientId, FacesMessage.SEVERITY_ERROR, text);
                    FacesContext.getCurrentInstance().validationFailed();
                } else {
                    add(null, FacesMessage.SEVERITY_ERROR, text(fieldLabelKey(f.field())) + ": " + text);
                }
            }
        } else {
            error(e.getMessageKey(), e.getArguments().toArray());
        }
    }

    /**
     * Shows a business failure on a page whose repeated rows (inside {@code ui:repeat}) cannot be found by component
     * id: errors of fields {@code list.N} or {@code list.N.field}, for the given lists, are returned by row
     * ({@code list.N} → message, several joined) for the page to show next to the row; the others are shown as
     * {@link #show} does. Validation failures mark the request failed either way.
     */
    public static java.util.Map<String, String> showWithRows(BusinessException e, String formId, String... rowLists) {
        java.util.Map<String, String> rows = new java.util.HashMap<>();
        if (!(e instanceof ValidationException v)) {
            show(e, formId);
            return rows;
        }
        java.util.List<FieldError> other = new java.util.ArrayList<>();
        for (FieldError f : v.getFieldErrors()) {
            String row = rowOf(f.field(), rowLists);
            if (row == null) {
                other.add(f);
            } else {
                rows.merge(row, text(f.messageKey()), (a, b) -> a + " " + b);
            }
        }
        if (other.isEmpty()) {
            error("error.validation.summary");
        } else {
            show(new ValidationException(other), formId);
        }
        FacesContext.getCurrentInstance().validationFailed();
        return rows;
    }

    /** {@code list.N} for a field {@code list.N} or {@code list.N.field} of one of the lists, else null. */
    static String rowOf(String field, String... rowLists) {
        for (String list : rowLists) {
            if (field.startsWith(list + ".")) {
                int end = field.indexOf('.', list.length() + 1);
                String row = end < 0 ? field : field.substring(0, end);
                return row.substring(list.length() + 1).chars().allMatch(Character::isDigit) ? row : null;
            }
        }
        return null;
    }

    static String fieldLabelKey(String field) {
        return "field." + field.replaceAll("^texts\\.(eu|es|en)\\.", "texts.");
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
