package dev.triad.notification;

/**
 * Which mails are to 360 raters: HR's outbox lists none of them and answers "not found" for their ids. Even masked,
 * their number and times would tell who answered (four invitations, then three reminders: one rater has answered), and
 * who was asked and who answered is the client's and the coach's to know (DOMAIN.md), never HR's. They are still sent
 * ("Send held messages" releases them too); the client and the coach see, per rater, how the invitation fared
 * ({@link RaterInvitationOutbox}).
 */
final class RaterMails {

    /**
     * The JPQL condition of a message that is not to a rater, for HR's list and its count; {@code ?2} is bound to
     * {@link #KINDS}.
     */
    static final String NOT_TO_A_RATER = "m.raterOfEngagementId is null and m.kind not in ?2";

    /** The kinds of mail that go to raters. */
    static final java.util.Set<NotificationKind> KINDS = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(NotificationKind.FEEDBACK_360_INVITATION, NotificationKind.FEEDBACK_360_REMINDER));

    /** The dedupe key of a rater's invitation, which names the rater. */
    static final String INVITATION_KEY = "feedback-invitation:";

    private RaterMails() {}

    static boolean isToARater(NotificationKind kind, Long raterOfEngagementId) {
        return raterOfEngagementId != null || kind.goesToRaters();
    }
}
