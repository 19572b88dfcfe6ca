package dev.triad.engagement;

import dev.triad.account.CurrentUser;
import dev.triad.system.StaleEdit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/** The intake interview: the coach records it, the coach and the client read it, nobody else does. */
@Service
public class IntakeService {

    private final IntakeInterviews interviews;
    private final EngagementAccessPolicy policy;
    private final Clock clock;

    IntakeService(IntakeInterviews interviews, EngagementAccessPolicy policy, Clock clock) {
        this.interviews = interviews;
        this.policy = policy;
        this.clock = clock;
    }

    public record IntakePage(EngagementAccess access, Optional<IntakeInterview> interview) {

        public boolean mayWrite() {
            return access.isCoach();
        }
    }

    /** What the coach records. */
    public record IntakeText(String whatPrompted, String sponsorReasons, String clientBackground) {}

    @Transactional(readOnly = true)
    public IntakePage page(Long engagementId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.INTAKE_INTERVIEW);
        return new IntakePage(access, interviews.findById(engagementId));
    }

    /** The interview for a page that offers {@code action} (a form sent back): refused to whoever may not take it. */
    @Transactional(readOnly = true)
    public IntakePage pageFor(Long engagementId, EngagementAction action, CurrentUser me) {
        policy.requireOffered(engagementId, me, action);
        return page(engagementId, me);
    }

    /**
     * Saves the interview as the coach saw it at {@code version} (null for a first writing).
     *
     * @throws StaleEdit when it changed since
     */
    @Transactional
    public IntakeInterview write(Long engagementId, Long version, IntakeText text, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.WRITE_INTAKE_INTERVIEW);
        Optional<IntakeInterview> existing = interviews.findById(engagementId);
        if (existing.isPresent()) {
            StaleEdit.check(
                    IntakeInterview.class, engagementId, version, existing.get().getVersion());
        }
        IntakeInterview interview = existing.orElseGet(() -> new IntakeInterview(engagementId));
        interview.write(text.whatPrompted(), text.sponsorReasons(), text.clientBackground(), me.id(), clock.instant());
        return interviews.save(interview);
    }
}
