package dev.triad.feedback;

import dev.triad.account.CurrentUser;
import dev.triad.account.User;
import dev.triad.assessment.AccessKind;
import dev.triad.assessment.Assessment;
import dev.triad.assessment.AssessmentService;
import dev.triad.assessment.AssessmentTime;
import dev.triad.assessment.FeedbackStatus;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.EngagementContent;
import dev.triad.engagement.EngagementDirectory;
import dev.triad.feedback.FeedbackEvents.RaterInvited;
import dev.triad.feedback.FeedbackEvents.RaterReminded;
import dev.triad.feedback.FeedbackRequestPage.GroupProgress;
import dev.triad.feedback.RaterLink.State;
import dev.triad.system.MultiLineText;
import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * 360 feedback: client or coach prepare a request from a question set and add raters, who answer through
 * single-use links; the client gives their own view, may close the request early, and owns the results
 * like any assessment; the coach reminds raters who have not answered.
 */
@Service
public class FeedbackService {

    static final int MAX_RATERS = 50;
    static final int MAX_DAYS_OPEN = 90;
    /** A rater is reminded at most once a day, however often the button is pressed. */
    static final Duration REMINDER_INTERVAL = Duration.ofHours(24);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TEXT = Pattern.compile(MultiLineText.REGEXP);

    private final AssessmentService assessmentService;
    private final FeedbackForAssessments statuses;
    private final FeedbackQuestionSets questionSets;
    private final FeedbackRequests requests;
    private final FeedbackQuestions questions;
    private final FeedbackRaters raters;
    private final FeedbackLinks links;
    private final FeedbackAnswers answers;
    private final EngagementDirectory engagements;
    private final EngagementAccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final AssessmentTime time;

    private final RaterInvitationMails invitations;

    FeedbackService(
            AssessmentService assessmentService,
            FeedbackForAssessments statuses,
            FeedbackQuestionSets questionSets,
            FeedbackRequests requests,
            FeedbackQuestions questions,
            FeedbackRaters raters,
            FeedbackLinks links,
            FeedbackAnswers answers,
            EngagementDirectory engagements,
            EngagementAccessPolicy policy,
            ApplicationEventPublisher events,
            AssessmentTime time,
            RaterInvitationMails invitations) {
        this.invitations = invitations;
        this.assessmentService = assessmentService;
        this.statuses = statuses;
        this.questionSets = questionSets;
        this.requests = requests;
        this.questions = questions;
        this.raters = raters;
        this.links = links;
        this.answers = answers;
        this.engagements = engagements;
        this.policy = policy;
        this.events = events;
        this.time = time;
    }

    /** The request form, with the question sets on offer. */
    @Transactional(readOnly = true)
    public NewRequestEditor forNewRequest(Long engagementId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.ASSESSMENTS);
        List<FeedbackQuestionSet> sets = questionSets.offered();
        sets.forEach(set -> set.getItems().size());
        return new NewRequestEditor(access, sets);
    }

    /** Suggested last day for answers: two weeks from today. */
    public LocalDate suggestedLastDay() {
        return time.today().plusWeeks(2);
    }

    /**
     * Prepares a request: a 360-review assessment to hold its results, a copy of the set's questions, and
     * the client as the "self" rater. Raters are added next.
     */
    @Transactional
    public Assessment createRequest(Long engagementId, NewFeedbackRequest request, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.REQUEST_FEEDBACK);
        assessmentService.requireActive(access, "title");
        FeedbackQuestionSet set = request.questionSetId() == null
                ? null
                : questionSets
                        .findById(request.questionSetId())
                        .filter(FeedbackQuestionSet::isOffered)
                        .orElse(null);
        if (set == null) {
            throw new RuleViolation("questionSetId", "assessment.feedback.questionSet.missing");
        }
        // the last day is the requester's: it ends at midnight where they are, and "today" is theirs too
        ZoneId zone = requesterZone(access, by);
        LocalDate today = time.today(zone);
        if (request.lastDay() == null) {
            throw new RuleViolation("lastDay", "assessment.feedback.lastDay.missing");
        }
        if (!request.lastDay().isAfter(today)) {
            throw new RuleViolation("lastDay", "assessment.feedback.lastDay.notAfterToday");
        }
        if (request.lastDay().isAfter(today.plusDays(MAX_DAYS_OPEN))) {
            throw new RuleViolation("lastDay", "assessment.feedback.lastDay.tooFar", MAX_DAYS_OPEN);
        }
        Instant now = time.now();
        Assessment assessment = assessmentService.createReview360(access, request.title(), by);
        FeedbackRequest saved = requests.save(new FeedbackRequest(
                assessment, set.getName(), time.endOf(request.lastDay(), zone), zone, by.id(), now));
        List<QuestionItem> items = set.getItems();
        for (int i = 0; i < items.size(); i++) {
            questions.save(new FeedbackQuestion(saved.getId(), i, items.get(i)));
        }
        User client = access.engagement().getClient();
        raters.save(new FeedbackRater(saved.getId(), client.getFullName(), client.getEmail(), RaterGroup.SELF, now));
        return assessment;
    }

    /** The zone of whoever asks (the client or the coach), as stored with their account. */
    private ZoneId requesterZone(EngagementAccess access, CurrentUser by) {
        User client = access.engagement().getClient();
        User coach = access.engagement().getCoach();
        User requester = client.getId().equals(by.id())
                ? client
                : coach != null && coach.getId().equals(by.id()) ? coach : null;
        if (requester != null) {
            return requester.zoneOr(time.zone());
        }
        return by.timeZone() != null ? by.timeZone() : time.zone();
    }

    /** The request page for client and coach. It shows no answers, so reading it is not logged. */
    @Transactional(readOnly = true)
    public FeedbackRequestPage requestPage(Long engagementId, Long assessmentId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.ASSESSMENTS);
        Assessment assessment = assessmentService.visible(access, assessmentId);
        FeedbackRequest request = requestOf(assessment);
        List<FeedbackRater> all = raters.ofRequest(request.getId());
        FeedbackStatus status = statuses.status(request, all);
        Map<RaterGroup, int[]> counts = new LinkedHashMap<>();
        for (RaterGroup group : RaterGroup.invitable()) {
            counts.put(group, new int[2]);
        }
        List<FeedbackRater> others = all.stream().filter(r -> !r.isSelf()).toList();
        for (FeedbackRater rater : others) {
            int[] c = counts.get(rater.getGroup());
            c[0]++;
            if (rater.hasSubmitted()) {
                c[1]++;
            }
        }
        List<GroupProgress> progress = counts.entrySet().stream()
                .filter(e -> e.getValue()[0] > 0)
                .map(e -> new GroupProgress(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
        Instant now = time.now();
        int remindable = (int) others.stream().filter(r -> remindable(r, now)).count();
        return new FeedbackRequestPage(
                access,
                assessment,
                status,
                others,
                progress,
                remindable,
                invitations.of(others.stream().map(FeedbackRater::getId).toList()));
    }

    /** Adds a rater and sends them their link. */
    @Transactional
    public FeedbackRater addRater(Long engagementId, Long assessmentId, NewRater newRater, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.MANAGE_RATERS);
        assessmentService.requireActive(access, "email");
        Assessment assessment = assessmentService.visible(access, assessmentId);
        FeedbackRequest request = requestOf(assessment);
        Instant now = time.now();
        if (!request.isOpen(now)) {
            throw new RuleViolation("email", "assessment.feedback.closed.noMoreRaters");
        }
        if (newRater.name() == null || newRater.name().isBlank()) {
            throw new RuleViolation("name", "assessment.feedback.rater.name.missing");
        }
        String email = newRater.email() == null ? "" : newRater.email().strip();
        if (!EMAIL.matcher(email).matches()) {
            throw new RuleViolation("email", "assessment.feedback.rater.email.invalid");
        }
        if (newRater.group() == null || newRater.group() == RaterGroup.SELF) {
            throw new RuleViolation("group", "assessment.feedback.rater.group.missing");
        }
        Engagement engagement = access.engagement();
        if (engagement.getClient().getEmail().equalsIgnoreCase(email)) {
            throw new RuleViolation(
                    "email",
                    "assessment.feedback.rater.email.client",
                    engagement.getClient().getFullName());
        }
        if (raters.emailTaken(request.getId(), email)) {
            throw new RuleViolation("email", "assessment.feedback.rater.email.taken");
        }
        if (raters.ofRequest(request.getId()).size() > MAX_RATERS) {
            throw new RuleViolation("email", "assessment.feedback.raters.tooMany", MAX_RATERS);
        }
        FeedbackRater rater =
                raters.save(new FeedbackRater(request.getId(), newRater.name().strip(), email, newRater.group(), now));
        FeedbackLink.Issued issued = FeedbackLink.issue(rater.getId(), now);
        links.save(issued.link());
        events.publishEvent(new RaterInvited(
                engagementId,
                rater.getId(),
                rater.getName(),
                rater.getEmail(),
                rater.getGroup(),
                engagement.getClient().getFullName(),
                issued.raw(),
                request.deadline(time.zone())));
        return rater;
    }

    /** Removes a rater (and their links), while nobody has answered yet. */
    @Transactional
    public void removeRater(Long engagementId, Long assessmentId, Long raterId, CurrentUser by) {
        policy.require(engagementId, by, EngagementAction.MANAGE_RATERS);
        FeedbackRequest request = visibleRequest(engagementId, assessmentId, by);
        FeedbackRater rater = raterOf(request, raterId);
        requireOpen(request, "assessment.feedback.closed.raters");
        boolean anyAnswered = raters.ofRequest(request.getId()).stream().anyMatch(r -> !r.isSelf() && r.hasSubmitted());
        if (anyAnswered) {
            throw new RuleViolation("rater", "assessment.feedback.rater.answered");
        }
        answers.deleteOfRater(rater.getId());
        links.deleteOfRater(rater.getId());
        raters.delete(rater);
    }

    /**
     * The client or the coach sends a rater's invitation again, the same mail with the same link, when it failed for
     * good (or was held, once a mail server is configured): HR's outbox does not list mails to raters.
     *
     * @return false when the invitation is in no state to be sent again (sent, or on its way)
     */
    @Transactional
    public boolean sendInvitationAgain(Long engagementId, Long assessmentId, Long raterId, CurrentUser by) {
        policy.require(engagementId, by, EngagementAction.MANAGE_RATERS);
        FeedbackRequest request = visibleRequest(engagementId, assessmentId, by);
        FeedbackRater rater = raterOf(request, raterId);
        requireOpen(request, "assessment.feedback.closed.links");
        return invitations.sendAgain(rater.getId());
    }

    /**
     * The coach reminds every rater who has not answered and was not reminded in the last day; each gets
     * a new link. Returns how many were reminded.
     */
    @Transactional
    public int remind(Long engagementId, Long assessmentId, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.REMIND_RATERS);
        Assessment assessment = assessmentService.visible(access, assessmentId);
        FeedbackRequest request = requestOf(assessment);
        Instant now = time.now();
        if (!request.isOpen(now)) {
            throw new RuleViolation("remind", "assessment.feedback.closed");
        }
        String clientName = access.engagement().getClient().getFullName();
        Deadline deadline = request.deadline(time.zone());
        int reminded = 0;
        for (FeedbackRater rater : raters.ofRequest(request.getId())) {
            if (rater.isSelf() || !remindable(rater, now)) {
                continue;
            }
            FeedbackLink.Issued issued = FeedbackLink.issue(rater.getId(), now);
            links.save(issued.link());
            rater.reminded(now);
            events.publishEvent(new RaterReminded(
                    engagementId,
                    rater.getId(),
                    rater.getName(),
                    rater.getEmail(),
                    rater.getGroup(),
                    clientName,
                    issued.raw(),
                    deadline));
            reminded++;
        }
        return reminded;
    }

    private static boolean remindable(FeedbackRater rater, Instant now) {
        return !rater.isSelf()
                && !rater.hasSubmitted()
                && (rater.getRemindedAt() == null
                        || !rater.getRemindedAt().plus(REMINDER_INTERVAL).isAfter(now));
    }

    /** The client stops the request before its last day: links stop working and the results are shown. */
    @Transactional
    public void close(Long engagementId, Long assessmentId, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.CLOSE_FEEDBACK_REQUEST);
        Assessment assessment = assessmentService.visible(access, assessmentId);
        requestOf(assessment).close(by.id(), time.now());
    }

    /** The client's own answers (the "self" view). */
    @Transactional(readOnly = true)
    public SelfAnswerPage selfPage(Long engagementId, Long assessmentId, CurrentUser viewer) {
        EngagementAccess access = policy.requireOffered(engagementId, viewer, EngagementAction.ANSWER_SELF_FEEDBACK);
        Assessment assessment = assessmentService.visible(access, assessmentId);
        FeedbackRequest request = requestOf(assessment);
        List<FeedbackRater> all = raters.ofRequest(request.getId());
        FeedbackRater self = all.stream()
                .filter(FeedbackRater::isSelf)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Rater"));
        AnswerSheet sheet = AnswerSheet.of(questions.ofRequest(request.getId()), answers.ofRater(self.getId()));
        return new SelfAnswerPage(access, assessment, statuses.status(request, all), self, sheet);
    }

    /** Saves the client's own answers as a draft or, with {@code submit}, for good. */
    @Transactional
    public void answerSelf(Long engagementId, Long assessmentId, AnswerInput input, boolean submit, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.ANSWER_SELF_FEEDBACK);
        Assessment assessment = assessmentService.visible(access, assessmentId);
        FeedbackRequest request = requestOf(assessment);
        FeedbackRater self = raters.selfOf(request.getId())
                .flatMap(r -> raters.lockById(r.getId()))
                .orElseThrow(() -> new NotFoundException("Rater"));
        Instant now = time.now();
        if (!request.isOpen(now)) {
            throw new RuleViolation("answers", "assessment.feedback.closed.answers");
        }
        if (self.hasSubmitted()) {
            throw new RuleViolation("answers", "assessment.feedback.answers.sent");
        }
        save(self, questions.ofRequest(request.getId()), input, submit, now);
    }

    /** A rater's link as it stands: the form with their draft, or why it no longer works. */
    @Transactional(readOnly = true)
    public RaterLink open(String rawToken) {
        return raterOf(rawToken, false).link();
    }

    /** What became of answers sent through a link: taken, or refused because the link no longer works. */
    public record AnswerOutcome(RaterLink refusal) {
        public boolean accepted() {
            return refusal == null;
        }
    }

    /**
     * Saves a rater's answers through their link, as a draft or, with {@code submit}, once and for all;
     * after that the link stops working.
     *
     * @throws AnswersRejected when some answers cannot be taken (nothing is saved)
     */
    @Transactional
    public AnswerOutcome answer(String rawToken, AnswerInput input, boolean submit) {
        Found found = raterOf(rawToken, true);
        if (!found.link().valid()) {
            return new AnswerOutcome(found.link());
        }
        save(found.rater(), found.questions(), input, submit, time.now());
        return new AnswerOutcome(null);
    }

    private record Found(RaterLink link, FeedbackRater rater, List<FeedbackQuestion> questions) {}

    private Found raterOf(String rawToken, boolean lock) {
        if (!FeedbackLink.wellFormed(rawToken)) {
            return new Found(RaterLink.refused(State.UNKNOWN), null, null);
        }
        FeedbackLink link = links.findByTokenHash(FeedbackLink.hash(rawToken)).orElse(null);
        if (link == null) {
            return new Found(RaterLink.refused(State.UNKNOWN), null, null);
        }
        FeedbackRater rater =
                (lock ? raters.lockById(link.getRaterId()) : raters.findById(link.getRaterId())).orElse(null);
        FeedbackRequest request =
                rater == null ? null : requests.findById(rater.getRequestId()).orElse(null);
        if (request == null) {
            return new Found(RaterLink.refused(State.UNKNOWN), null, null);
        }
        if (rater.hasSubmitted()) {
            return new Found(RaterLink.refused(State.SUBMITTED), rater, null);
        }
        if (request.isClosedEarly()) {
            return new Found(RaterLink.refused(State.CLOSED), rater, null);
        }
        if (!request.isOpen(time.now())) {
            return new Found(RaterLink.refused(State.EXPIRED), rater, null);
        }
        Engagement engagement =
                engagements.findWithPeople(request.getEngagementId()).orElseThrow();
        if (!engagement.takesWrites()) {
            // a closed engagement is read-only, also through a link that comes without its id in the address
            return new Found(RaterLink.refused(State.CLOSED), rater, null);
        }
        List<FeedbackQuestion> asked = questions.ofRequest(request.getId());
        AnswerSheet sheet = AnswerSheet.of(asked, answers.ofRater(rater.getId()));
        return new Found(
                new RaterLink(
                        State.VALID,
                        engagement.getClient().getFullName(),
                        rater.getGroup(),
                        request.deadline(time.zone()).lastDay(),
                        request.deadline(time.zone()).describeFor(time.zone()), // a rater reads in the default zone
                        rater.getDraftSavedAt(),
                        sheet),
                rater,
                asked);
    }

    /**
     * Checks the answers and replaces the rater's saved ones with them. A draft may leave anything out;
     * a submission needs every rating item.
     */
    private void save(
            FeedbackRater rater, List<FeedbackQuestion> asked, AnswerInput input, boolean submit, Instant now) {
        Map<Long, String> errors = new HashMap<>();
        Map<Long, Integer> ratings = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        for (FeedbackQuestion question : asked) {
            Long id = question.getId();
            if (question.isRating()) {
                String raw = input.ratings().get(id);
                if (raw == null || raw.isBlank()) {
                    if (submit) {
                        errors.put(id, "Choose a rating from 1 to 5");
                    }
                } else if (raw.strip().matches("[1-5]")) {
                    ratings.put(id, Integer.valueOf(raw.strip()));
                } else {
                    errors.put(id, "Choose a rating from 1 to 5");
                }
            } else {
                String raw = input.texts().get(id);
                if (raw == null || raw.isBlank()) {
                    continue;
                }
                if (raw.length() > AnswerSheet.MAX_TEXT) {
                    errors.put(id, "Use at most " + AnswerSheet.MAX_TEXT + " characters");
                } else if (!TEXT.matcher(raw).matches()) {
                    errors.put(id, "Use letters, digits, punctuation and line breaks only");
                } else {
                    texts.put(id, raw.strip());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new AnswersRejected(errors);
        }
        Map<Long, FeedbackAnswer> saved = new HashMap<>();
        answers.ofRater(rater.getId()).forEach(a -> saved.put(a.getQuestionId(), a));
        List<FeedbackAnswer> toSave = new ArrayList<>();
        for (FeedbackQuestion question : asked) {
            Integer rating = ratings.get(question.getId());
            String text = texts.get(question.getId());
            FeedbackAnswer existing = saved.get(question.getId());
            if (rating == null && text == null) {
                if (existing != null) {
                    answers.delete(existing);
                }
                continue;
            }
            FeedbackAnswer answer = existing != null ? existing : new FeedbackAnswer(rater, question);
            answer.set(rating, text);
            if (existing == null) {
                toSave.add(answer);
            }
        }
        answers.saveAll(toSave);
        if (submit) {
            rater.submitted(now);
        } else {
            rater.savedDraft(now);
        }
    }

    /**
     * The results, in aggregate, once the request is closed. Reading them is logged for anyone but the
     * client; the leader sees them only when the client shares the assessment whole.
     */
    @Transactional
    public FeedbackResultsPage results(Long engagementId, Long assessmentId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.SHARED_ASSESSMENTS);
        Assessment assessment = assessmentService.visible(access, assessmentId);
        if (!assessmentService.seesWhole(access, assessment)) {
            throw new NotFoundException("Results");
        }
        FeedbackRequest request = requestOf(assessment);
        List<FeedbackRater> all = raters.ofRequest(request.getId());
        FeedbackStatus status = statuses.status(request, all);
        if (!status.resultsAvailable()) {
            return new FeedbackResultsPage(access, assessment, status, null);
        }
        List<FeedbackRater> submitted =
                all.stream().filter(FeedbackRater::hasSubmitted).toList();
        FeedbackResults results = FeedbackResults.of(
                questions.ofRequest(request.getId()), submitted, answers.submittedOf(request.getId()));
        assessmentService.log(access, viewer, List.of(assessmentId), AccessKind.FEEDBACK_RESULTS, null);
        return new FeedbackResultsPage(access, assessment, status, results);
    }

    private FeedbackRequest requestOf(Assessment assessment) {
        return requests.findByAssessmentIdAndEngagementId(assessment.getId(), assessment.getEngagementId())
                .orElseThrow(() -> new NotFoundException("Feedback request"));
    }

    /** The 360 request of an assessment the person may see. */
    private FeedbackRequest visibleRequest(Long engagementId, Long assessmentId, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementContent.ASSESSMENTS);
        return requestOf(assessmentService.visible(access, assessmentId));
    }

    private void requireOpen(FeedbackRequest request, String closedCode) {
        if (!request.isOpen(time.now())) {
            throw new RuleViolation("rater", closedCode);
        }
    }

    /** One of the request's raters, never the client's own view. */
    private FeedbackRater raterOf(FeedbackRequest request, Long raterId) {
        return raters.findByIdAndRequestId(raterId, request.getId())
                .filter(r -> !r.isSelf())
                .orElseThrow(() -> new NotFoundException("Rater"));
    }
}
