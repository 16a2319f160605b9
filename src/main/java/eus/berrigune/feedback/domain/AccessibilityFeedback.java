package eus.berrigune.feedback.domain;

import eus.berrigune.shared.domain.BaseEntity;
import eus.berrigune.shared.domain.FieldError;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A report of an accessibility barrier, or a request for content in an accessible form. */
@Entity
@Table(name = "accessibility_feedback")
public class AccessibilityFeedback extends BaseEntity {

    public static final int MESSAGE_MAX = 4000;
    public static final int PAGE_MAX = 500;
    public static final int CONTACT_MAX = 254;
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Column(length = PAGE_MAX)
    private String page;

    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @Column(length = CONTACT_MAX)
    private String contact;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_by", length = 200)
    private String handledBy;

    protected AccessibilityFeedback() {}

    /**
     * @param page the page it is about (optional)
     * @param message what the barrier is, or what is asked for
     * @param contact an e-mail address for the answer (optional)
     * @param language the language of the report
     * @param userId the signed-in user, if any
     */
    public AccessibilityFeedback(String page, String message, String contact, Language language, Long userId) {
        List<FieldError> errors = new ArrayList<>();
        if (message == null || message.isBlank()) {
            errors.add(new FieldError("message", "validation.required"));
        } else if (message.length() > MESSAGE_MAX) {
            errors.add(new FieldError("message", "validation.tooLong"));
        }
        if (page != null && page.length() > PAGE_MAX) {
            errors.add(new FieldError("page", "validation.tooLong"));
        }
        if (contact != null && !contact.isBlank()
                && (contact.length() > CONTACT_MAX || !EMAIL.matcher(contact.strip()).matches())) {
            errors.add(new FieldError("contact", "validation.email"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.page = page == null || page.isBlank() ? null : page.strip();
        this.message = message.strip();
        this.contact = contact == null || contact.isBlank() ? null : contact.strip();
        this.language = language.code();
        this.userId = userId;
    }

    /** An administrator has dealt with it (once). */
    public void markHandled(String by, Instant at) {
        if (handledAt != null) {
            throw new InvalidStateException("feedback.error.alreadyHandled");
        }
        this.handledAt = at;
        this.handledBy = by;
        touch();
    }

    public Optional<String> getPage() {
        return Optional.ofNullable(page);
    }

    public String getMessage() {
        return message;
    }

    public Optional<String> getContact() {
        return Optional.ofNullable(contact);
    }

    public String getLanguage() {
        return language;
    }

    public Optional<Instant> getHandledAt() {
        return Optional.ofNullable(handledAt);
    }

    public Optional<String> getHandledBy() {
        return Optional.ofNullable(handledBy);
    }
}
