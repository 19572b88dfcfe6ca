package dev.triad.notification;

import dev.triad.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** A person's own in-app notifications; nobody sees or opens another person's. */
@Service
public class InAppNotifications {

    private final AppNotifications notifications;
    private final Clock clock;

    InAppNotifications(AppNotifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<AppNotification> list(Long userId, Pageable pageable) {
        return notifications.findForUser(userId, pageable);
    }

    @Transactional(readOnly = true)
    public long unread(Long userId) {
        return notifications.countUnread(userId);
    }

    /**
     * Marks one of the person's notifications read and gives the page it links to.
     *
     * @throws NotFoundException for an id that is not theirs
     */
    @Transactional
    public String open(Long userId, Long notificationId) {
        AppNotification notification = notifications
                .findByIdAndUserId(notificationId, userId)
                .orElseThrow(() -> new NotFoundException("Notification"));
        notification.markRead(clock.instant());
        // stored links are checked when written; checked again so that a redirect never leaves Triad
        return AppNotification.isInternalPath(notification.getLink()) ? notification.getLink() : "/notifications";
    }

    @Transactional
    public int markAllRead(Long userId) {
        return notifications.markAllRead(userId, clock.instant());
    }
}
