package dev.triad.feedback;

import dev.triad.assessment.AssessmentTime;
import dev.triad.engagement.Phase;
import dev.triad.engagement.PhaseMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Closing an engagement closes its 360 requests still open: a closed engagement takes no new answers, so raters'
 * links say the request is closed, and the results stand as they are. Runs in the transaction that closes it.
 */
@Component
class ClosingClosesFeedbackRequests {

    private final FeedbackRequests requests;
    private final AssessmentTime time;

    ClosingClosesFeedbackRequests(FeedbackRequests requests, AssessmentTime time) {
        this.requests = requests;
        this.time = time;
    }

    @EventListener
    void on(PhaseMoved moved) {
        if (moved.to() != Phase.CLOSED) {
            return;
        }
        Instant now = time.now();
        for (FeedbackRequest request : requests.ofEngagement(moved.engagementId())) {
            if (request.isOpen(now)) {
                request.close(moved.movedById(), now);
            }
        }
    }
}
