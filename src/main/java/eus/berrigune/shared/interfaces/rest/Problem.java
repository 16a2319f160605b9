package eus.berrigune.shared.interfaces.rest;

import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}), with the invalid fields when there are any.
 *
 * @param type problem type URI
 * @param title short, localised summary
 * @param status HTTP status
 * @param detail localised explanation
 * @param errors invalid fields, if any
 */
public record Problem(String type, String title, int status, String detail, List<InvalidField> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** @param field path of the field @param message localised message */
    public record InvalidField(String field, String message) {}
}
