package dev.triad.evaluation;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.CoachChangeRequest;
import dev.triad.engagement.CoachChangeService;
import dev.triad.engagement.CoachRatings;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.EngagementContent;
import dev.triad.impact.ImpactMeasure;
import dev.triad.impact.ImpactMeasureService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The engagement's evaluation page, each part loaded only for those who may see it, and the coach's own
 * records: coachability ratings (coach only) and referrals (coach and client).
 */
@Service
public class EvaluationService {

    private final EngagementAccessPolicy policy;
    private final PartnershipCheckIns checkIns;
    private final CloseOutSurveys surveys;
    private final CloseOutAnswers answers;
    private final CoachabilityRatings coachability;
    private final Referrals referrals;
    private final ImpactMeasureService measures;
    private final CoachChangeService requests;
    private final CloseOutRatings ratings;
    private final Clock clock;

    EvaluationService(
            EngagementAccessPolicy policy,
            PartnershipCheckIns checkIns,
            CloseOutSurveys surveys,
            CloseOutAnswers answers,
            CoachabilityRatings coachability,
            Referrals referrals,
            ImpactMeasureService measures,
            CoachChangeService requests,
            CloseOutRatings ratings,
            Clock clock) {
        this.policy = policy;
        this.checkIns = checkIns;
        this.surveys = surveys;
        this.answers = answers;
        this.coachability = coachability;
        this.referrals = referrals;
        this.measures = measures;
        this.requests = requests;
        this.ratings = ratings;
        this.clock = clock;
    }

    /** One close-out survey's standing: sent to whom, answered or not (a fact; the answer itself is the respondent's). */
    public record SurveyStatus(CloseOutSurvey survey, boolean answered) {}

    /**
     * What the evaluation page shows to one viewer. Parts the viewer may not see are empty, never loaded:
     * check-in answers (client, coach), coachability (coach), referrals (client, coach), impact measures (client,
     * coach, leader), the open request for another coach (client, HR) and HR's answer when HR kept the coach (client). HR gets
     * the low-fit flag and counts.
     */
    public record EvaluationPage(
            EngagementAccess access,
            List<PartnershipCheckIn> checkIns,
            boolean lowFit,
            long answeredCheckIns,
            long openCheckIns,
            List<SurveyStatus> surveys,
            Optional<CloseOutSurvey> mySurvey,
            Optional<CloseOutAnswer> myAnswer,
            List<CoachabilityRating> coachability,
            List<Referral> referrals,
            List<ImpactMeasure> measures,
            long measureCount,
            Optional<CoachChangeRequest> openRequest,
            Optional<CoachChangeRequest> declinedRequest,
            Optional<CoachRatings.Rating> myCloseOutRating) {

        public boolean showsCheckInAnswers() {
            return access.may(EngagementContent.CHECK_IN_ANSWERS);
        }

        public boolean showsCoachability() {
            return access.isCoach() && access.may(EngagementContent.COACHABILITY);
        }

        public boolean showsReferrals() {
            return access.may(EngagementContent.REFERRALS);
        }

        public boolean showsMeasures() {
            return access.may(EngagementContent.ALIGNMENT_AND_REPORTS);
        }

        public boolean editsMeasures() {
            return (access.isClient() || access.isCoach())
                    && access.engagement().getPhase().isActive();
        }

        /** A proactive programme's engagement without impact measures: said plainly to everyone on the page. */
        public boolean measuresMissing() {
            return access.engagement().getProgramme().requiresImpactMeasures() && measureCount == 0;
        }

        public boolean mayAskForAnotherCoach() {
            return access.isClient()
                    && access.engagement().getCoach() != null
                    && access.engagement().getPhase().isActive()
                    && openRequest.isEmpty();
        }

        public Optional<PartnershipCheckIn> openCheckIn() {
            return checkIns.stream().filter(PartnershipCheckIn::isOpen).findFirst();
        }
    }

    @Transactional(readOnly = true)
    public EvaluationPage page(Long engagementId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.FACTS);
        List<PartnershipCheckIn> all = checkIns.findByEngagementIdOrderByAfterSessionsDesc(engagementId);
        // The latest answer tells whether the partnership works now; HR learns only that, not the answer.
        boolean lowFit = all.stream()
                .filter(PartnershipCheckIn::isAnswered)
                .findFirst()
                .map(PartnershipCheckIn::isLowFit)
                .orElse(false);
        long answered = all.stream().filter(PartnershipCheckIn::isAnswered).count();
        long open = all.stream().filter(PartnershipCheckIn::isOpen).count();
        List<CloseOutSurvey> sent = surveys.findByEngagementIdOrderByRespondentRole(engagementId);
        Map<Long, CloseOutAnswer> given = sent.isEmpty()
                ? Map.of()
                : answers
                        .findBySurveyIdIn(
                                sent.stream().map(CloseOutSurvey::getId).toList())
                        .stream()
                        .collect(Collectors.toMap(CloseOutAnswer::getSurveyId, Function.identity()));
        Optional<CloseOutSurvey> mine =
                sent.stream().filter(s -> s.getRespondentId().equals(me.id())).findFirst();
        List<ImpactMeasure> measureList = measures.of(engagementId);
        return new EvaluationPage(
                access,
                access.may(EngagementContent.CHECK_IN_ANSWERS) ? all : List.of(),
                lowFit,
                answered,
                open,
                sent.stream()
                        .map(s -> new SurveyStatus(s, given.containsKey(s.getId())))
                        .toList(),
                mine,
                mine.map(s -> given.get(s.getId())),
                access.isCoach() && access.may(EngagementContent.COACHABILITY)
                        ? coachability.findByEngagementIdOrderByRecordedAtDescIdDesc(engagementId)
                        : List.of(),
                access.may(EngagementContent.REFERRALS)
                        ? referrals.findByEngagementIdOrderByRecordedAtDescIdDesc(engagementId)
                        : List.of(),
                access.may(EngagementContent.ALIGNMENT_AND_REPORTS) ? measureList : List.of(),
                measureList.size(),
                access.isClient() || access.isHr() ? requests.openOf(engagementId) : Optional.empty(),
                access.isClient() ? requests.declinedAnswerOf(engagementId) : Optional.empty(),
                // The coach sees close-out answers only in aggregate over their own engagements, and over five at
                // least.
                access.isCoach()
                        ? Optional.ofNullable(
                                ratings.ratingsOf(List.of(me.id())).get(me.id()))
                        : Optional.empty());
    }

    /** The engagement for the coach's forms (coachability, referral), refusing anyone but its coach. */
    @Transactional(readOnly = true)
    public EngagementAccess asCoach(Long engagementId, CurrentUser me, EngagementContent content) {
        return offered(
                engagementId,
                me,
                content == EngagementContent.REFERRALS ? EngagementAction.REFER : EngagementAction.RATE_COACHABILITY);
    }

    /** The engagement for a form that offers {@code action} (coachability, referral), refusing whoever may not take it. */
    @Transactional(readOnly = true)
    public EngagementAccess offered(Long engagementId, CurrentUser me, EngagementAction action) {
        return policy.requireOffered(engagementId, me, action);
    }

    @Transactional
    public CoachabilityRating rateCoachability(Long engagementId, int rating, String note, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.RATE_COACHABILITY);
        return coachability.save(new CoachabilityRating(engagementId, me.id(), rating, note, clock.instant()));
    }

    @Transactional
    public Referral refer(Long engagementId, ReferralKind kind, String note, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.REFER);
        return referrals.save(new Referral(engagementId, kind, note, me.id(), clock.instant()));
    }
}
