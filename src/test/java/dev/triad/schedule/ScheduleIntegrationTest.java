package dev.triad.schedule;

import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.alignment.AlignmentMeeting;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.alignment.MeetingKind;
import dev.triad.session.CoachingSession;
import dev.triad.session.SessionDirectory;
import dev.triad.session.SessionService;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The coach's schedule: every session and meeting of the engagements they coach, in the coach's zone, and no one else's. */
@IntegrationTest
class ScheduleIntegrationTest {

    @Autowired
    dev.triad.system.Zones zones;

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionService sessions;

    @Autowired
    SessionDirectory sessionDirectory;

    @Autowired
    AlignmentService alignment;

    User coach;
    Triad first;
    Triad second;
    Triad others;
    LocalDate nextMonday;

    @BeforeEach
    void aCoachOfTwoEngagementsInNewYork() {
        coach = fixtures.person(Role.COACH);
        jdbc.update("update app_user set time_zone = ? where id = ?", NEW_YORK.getId(), coach.getId());
        first = fixtures.anEngagement().withCoach(coach).buildTriad();
        second = fixtures.anEngagement().withCoach(coach).buildTriad();
        others = fixtures.aTriad();
        nextMonday = LocalDate.now(NEW_YORK).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Test
    void listsEverySessionAndMeetingAcrossTheCoachsEngagementsInTheCoachsZone() throws Exception {
        // Tuesday 02:00 UTC is still Monday evening in New York: the session belongs to Monday on the coach's page
        Instant mondayEvening =
                nextMonday.plusDays(1).atTime(2, 0).atZone(ZoneId.of("UTC")).toInstant();
        CoachingSession late = book(first, mondayEvening, "https://meet.example.org/late");
        sessions.writeAgenda(
                first.id(), late.getId(), reload(late).getVersion(), "Private agenda words", principal(first.client()));
        CoachingSession wednesday = book(
                second, nextMonday.plusDays(2).atTime(15, 0).atZone(NEW_YORK).toInstant(), "Room 2");
        AlignmentMeeting meeting = alignment.schedule(
                first.id(),
                new NewMeeting(
                        MeetingKind.INITIAL,
                        local(
                                nextMonday
                                        .plusDays(3)
                                        .atTime(10, 0)
                                        .atZone(NEW_YORK)
                                        .toInstant(),
                                principal(coach)),
                        60,
                        "HQ"),
                principal(coach));
        CoachingSession notMine = book(
                others, nextMonday.plusDays(2).atTime(9, 0).atZone(NEW_YORK).toInstant(), "Elsewhere");

        Page page = schedule("?week=" + nextMonday.plusDays(4));
        assertThat(page.text("#schedule-zone")).contains("America/New_York");
        assertThat(page.text("#week-heading")).contains("Week");
        assertThat(page.has("#grid-session-" + late.getId())).isTrue();
        assertThat(page.has("#grid-session-" + wednesday.getId())).isTrue();
        assertThat(page.has("#grid-meeting-" + meeting.getId())).isTrue();
        assertThat(page.has("#list-session-" + wednesday.getId())).isTrue();
        assertThat(page.has("[data-test=session-" + notMine.getId() + "]")).isFalse();
        assertThat(page.document().text())
                .doesNotContain("Private agenda words")
                .doesNotContain("Elsewhere");

        String monday = nextMonday.toString();
        assertThat(page.one("#grid-session-" + late.getId())
                        .closest(".schedule-day")
                        .attr("data-day"))
                .isEqualTo(monday);
        String lateTime = TIME.format(mondayEvening.atZone(NEW_YORK));
        assertThat(page.text("#grid-session-" + late.getId() + " .schedule-time"))
                .startsWith(lateTime + "–");
        assertThat(page.text("#grid-session-" + late.getId() + " .schedule-client"))
                .isEqualTo(first.client().getFullName());
        assertThat(page.text("#grid-session-" + late.getId() + " .schedule-location"))
                .isEqualTo("https://meet.example.org/late");
        assertThat(page.text("#grid-session-" + late.getId() + " .schedule-agenda"))
                .isEqualTo("Agenda in");
        assertThat(page.text("#grid-session-" + wednesday.getId() + " .schedule-agenda"))
                .isEqualTo("No agenda yet");
        assertThat(page.text("#grid-session-" + wednesday.getId() + " .schedule-time"))
                .startsWith("15:00–16:00");
        assertThat(page.text("#grid-meeting-" + meeting.getId() + " .schedule-time"))
                .startsWith("10:00–11:00");
        assertThat(page.text("#grid-meeting-" + meeting.getId() + " .schedule-client"))
                .isEqualTo(first.client().getFullName());
        assertThat(page.texts("#agenda-list > li > h3")).hasSize(3);
    }

    @Test
    void theWeekStepsBackAndForwardAndBadValuesShowThisWeek() throws Exception {
        Page next = schedule("?week=" + nextMonday);
        assertThat(next.one("#previous-week").attr("href")).endsWith("week=" + nextMonday.minusWeeks(1));
        assertThat(next.one("#next-week").attr("href")).endsWith("week=" + nextMonday.plusWeeks(1));
        assertThat(next.has("#this-week")).isTrue();
        for (String bad : List.of("banana", "2026-02-30", "99999-01-01", "+999999999-12-31", "3026-01-01", "")) {
            Page page = schedule("?week=" + bad);
            assertThat(page.text("#week-heading")).as(bad).startsWith("This week");
            assertThat(page.has("#this-week")).isFalse();
        }
    }

    @Test
    void anEmptyWeekSaysWhereToScheduleOne() throws Exception {
        Page page = schedule("?week=" + nextMonday.plusWeeks(3));
        assertThat(page.text("#empty-week"))
                .startsWith("No sessions this week — schedule one from an engagement’s Sessions page");
        assertThat(page.has("#week-grid")).isFalse();
    }

    @Test
    void onlyCoachesHaveASchedule() throws Exception {
        for (User someone : List.of(first.client(), first.leader(), fixtures.hr())) {
            mvc.perform(get("/schedule").with(fixtures.as(someone))).andExpect(status().isForbidden());
            Page home = Page.of(mvc.perform(get("/").with(fixtures.as(someone))).andReturn());
            assertThat(home.has("#nav-schedule")).isFalse();
        }
        assertThat(schedule("").has("#nav-schedule")).isTrue();
    }

    private Page schedule(String query) throws Exception {
        RequestPostProcessor as = user(principal(coach).withTimeZone(NEW_YORK));
        return Page.of(mvc.perform(get("/schedule" + query).with(as))
                .andExpect(status().isOk())
                .andReturn());
    }

    private CoachingSession book(Triad t, Instant start, String location) {
        return sessions.schedule(
                t.id(),
                new SessionService.NewSession(
                        local(start, principal(t.coach())),
                        60,
                        location.startsWith("https://")
                                ? dev.triad.session.SessionFormat.VIDEO
                                : dev.triad.session.SessionFormat.IN_PERSON,
                        location),
                principal(t.coach()));
    }

    /** As the booking form takes it from the coach: in the coach's own zone. */
    private LocalDateTime local(Instant instant, CurrentUser typer) {
        return LocalDateTime.ofInstant(instant, zones.of(typer));
    }

    private CurrentUser principal(User user) {
        return fixtures.principal(user);
    }

    private CoachingSession reload(CoachingSession session) {
        return sessionDirectory.findById(session.getId()).orElseThrow();
    }
}
