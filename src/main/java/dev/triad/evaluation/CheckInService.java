package dev.triad.evaluation;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.EngagementContent;
import dev.triad.engagement.EngagementDirectory;
import dev.triad.evaluation.EvaluationEvents.CheckInDue;
import dev.triad.evaluation.EvaluationEvents.LowFitSignalled;
import dev.triad.session.SessionDirectory;
import dev.triad.session.SessionEvents.SessionHeld;
import dev.triad.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Partnership check-ins: one falls due after every N held sessions (the programme's setting, 3 by default) and
 * waits for the client; a newer one replaces one left unanswered. The client answers once; the coach reads the
 * answers; a low fit is signalled to HR without what the client wrote.
 */
@Service
public class CheckInService {

    private final PartnershipCheckIns checkIns;
    private final SessionDirectory sessions;
    private final EngagementDirectory engagements;
    private final EngagementAccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckInService(
            PartnershipCheckIns checkIns,
            SessionDirectory sessions,
            EngagementDirectory engagements,
            EngagementAccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.checkIns = checkIns;
        this.sessions = sessions;
        this.engagements = engagements;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** One check-in as the client (to answer it) or the coach (to read it) sees it. */
    public record CheckInPage(EngagementAccess access, PartnershipCheckIn checkIn) {

        public boolean answerable() {
            return access.isClient() && checkIn.isOpen();
        }
    }

    /** Whether {@code held} held sessions make a check-in due when one comes every {@code every} sessions. */
    static boolean due(long held, int every) {
        return held > 0 && every > 0 && held % every == 0;
    }

    /** Runs in the transaction that marks the session held, so the check-in exists if and only if the session is held. */
    @EventListener
    @Transactional
    public void on(SessionHeld event) {
        Engagement engagement = engagements.findWithPeople(event.engagementId()).orElseThrow();
        long held = sessions.countHeld(engagement.getId());
        if (!due(held, engagement.getProgramme().getCheckInEverySessions())
                || checkIns.existsByEngagementIdAndAfterSessions(engagement.getId(), (int) held)) {
            return;
        }
        Instant now = clock.instant();
        checkIns.openOf(engagement.getId()).forEach(open -> open.supersede(now));
        PartnershipCheckIn checkIn = checkIns.save(new PartnershipCheckIn(
                engagement.getId(),
                (int) held,
                engagement.getCoach() == null ? null : engagement.getCoach().getId(),
                now));
        events.publishEvent(new CheckInDue(engagement.getId(), checkIn.getId()));
    }

    @Transactional(readOnly = true)
    public CheckInPage page(Long engagementId, Long checkInId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.CHECK_IN_ANSWERS);
        return new CheckInPage(access, find(engagementId, checkInId));
    }

    /** The client answers: "is this partnership working for you" (1 to 5) and "what should change". */
    @Transactional
    public PartnershipCheckIn answer(
            Long engagementId, Long checkInId, int fit, String whatShouldChange, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.ANSWER_CHECK_IN);
        PartnershipCheckIn checkIn = find(engagementId, checkInId);
        checkIn.answer(fit, whatShouldChange, clock.instant());
        if (checkIn.isLowFit()) {
            events.publishEvent(new LowFitSignalled(engagementId, checkIn.getId()));
        }
        return checkIn;
    }

    private PartnershipCheckIn find(Long engagementId, Long checkInId) {
        return checkIns.findByIdAndEngagementId(checkInId, engagementId)
                .orElseThrow(() -> new NotFoundException("Check-in"));
    }
}
