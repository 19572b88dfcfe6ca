package dev.triad.notification;

import dev.triad.feedback.RaterInvitationMails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The raters' invitations in the outbox, for the client and the coach (HR's outbox lists none of them). */
@Component
class RaterInvitationOutbox implements RaterInvitationMails {

    private final OutboxMessages messages;
    private final Notifications notifications;
    private final Clock clock;

    RaterInvitationOutbox(OutboxMessages messages, Notifications notifications, Clock clock) {
        this.messages = messages;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Invitation> of(Collection<Long> raterIds) {
        Map<Long, Invitation> found = new HashMap<>();
        if (raterIds.isEmpty()) {
            return found;
        }
        boolean configured = notifications.mailServerConfigured();
        for (OutboxMessage message : messages.findByDedupeKeyIn(
                raterIds.stream().map(RaterInvitationOutbox::key).toList())) {
            Long raterId = Long.valueOf(message.getDedupeKey().substring(RaterMails.INVITATION_KEY.length()));
            found.put(raterId, new Invitation(state(message.getStatus()), message.retryable(configured)));
        }
        return found;
    }

    @Override
    @Transactional
    public boolean sendAgain(Long raterId) {
        return messages.findByDedupeKeyIn(java.util.List.of(key(raterId))).stream()
                .findFirst()
                .map(message -> message.retry(clock.instant(), notifications.mailServerConfigured()))
                .orElse(false);
    }

    private static String key(Long raterId) {
        return RaterMails.INVITATION_KEY + raterId;
    }

    private static State state(OutboxStatus status) {
        return switch (status) {
            case SENT -> State.SENT;
            case PENDING, SENDING -> State.WAITING;
            case HELD -> State.HELD;
            case FAILED -> State.FAILED;
        };
    }
}
