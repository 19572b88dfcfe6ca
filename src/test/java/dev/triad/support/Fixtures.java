package dev.triad.support;

import dev.triad.account.Accounts;
import dev.triad.account.Accounts.PersonDetails;
import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.account.Users;
import dev.triad.alignment.AlignmentMeeting;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.alignment.MeetingKind;
import dev.triad.engagement.CoachRoster;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementService;
import dev.triad.engagement.EngagementService.NewEngagement;
import dev.triad.programme.CoachingType;
import dev.triad.programme.Programme;
import dev.triad.programme.Programmes;
import dev.triad.programme.Timing;
import dev.triad.session.CoachingSession;
import dev.triad.session.CoachingSessions;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.session.SessionService.NewSession;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data through the application's own services; every name is unique, so tests never collide. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "a-long-test-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Accounts accounts;
    private final Users users;
    private final Programmes programmes;
    private final EngagementService engagements;
    private final CoachRoster roster;
    private final JdbcTemplate jdbc;
    private final SessionService sessions;
    private final CoachingSessions coachingSessions;
    private final AlignmentService alignment;

    Fixtures(
            Accounts accounts,
            Users users,
            Programmes programmes,
            EngagementService engagements,
            CoachRoster roster,
            JdbcTemplate jdbc,
            SessionService sessions,
            CoachingSessions coachingSessions,
            AlignmentService alignment) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.coachingSessions = coachingSessions;
        this.alignment = alignment;
        this.accounts = accounts;
        this.users = users;
        this.programmes = programmes;
        this.engagements = engagements;
        this.roster = roster;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.triad";
    }

    public User person(Role... roles) {
        EnumSet<Role> set = EnumSet.of(roles[0], roles);
        String name = set.iterator().next().name().toLowerCase() + SEQUENCE.incrementAndGet();
        // A name that is never a prefix of another, so "not shown" assertions cannot pass or fail by accident.
        String fullName = "Test " + name + " " + UUID.randomUUID().toString().substring(0, 6);
        Integer capacity = set.contains(Role.COACH) ? 10 : null;
        return accounts.createWithOwnPassword(
                new PersonDetails(
                        fullName,
                        uniqueEmail(name),
                        null,
                        set,
                        set.contains(Role.COACH) ? "leadership" : null,
                        set.contains(Role.COACH) ? "English" : null,
                        capacity),
                PASSWORD);
    }

    public User coachWithCapacity(int capacity) {
        String name = "coach" + SEQUENCE.incrementAndGet();
        return accounts.createWithOwnPassword(
                new PersonDetails(
                        "Test " + name + " " + UUID.randomUUID().toString().substring(0, 6),
                        uniqueEmail(name),
                        null,
                        EnumSet.of(Role.COACH),
                        "delegation",
                        "English",
                        capacity),
                PASSWORD);
    }

    public CurrentUser principal(User user) {
        User fresh = users.findWithRoles(user.getId()).orElseThrow();
        return new CurrentUser(
                fresh.getId(),
                fresh.getEmail(),
                fresh.getFullName(),
                fresh.getRoles(),
                fresh.isActive(),
                fresh.isMustChangePassword(),
                "",
                fresh.hasOwnTimeZone() ? fresh.zoneOr(null) : null);
    }

    /** Signs {@code user} in for one MockMvc request, with the roles and state stored now. */
    public RequestPostProcessor as(User user) {
        return SecurityMockMvcRequestPostProcessors.user(principal(user));
    }

    public Programme programme() {
        return programmes.save(new Programme(
                "Programme " + UUID.randomUUID().toString().substring(0, 8),
                "For tests",
                Timing.PROACTIVE,
                CoachingType.ALIGNED,
                new BigDecimal("12"),
                LocalDate.now().minusMonths(1),
                null,
                Instant.now()));
    }

    public EngagementBuilder anEngagement() {
        return new EngagementBuilder();
    }

    /** The three people of one engagement, and the engagement itself. */
    public record Triad(Engagement engagement, User client, User coach, User leader) {
        public Long id() {
            return engagement.getId();
        }
    }

    public Triad aTriad() {
        User client = person(Role.CLIENT);
        User coach = person(Role.COACH);
        User leader = person(Role.LEADER);
        Engagement engagement = anEngagement()
                .withClient(client)
                .withLeader(leader)
                .withCoach(coach)
                .build();
        return new Triad(engagement, client, coach, leader);
    }

    private CurrentUser assigningHr;

    private synchronized CurrentUser assigningHr() {
        if (assigningHr == null) {
            assigningHr = principal(hr());
        }
        return assigningHr;
    }

    public User hr() {
        return person(Role.HR_ADMIN);
    }

    public class EngagementBuilder {
        private User client;
        private User leader;
        private User coach;
        private Programme programme;

        public EngagementBuilder withClient(User client) {
            this.client = client;
            return this;
        }

        public EngagementBuilder withLeader(User leader) {
            this.leader = leader;
            return this;
        }

        public EngagementBuilder withCoach(User coach) {
            this.coach = coach;
            return this;
        }

        public EngagementBuilder in(Programme programme) {
            this.programme = programme;
            return this;
        }

        /** The engagement with its three people, a new one for each not chosen (a coach too). */
        public Triad buildTriad() {
            client = client != null ? client : person(Role.CLIENT);
            leader = leader != null ? leader : person(Role.LEADER);
            coach = coach != null ? coach : person(Role.COACH);
            return new Triad(build(), client, coach, leader);
        }

        public Engagement build() {
            User c = client != null ? client : person(Role.CLIENT);
            User l = leader != null ? leader : person(Role.LEADER);
            Programme p = programme != null ? programme : programme();
            Engagement engagement = engagements.create(new NewEngagement(
                    c.getEmail(),
                    l.getEmail(),
                    p.getId(),
                    null,
                    null,
                    null,
                    LocalDate.now().minusMonths(1),
                    LocalDate.now().plusMonths(6),
                    null));
            if (coach != null) {
                roster.assign(engagement.getId(), coach.getId(), true, null, assigningHr());
            }
            return engagement;
        }
    }

    public List<User> people(int n, Role role) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> person(role))
                .toList();
    }

    /** A client, coach and leader in an engagement that started on {@code startsOn} (for past weeks' content). */
    public Triad aTriadStartingOn(LocalDate startsOn) {
        User client = person(Role.CLIENT);
        User coach = person(Role.COACH);
        User leader = person(Role.LEADER);
        Engagement engagement = engagements.create(new NewEngagement(
                client.getEmail(),
                leader.getEmail(),
                programme().getId(),
                null,
                null,
                null,
                startsOn,
                startsOn.plusMonths(12),
                null));
        roster.assign(engagement.getId(), coach.getId(), true, null, assigningHr());
        return new Triad(engagement, client, coach, leader);
    }

    /**
     * Moves a booked session's start into the past, as time passing would: the app refuses to book a time that has
     * begun, so a test that needs a session awaiting its outcome books it ahead and lets the clock "pass" here.
     */
    public void backdateSession(Long sessionId, LocalDateTime startsAt) {
        jdbc.update(
                "update coaching_session set starts_at = ? where id = ?",
                Timestamp.from(startsAt.atZone(sessions.zone()).toInstant()),
                sessionId);
    }

    /** A session booked ahead (as the app requires) whose start, {@code startsAt}, has since come: it awaits its outcome. */
    public CoachingSession sessionThatBegan(
            Long engagementId,
            LocalDateTime startsAt,
            int minutes,
            SessionFormat format,
            String location,
            CurrentUser coach) {
        CoachingSession booked = sessions.schedule(
                engagementId,
                new NewSession(
                        LocalDateTime.now().plusDays(30).truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
                        minutes,
                        format,
                        location),
                coach);
        backdateSession(booked.getId(), startsAt);
        return coachingSessions.findById(booked.getId()).orElseThrow();
    }

    /**
     * A 60-minute video session of {@code t} at {@code location}, booked by its coach for {@code startsAt} (to the
     * minute); one whose time has come is booked ahead and backdated, as {@link #sessionThatBegan} does.
     */
    public CoachingSession videoSession(Triad t, LocalDateTime startsAt, String location) {
        LocalDateTime start = startsAt.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        if (start.isBefore(LocalDateTime.now())) {
            return sessionThatBegan(t.id(), start, 60, SessionFormat.VIDEO, location, principal(t.coach()));
        }
        return sessions.schedule(
                t.id(), new NewSession(start, 60, SessionFormat.VIDEO, location), principal(t.coach()));
    }

    /** A three-way meeting booked ahead whose start, {@code startsAt}, has since come. */
    public AlignmentMeeting meetingThatBegan(
            Long engagementId, MeetingKind kind, LocalDateTime startsAt, int minutes, String location, CurrentUser by) {
        AlignmentMeeting booked = alignment.schedule(
                engagementId,
                new NewMeeting(
                        kind,
                        LocalDateTime.now().plusDays(30).truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
                        minutes,
                        location),
                by);
        backdateMeeting(booked.getId(), startsAt);
        return alignment.meeting(engagementId, booked.getId());
    }

    /** The same for a three-way meeting. */
    public void backdateMeeting(Long meetingId, LocalDateTime startsAt) {
        jdbc.update(
                "update alignment_meeting set starts_at = ? where id = ?",
                Timestamp.from(startsAt.atZone(sessions.zone()).toInstant()),
                meetingId);
    }
}
