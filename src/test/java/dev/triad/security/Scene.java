package dev.triad.security;

import dev.triad.account.AccountLinks;
import dev.triad.account.Accounts;
import dev.triad.account.Accounts.PersonDetails;
import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.alignment.MeetingKind;
import dev.triad.alignment.OutcomeText;
import dev.triad.alignment.ProgressReportService;
import dev.triad.alignment.ReportCadence;
import dev.triad.alignment.ReportText;
import dev.triad.assessment.AssessmentDetails;
import dev.triad.assessment.AssessmentKind;
import dev.triad.assessment.AssessmentService;
import dev.triad.engagement.PhaseMoved;
import dev.triad.evaluation.PartnershipCheckIns;
import dev.triad.feedback.FeedbackService;
import dev.triad.feedback.NewFeedbackRequest;
import dev.triad.feedback.NewRater;
import dev.triad.feedback.QuestionSetDetails;
import dev.triad.feedback.QuestionSetService;
import dev.triad.feedback.RaterGroup;
import dev.triad.goal.ActionStepService;
import dev.triad.goal.GoalCategory;
import dev.triad.goal.GoalDetails;
import dev.triad.goal.GoalService;
import dev.triad.goal.GoalStatus;
import dev.triad.goal.GoalVisibility;
import dev.triad.impact.ImpactMeasureService;
import dev.triad.impact.ImpactMeasureService.MeasureDetails;
import dev.triad.reflection.Journal;
import dev.triad.reflection.ReflectionText;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.session.SessionService.NewSession;
import dev.triad.support.Activity;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One engagement (client, coach, leader) and whatever records a form route needs in it, each made on first use
 * through the application's own services; every route gets a fresh scene, so one form's posts cannot change the
 * state another form is tested in. The other engagement's scene, whose ids every attack sends, is shared by the
 * attacking threads: its records and principals are made under the scene's lock.
 */
final class Scene {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ApplicationContext context;
    private final Fixtures fixtures;
    private final JdbcTemplate jdbc;
    private final User hr;
    private final Map<String, Object> made = new HashMap<>();
    private final Map<Long, CurrentUser> principals = new HashMap<>();
    final Triad triad;

    /** A scene with people of its own. */
    Scene(ApplicationContext context, User hr) {
        this(context, hr, null);
    }

    /**
     * A new engagement of the same client, coach and leader as {@code people}'s: as separate as a new triad for
     * everything kept per engagement, without the cost of three new accounts.
     */
    Scene(ApplicationContext context, User hr, Scene people) {
        this.context = context;
        this.fixtures = context.getBean(Fixtures.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.hr = hr;
        if (people == null) {
            this.triad = fixtures.aTriad();
        } else {
            // the leader is shared; client and coach are the scene's own, since the booked times of one person
            // cannot overlap and every scene books its sessions and meetings at the same hours
            this.principals.putAll(people.principals);
            this.triad =
                    fixtures.anEngagement().withLeader(people.triad.leader()).buildTriad();
        }
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @SuppressWarnings("unchecked")
    private synchronized <T> T once(String what, Supplier<T> make) {
        if (!made.containsKey(what)) {
            made.put(what, make.get());
        }
        return (T) made.get(what);
    }

    Long id() {
        return triad.id();
    }

    User client() {
        return triad.client();
    }

    User coach() {
        return triad.coach();
    }

    User leader() {
        return triad.leader();
    }

    User hr() {
        return hr;
    }

    synchronized CurrentUser as(User user) {
        return principals.computeIfAbsent(user.getId(), k -> fixtures.principal(user));
    }

    static String today(int plusDays) {
        return LocalDate.now().plusDays(plusDays).toString();
    }

    static String at(int plusDays) {
        return LocalDateTime.now()
                .plusDays(plusDays)
                .withHour(10)
                .truncatedTo(ChronoUnit.HOURS)
                .format(MINUTES);
    }

    long version(String table, Long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    Long goal() {
        return once(
                "goal",
                () -> bean(GoalService.class)
                        .create(
                                id(),
                                new GoalDetails(
                                        "Grow two team leads",
                                        "Two leads run the weekly meeting",
                                        GoalCategory.WORK,
                                        "%",
                                        new BigDecimal("10"),
                                        new BigDecimal("50"),
                                        GoalStatus.ACTIVE,
                                        GoalVisibility.SHARED),
                                as(coach()))
                        .getId());
    }

    /** A check-in of the goal, for its correction and deletion. */
    Long goalCheckIn() {
        return once(
                "goalCheckIn",
                () -> bean(GoalService.class)
                        .checkIn(id(), goal(), LocalDate.now(), new BigDecimal("20"), "Better week", as(client()))
                        .getId());
    }

    Long step() {
        return once(
                "step",
                () -> bean(ActionStepService.class)
                        .add(
                                id(),
                                goal(),
                                "Ask each lead what they need",
                                LocalDate.now().plusDays(7),
                                as(client()))
                        .getId());
    }

    /** A session in ten days, still scheduled. */
    Long session() {
        return once("session", () -> schedule(10));
    }

    /** A session that started two days ago and is still scheduled: the coach records what happened. */
    Long pastSession() {
        return once("pastSession", () -> schedule(-2));
    }

    Long heldSession() {
        return once("heldSession", () -> {
            Long session = schedule(-3);
            bean(SessionService.class).hold(id(), session, as(coach()));
            return session;
        });
    }

    /** A session held yesterday whose outcome the coach may still correct (its own, so correcting it spoils no other route). */
    Long correctableSession() {
        return once("correctableSession", () -> {
            Long session = schedule(-1);
            bean(SessionService.class).hold(id(), session, as(coach()));
            return session;
        });
    }

    private Long schedule(int plusDays) {
        LocalDateTime startsAt =
                LocalDateTime.now().plusDays(plusDays).withHour(10).truncatedTo(ChronoUnit.HOURS);
        if (plusDays < 0) {
            return fixtures.sessionThatBegan(id(), startsAt, 60, SessionFormat.VIDEO, null, as(coach()))
                    .getId();
        }
        return bean(SessionService.class)
                .schedule(id(), new NewSession(startsAt, 60, SessionFormat.VIDEO, null), as(coach()))
                .getId();
    }

    /** Two sessions the client cancelled in a row: the alert HR acknowledges. */
    Long alert() {
        return once("alert", () -> {
            SessionService sessions = bean(SessionService.class);
            sessions.cancel(id(), schedule(20), "Travelling", as(client()));
            sessions.cancel(id(), schedule(21), "Travelling again", as(client()));
            return jdbc.queryForObject(
                    "select max(id) from attendance_alert where engagement_id = ?", Long.class, id());
        });
    }

    /** The initial meeting, in ten days. */
    Long meeting() {
        return once(
                "meeting",
                () -> bean(AlignmentService.class)
                        .schedule(
                                id(),
                                new NewMeeting(
                                        MeetingKind.INITIAL,
                                        // the afternoon of the session's day: the coach is booked once at a time
                                        LocalDateTime.now()
                                                .plusDays(10)
                                                .withHour(14)
                                                .truncatedTo(ChronoUnit.HOURS),
                                        60,
                                        "Room 4"),
                                as(coach()))
                        .getId());
    }

    /** The mid-point meeting, two days ago, held, with an outcome written: the one to confirm. */
    Long pastMeeting() {
        return once("pastMeeting", () -> {
            AlignmentService alignment = bean(AlignmentService.class);
            Long meeting = fixtures.meetingThatBegan(
                            id(),
                            MeetingKind.MID_POINT,
                            LocalDateTime.now().minusDays(2).withHour(10).truncatedTo(ChronoUnit.HOURS),
                            60,
                            "Room 5",
                            as(coach()))
                    .getId();
            alignment.markHeld(id(), meeting, as(coach()));
            alignment.writeOutcome(
                    id(),
                    meeting,
                    new OutcomeText("Delegate more", "Two leads run the meeting", ReportCadence.MONTHLY),
                    as(coach()));
            return meeting;
        });
    }

    Long agendaItem() {
        return once(
                "agendaItem",
                () -> jdbc.queryForObject(
                        "select min(id) from alignment_agenda_item where meeting_id = ?", Long.class, pastMeeting()));
    }

    Long report() {
        return once(
                "report",
                () -> bean(ProgressReportService.class)
                        .write(
                                id(),
                                new ReportText("Delegate", "Delegated two things", "They went well", "More"),
                                as(client()))
                        .getId());
    }

    /** A draft of its own for the delete route, so that deleting it leaves {@link #report()} to the other routes. */
    Long draftToDelete() {
        return once(
                "draftToDelete",
                () -> bean(ProgressReportService.class)
                        .write(id(), new ReportText("To delete", null, null, null), as(client()))
                        .getId());
    }

    /** Every progress report of the engagement, drafts included. */
    List<Long> reports() {
        return jdbc.queryForList(
                "select id from progress_report where engagement_id = ? order by id", Long.class, id());
    }

    Long assessment() {
        return once(
                "assessment",
                () -> bean(AssessmentService.class)
                        .create(
                                id(),
                                new AssessmentDetails(
                                        AssessmentKind.PSYCHOMETRIC,
                                        "Instrument",
                                        LocalDate.now().minusDays(3),
                                        "Summary",
                                        "Listening",
                                        "Delegation"),
                                as(coach()))
                        .getId());
    }

    Long file() {
        return once(
                "file",
                () -> bean(AssessmentService.class)
                        .attach(id(), assessment(), "report.pdf", PDF, as(coach()))
                        .getId());
    }

    Long questionSet() {
        return once(
                "questionSet",
                () -> bean(QuestionSetService.class)
                        .create(new QuestionSetDetails(
                                "Hostile set " + UUID.randomUUID(),
                                "For hostile input",
                                true,
                                "Listening | Listens well\nDelegation | Hands over",
                                "What should this person do more of in the future?"))
                        .getId());
    }

    /** A 360 request (an assessment) with its own question set. */
    Long request() {
        return once(
                "request",
                () -> bean(FeedbackService.class)
                        .createRequest(
                                id(),
                                new NewFeedbackRequest(
                                        "360 feedback",
                                        questionSet(),
                                        LocalDate.now().plusDays(14)),
                                as(coach()))
                        .getId());
    }

    Long rater() {
        return once(
                "rater",
                () -> bean(FeedbackService.class)
                        .addRater(
                                id(),
                                request(),
                                new NewRater("Rita Rater", Fixtures.uniqueEmail("rater"), RaterGroup.PEER),
                                as(coach()))
                        .getId());
    }

    String raterToken() {
        return once("raterToken", () -> {
            String email = jdbc.queryForObject("select email from feedback_rater where id = ?", String.class, rater());
            return linkIn(email, "/feedback/");
        });
    }

    /** The request's question ids of one kind (RATING or OPEN). */
    List<Long> questions(String kind) {
        return jdbc.queryForList(
                "select q.id from feedback_request_question q join feedback_request r on r.id = q.request_id "
                        + "where r.assessment_id = ? and q.kind = ? order by q.position",
                Long.class,
                request(),
                kind);
    }

    Long entry() {
        return once(
                "entry",
                () -> bean(Journal.class)
                        .write(
                                id(),
                                as(client()),
                                thisMonday(),
                                new ReflectionText(
                                        "Reviewed the plan", "Progress on delegation", "Talk about feedback"),
                                false)
                        .getId());
    }

    LocalDate thisMonday() {
        return LocalDate.now(bean(dev.triad.system.Zones.class).organisation()).with(DayOfWeek.MONDAY);
    }

    Long measure() {
        return once(
                "measure",
                () -> bean(ImpactMeasureService.class)
                        .add(id(), new MeasureDetails("Retention", "%", new BigDecimal("80"), null), as(coach()))
                        .getId());
    }

    /** The client's open request for a different coach, for HR to answer. */
    Long coachChangeRequest() {
        return once(
                "coachChangeRequest",
                () -> bean(dev.triad.engagement.CoachChangeService.class)
                        .request(id(), "I would like a coach with finance experience", as(client()))
                        .getId());
    }

    /** Three held sessions bring a partnership check-in for the client to answer. */
    Long checkIn() {
        return once("checkIn", () -> {
            new Activity(context).holdSessions(triad, 3);
            return context.getBean(PartnershipCheckIns.class)
                    .openOf(id())
                    .get(0)
                    .getId();
        });
    }

    /** Closed as completed four years ago: past the retention period, its personal content may be erased. */
    Long closedLongAgo() {
        return once("closedLongAgo", () -> {
            closed();
            jdbc.update(
                    "update phase_change set moved_at = now() - interval '4 years' where engagement_id = ? and to_phase = 'CLOSED'",
                    id());
            return id();
        });
    }

    /** Closes the engagement as completed: the close-out survey is waiting. */
    Long closed() {
        return once("closed", () -> {
            new Activity(context).close(id(), PhaseMoved.Closure.COMPLETED);
            return id();
        });
    }

    Long outboxMessage() {
        return once("outboxMessage", () -> jdbc.queryForObject("select max(id) from outbox_message", Long.class));
    }

    User person() {
        return once("person", () -> fixtures.person(Role.CLIENT));
    }

    Long programme() {
        return once("programme", () -> fixtures.programme().getId());
    }

    String invitationToken() {
        return once("invitation", () -> {
            String email = Fixtures.uniqueEmail("invited");
            bean(Accounts.class)
                    .create(
                            new PersonDetails("Invited Person", email, null, EnumSet.of(Role.CLIENT), null, null, null),
                            null);
            return linkIn(email, "/account/invitation/");
        });
    }

    String resetToken() {
        return once("reset", () -> {
            bean(AccountLinks.class).requestPasswordReset(client().getEmail());
            return linkIn(client().getEmail(), "/account/password-reset/");
        });
    }

    /** The token in the newest email to {@code email} whose link starts with {@code prefix}. */
    private String linkIn(String email, String prefix) {
        List<String> bodies = jdbc.queryForList(
                "select text_body from outbox_message where lower(recipient_email) = lower(?) order by id desc",
                String.class,
                email);
        Pattern link = Pattern.compile(Pattern.quote(prefix) + "([A-Za-z0-9_-]{43})");
        for (String body : bodies) {
            Matcher matcher = link.matcher(body);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("No " + prefix + " link in the emails to " + email);
    }
}
