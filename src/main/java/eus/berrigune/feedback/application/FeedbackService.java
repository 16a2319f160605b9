package eus.berrigune.feedback.application;

import eus.berrigune.audit.application.AuditTrail;
import eus.berrigune.feedback.domain.AccessibilityFeedback;
import eus.berrigune.feedback.domain.AccessibilityFeedbackRepository;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.notification.application.NotificationService;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The accessibility feedback channel: anybody reports; every administrator is told (in the application and by
 * e-mail) in the same transaction; administrators read the reports and mark them handled.
 */
@ApplicationScoped
@Transactional
public class FeedbackService {

    static final int LIST_LIMIT = 200;
    static final int EXCERPT = 120;

    @Inject
    AccessibilityFeedbackRepository feedback;

    @Inject
    CurrentUser currentUser;

    @Inject
    IdentityService identity;

    @Inject
    NotificationService notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Records a report from anybody, signed in or not; returns its id. */
    public long submit(String page, String message, String contact, Language language) {
        Optional<AuthenticatedUser> user = currentUser.get();
        AccessibilityFeedback f = feedback.save(new AccessibilityFeedback(page, message, contact, language,
                user.map(AuthenticatedUser::userId).orElse(null)));
        String excerpt = f.getMessage().length() <= EXCERPT ? f.getMessage()
                : f.getMessage().substring(0, EXCERPT - 1) + "…";
        for (IdentityService.Recipient admin : identity.recipientsWithRole(Role.ADMIN)) {
            notifications.send(admin.userId(), "notification.feedback.received", "/admin/feedback.xhtml",
                    f.getPage().orElse("—"), excerpt);
        }
        audit.record("report", "accessibility-feedback", f.getId());
        return f.getId();
    }

    /** The latest reports, newest first (administrators only). */
    public List<FeedbackView> latest() {
        currentUser.require(Role.ADMIN);
        return feedback.findLatest(LIST_LIMIT).stream().map(FeedbackService::view).toList();
    }

    /** Marks a report handled (administrators only). */
    public void markHandled(long id) {
        AuthenticatedUser admin = currentUser.require(Role.ADMIN);
        AccessibilityFeedback f = feedback.find(id).orElseThrow(() -> new NotFoundException("feedback", id));
        f.markHandled(admin.displayName(), clock.instant());
        audit.record("handle", "accessibility-feedback", id);
    }

    private static FeedbackView view(AccessibilityFeedback f) {
        return new FeedbackView(f.getId(), f.getCreatedAt(), f.getPage().orElse(null), f.getMessage(),
                f.getContact().orElse(null), f.getLanguage(), f.getHandledAt().orElse(null),
                f.getHandledBy().orElse(null));
    }
}
