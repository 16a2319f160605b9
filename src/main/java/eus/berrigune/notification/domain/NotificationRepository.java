package eus.berrigune.notification.domain;

import java.util.List;
import java.util.Optional;

/** Users' notifications. */
public interface NotificationRepository {

    Notification save(Notification notification);

    Optional<Notification> find(long id);

    /** A user's notifications, newest first. */
    List<Notification> findByRecipient(long recipientId, int offset, int limit);

    long countByRecipient(long recipientId);

    long countUnread(long recipientId);

    /** A user's unread notifications. */
    List<Notification> findUnread(long recipientId);
}
