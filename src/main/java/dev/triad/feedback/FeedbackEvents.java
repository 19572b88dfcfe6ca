package dev.triad.feedback;

/**
 * What happens to 360 requests, for the notification module to mail. Published inside the transaction
 * that makes the change. They carry the rater's raw link token, which exists nowhere else: never log them.
 */
public final class FeedbackEvents {

    private FeedbackEvents() {}

    /** A rater was added to a request and is to get their link. */
    public record RaterInvited(
            Long engagementId,
            Long raterId,
            String raterName,
            String raterEmail,
            RaterGroup group,
            String clientName,
            String rawToken,
            Deadline deadline) {

        /** The rater's page, holding the token: only ever in the email to the rater. */
        public String path() {
            return RaterLink.PATH + rawToken;
        }

        @Override
        public String toString() {
            return "RaterInvited[rater " + raterId + "]";
        }
    }

    /** A rater who has not answered is reminded, with a new link (the earlier ones keep working). */
    public record RaterReminded(
            Long engagementId,
            Long raterId,
            String raterName,
            String raterEmail,
            RaterGroup group,
            String clientName,
            String rawToken,
            Deadline deadline) {

        public String path() {
            return RaterLink.PATH + rawToken;
        }

        @Override
        public String toString() {
            return "RaterReminded[rater " + raterId + "]";
        }
    }
}
