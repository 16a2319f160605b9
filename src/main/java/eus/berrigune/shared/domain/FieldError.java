package eus.berrigune.shared.domain;

/**
 * One invalid field of a command: the field's path (as the interfaces name it) and a message key.
 *
 * @param field path of the field, e.g. {@code regulatory.certificateExpiry}
 * @param messageKey bundle key of the message
 */
public record FieldError(String field, String messageKey) {}
