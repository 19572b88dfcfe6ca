package dev.triad.support;

import dev.triad.account.CurrentUser;
import dev.triad.account.User;
import dev.triad.engagement.Phase;
import dev.triad.engagement.PhaseMoved;
import dev.triad.evaluation.CheckInService;
import dev.triad.evaluation.CloseOutService;
import dev.triad.evaluation.CloseOutService.Answers;
import dev.triad.evaluation.PartnershipCheckIns;
import dev.triad.goal.GoalCategory;
import dev.triad.goal.GoalDetails;
import dev.triad.goal.GoalService;
import dev.triad.goal.GoalStatus;
import dev.triad.goal.GoalVisibility;
import dev.triad.impact.ImpactMeasureService;
import dev.triad.impact.ImpactMeasureService.MeasureDetails;
import dev.triad.session.CoachingSession;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.support.Fixtures.Triad;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * What happens in an engagement over its life, done through the application's own services, for tests that
 * need activity: held sessions (which bring check-ins), answered check-ins, goals, impact measures, a close
 * as completed (the {@link PhaseMoved} event another module publishes) and close-out answers.
 */
public class Activity {

    private final Fixtures fixtures;
    private final SessionService sessions;
    private final CheckInService checkIns;
    private final PartnershipCheckIns checkInRows;
    private final CloseOutService closeOut;
    private final ImpactMeasureService measures;
    private final GoalService goals;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationContext context;

    public Activity(ApplicationContext context) {
        this.context = context;
        this.fixtures = context.getBean(Fixtures.class);
        this.sessions = context.getBean(SessionService.class);
        this.checkIns = context.getBean(CheckInService.class);
        this.checkInRows = context.getBean(PartnershipCheckIns.class);
        this.closeOut = context.getBean(CloseOutService.class);
        this.measures = context.getBean(ImpactMeasureService.class);
        this.goals = context.getBean(GoalService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.transaction = context.getBean(TransactionTemplate.class);
    }

    public CurrentUser as(User user) {
        return fixtures.principal(user);
    }

    /** {@code n} sessions a day apart in the past week(s), each marked held by the coach. */
    public void holdSessions(Triad t, int n) {
        LocalDateTime first = LocalDateTime.now().minusDays(n + 1L).truncatedTo(ChronoUnit.HOURS);
        for (int i = 0; i < n; i++) {
            CoachingSession session =
                    fixtures.sessionThatBegan(t.id(), first.plusDays(i), 60, SessionFormat.VIDEO, null, as(t.coach()));
            sessions.hold(t.id(), session.getId(), as(t.coach()));
        }
    }

    /** The client answers every open check-in with {@code fit} and {@code text}. */
    public void answerCheckIns(Triad t, int fit, String text) {
        checkInRows.openOf(t.id()).forEach(c -> checkIns.answer(t.id(), c.getId(), fit, text, as(t.client())));
    }

    public void goal(Triad t, GoalStatus status) {
        goals.create(
                t.id(),
                new GoalDetails(
                        "Goal " + status,
                        "Success looks like this",
                        GoalCategory.WORK,
                        null,
                        null,
                        null,
                        status,
                        GoalVisibility.SHARED),
                as(t.coach()));
    }

    public void measure(Triad t, String name, String unit, String before, String after) {
        measures.add(
                t.id(),
                new MeasureDetails(name, unit, new BigDecimal(before), after == null ? null : new BigDecimal(after)),
                as(t.coach()));
    }

    /** Closes the engagement as another module's phase move would: the phase, then PhaseMoved, in one transaction. */
    public void close(Long engagementId, PhaseMoved.Closure closure) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("update engagement set phase = 'CLOSED' where id = ?", engagementId);
            context.publishEvent(
                    new PhaseMoved(engagementId, Phase.COACHING, Phase.CLOSED, closure, null, Instant.now()));
        });
    }

    public void answerCloseOut(
            Long engagementId, User respondent, int satisfaction, int goalsAchieved, int change, int recommend) {
        closeOut.answer(
                engagementId,
                new Answers(satisfaction, goalsAchieved, change, recommend, "Comment by " + respondent.getFullName()),
                as(respondent));
    }

    /** A completed engagement with activity: sessions held, a check-in answered, both close-out answers given. */
    public void completed(Triad t, int heldSessions, int fit, int satisfaction) {
        holdSessions(t, heldSessions);
        answerCheckIns(t, fit, "Keep going");
        close(t.id(), PhaseMoved.Closure.COMPLETED);
        answerCloseOut(t.id(), t.client(), satisfaction, 4, 4, 9);
        answerCloseOut(t.id(), t.leader(), satisfaction, 3, 4, 8);
    }
}
