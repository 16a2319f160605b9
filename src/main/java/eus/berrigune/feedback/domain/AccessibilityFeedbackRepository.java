package eus.berrigune.feedback.domain;

import java.util.List;
import java.util.Optional;

/** Accessibility feedback. */
public interface AccessibilityFeedbackRepository {

    AccessibilityFeedback save(AccessibilityFeedback feedback);

    Optional<AccessibilityFeedback> find(long id);

    /** The newest first. */
    List<AccessibilityFeedback> findLatest(int limit);
}
