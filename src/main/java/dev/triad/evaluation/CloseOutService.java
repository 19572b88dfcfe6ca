package dev.triad.evaluation;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.EngagementContent;
import dev.triad.engagement.EngagementDirectory;
import dev.triad.engagement.Phase;
import dev.triad.engagement.PhaseMoved;
import dev.triad.evaluation.EvaluationEvents.CloseOutSurveySent;
import dev.triad.system.Days;
import dev.triad.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The close-out survey: sent to the client and the leader when an engagement closes as completed, answered
 * once by each in the app. Each reads their own answer; others see only aggregates.
 */
@Service
public class CloseOutService {

    private final CloseOutSurveys surveys;
    private final CloseOutAnswers answers;
    private final EngagementDirectory engagements;
    private final EngagementAccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CloseOutService(
            CloseOutSurveys surveys,
            CloseOutAnswers answers,
            EngagementDirectory engagements,
            EngagementAccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.surveys = surveys;
        this.answers = answers;
        this.engagements = engagements;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** What a respondent gives: four scales and a comment. */
    public record Answers(
            int satisfaction, int goalsAchieved, int behaviourChange, int wouldRecommend, String comments) {}

    /** A respondent's own survey, with their answer once given. */
    public record SurveyPage(EngagementAccess access, CloseOutSurvey survey, Optional<CloseOutAnswer> answer) {}

    /** In the transaction that closes the engagement: a completed engagement gets its survey, once per respondent. */
    @EventListener
    @Transactional
    public void on(PhaseMoved event) {
        if (event.to() == Phase.CLOSED && event.closure() == PhaseMoved.Closure.COMPLETED) {
            send(event.engagementId());
        }
    }

    private void send(Long engagementId) {
        Engagement engagement = engagements.findWithPeople(engagementId).orElseThrow();
        Long coachId =
                engagement.getCoach() == null ? null : engagement.getCoach().getId();
        Instant now = clock.instant();
        for (Respondent role : Respondent.values()) {
            if (surveys.existsByEngagementIdAndRespondentRole(engagementId, role)) {
                continue;
            }
            Long respondentId = role == Respondent.CLIENT
                    ? engagement.getClient().getId()
                    : engagement.getLeader().getId();
            CloseOutSurvey survey = surveys.save(new CloseOutSurvey(engagementId, respondentId, role, coachId, now));
            events.publishEvent(new CloseOutSurveySent(engagementId, survey.getId(), respondentId));
        }
    }

    /** The viewer's own survey of the engagement; anyone without one is told there is none. */
    @Transactional(readOnly = true)
    public SurveyPage page(Long engagementId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.FACTS);
        CloseOutSurvey survey = surveys.findByEngagementIdAndRespondentId(engagementId, me.id())
                .orElseThrow(() -> new NotFoundException("Close-out survey"));
        return new SurveyPage(access, survey, answers.findBySurveyId(survey.getId()));
    }

    /**
     * Records the viewer's answer.
     *
     * @throws AlreadyAnswered when they answered before (the database's unique key also refuses a second answer
     *                         sent at the same moment, as a {@link org.springframework.dao.DataIntegrityViolationException})
     */
    @Transactional
    public CloseOutAnswer answer(Long engagementId, Answers given, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.ANSWER_CLOSE_OUT);
        SurveyPage page = page(engagementId, me);
        if (page.answer().isPresent()) {
            throw alreadyAnswered(page.answer().get());
        }
        return answers.saveAndFlush(new CloseOutAnswer(
                page.survey(),
                given.satisfaction(),
                given.goalsAchieved(),
                given.behaviourChange(),
                given.wouldRecommend(),
                given.comments(),
                clock.instant()));
    }

    private AlreadyAnswered alreadyAnswered(CloseOutAnswer answer) {
        return new AlreadyAnswered(Days.date(answer.getAnsweredAt().atZone(zone())));
    }

    /** The clear message for a second answer: when the first was given, and that each person answers once. */
    public String alreadyAnsweredMessage(CloseOutAnswer answer) {
        return "You answered this survey on " + Days.date(answer.getAnsweredAt().atZone(zone()))
                + ". Each person answers once; your answer is below.";
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
