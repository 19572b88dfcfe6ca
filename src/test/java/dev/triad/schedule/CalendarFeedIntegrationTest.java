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
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each person's calendar feed: made and replaced on /account/calendar, fetched without signing in, in the person's own
 * zone, with the invitations' uids and sequences, the person's items only, nothing confidential, valid iCalendar.
 */
@IntegrationTest
class CalendarFeedIntegrationTest {

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

    @Autowired
    CalendarFeedService feeds;

    Triad t;
    CoachingSession booked;
    CoachingSession held;
    CoachingSession cancelled;
    AlignmentMeeting meeting;
    CoachingSession othersSession;
    String secret;

    @BeforeEach
    void aTriadWithSessionsAndAMeeting() {
        t = fixtures.aTriad();
        zone(t.coach(), "Europe/London");
        zone(t.client(), "America/New_York");
        zone(t.leader(), "Asia/Singapore");
        secret = UUID.randomUUID().toString().substring(0, 8);
        CurrentUser coach = fixtures.principal(t.coach());
        CurrentUser client = fixtures.principal(t.client());
        LocalDateTime inTenDays = LocalDateTime.now().plusDays(10).withHour(14).truncatedTo(ChronoUnit.HOURS);
        booked = fixtures.videoSession(t, inTenDays, "https://meet.example.org/feed-" + secret);
        sessions.writeAgenda(t.id(), booked.getId(), reload(booked).getVersion(), "AGENDA-" + secret, client);
        sessions.writePrivateNote(t.id(), booked.getId(), null, "NOTE-" + secret, coach);
        held = fixtures.sessionThatBegan(
                t.id(),
                LocalDateTime.now().minusDays(3).truncatedTo(ChronoUnit.HOURS),
                60,
                SessionFormat.VIDEO,
                "",
                coach);
        sessions.hold(t.id(), held.getId(), coach);
        sessions.recordSummary(t.id(), held.getId(), reload(held).getVersion(), "SUMMARY-" + secret, coach);
        cancelled = fixtures.videoSession(t, inTenDays.plusDays(1), "https://meet.example.org/room-1");
        sessions.cancel(t.id(), cancelled.getId(), "Travelling", coach);
        meeting = alignment.schedule(
                t.id(), new NewMeeting(MeetingKind.INITIAL, inTenDays.plusDays(2), 60, "Board room, 4th floor"), coach);
        alignment.prepareObjectives(t.id(), meeting.getId(), "OBJECTIVES-" + secret, client);
        Triad other = fixtures.aTriad();
        othersSession = fixtures.videoSession(other, inTenDays.plusHours(3), "https://meet.example.org/other-place");
    }

    @Test
    void eachPersonsFeedHoldsTheSameInstantInTheirOwnZone() throws Exception {
        Instant start = booked.getStartsAt();
        for (var person : Map.of(
                        t.coach(), "Europe/London",
                        t.client(), "America/New_York",
                        t.leader(), "Asia/Singapore")
                .entrySet()) {
            String ics = fetch(feeds.issue(fixtures.principal(person.getKey())));
            Calendar calendar = parse(ics);
            String zone = person.getValue();
            assertThat(calendar.getComponents("VTIMEZONE").stream()
                            .map(c -> ((VTimeZone) c).getTimeZoneId().getValue()))
                    .containsExactly(zone);
            VEvent meetingEvent = event(calendar, meeting.getCalendarUid());
            DtStart<Temporal> meetingStart = meetingEvent.getDateTimeStart();
            assertThat(meetingStart.getParameter("TZID").orElseThrow().getValue())
                    .isEqualTo(zone);
            assertThat(Instant.from(meetingStart.getDate())).isEqualTo(meeting.getStartsAt());
            assertThat(value(meetingEvent, Property.LOCATION)).isEqualTo("Board room, 4th floor");
            assertThat(value(meetingEvent, Property.SUMMARY))
                    .contains(
                            t.client().getFullName(),
                            t.leader().getFullName(),
                            t.coach().getFullName());
            if (person.getKey().equals(t.leader())) {
                assertThat(uids(calendar))
                        .as("a leader's feed has no sessions")
                        .containsExactly(meeting.getCalendarUid());
                continue;
            }
            VEvent sessionEvent = event(calendar, booked.getCalendarUid());
            DtStart<Temporal> sessionStart = sessionEvent.getDateTimeStart();
            assertThat(sessionStart.getParameter("TZID").orElseThrow().getValue())
                    .isEqualTo(zone);
            assertThat(Instant.from(sessionStart.getDate())).isEqualTo(start);
            assertThat(value(sessionEvent, Property.LOCATION)).isEqualTo("https://meet.example.org/feed-" + secret);
            assertThat(value(sessionEvent, Property.STATUS)).isEqualTo("CONFIRMED");
            assertThat(uids(calendar)).doesNotContain(othersSession.getCalendarUid());
        }
    }

    @Test
    void theFeedUsesTheInvitationsUidsAndSequencesAndKeepsCancellations() throws Exception {
        Calendar calendar = parse(fetch(feeds.issue(fixtures.principal(t.coach()))));
        assertThat(uids(calendar))
                .containsExactlyInAnyOrder(
                        held.getCalendarUid(),
                        booked.getCalendarUid(),
                        cancelled.getCalendarUid(),
                        meeting.getCalendarUid());
        assertThat(value(event(calendar, booked.getCalendarUid()), Property.SEQUENCE))
                .isEqualTo(String.valueOf(reload(booked).getCalendarSequence()));
        VEvent gone = event(calendar, cancelled.getCalendarUid());
        assertThat(value(gone, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(gone, Property.SEQUENCE))
                .as("a cancellation outranks the request, as in the mails")
                .isEqualTo(String.valueOf(reload(cancelled).getCalendarSequence() + 1));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("PUBLISH");
    }

    @Test
    void aMovedSessionIsOneEventAtItsNewTimeWithAHigherSequence() throws Exception {
        CurrentUser coach = fixtures.principal(t.coach());
        var moved = sessions.move(
                t.id(),
                booked.getId(),
                LocalDateTime.now().plusDays(20).withHour(9).truncatedTo(ChronoUnit.HOURS),
                "Clash",
                coach);
        Calendar calendar = parse(fetch(feeds.issue(coach)));
        List<VEvent> withUid = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> value(e, Property.UID).equals(booked.getCalendarUid()))
                .toList();
        assertThat(withUid).hasSize(1);
        assertThat(Instant.from(withUid.get(0).getDateTimeStart().getDate()))
                .isEqualTo(moved.to().getStartsAt());
        assertThat(value(withUid.get(0), Property.SEQUENCE)).isEqualTo("1");
    }

    @Test
    void noAgendaSummaryObjectivesOrPrivateNoteLeaves() throws Exception {
        for (User person : List.of(t.coach(), t.client(), t.leader())) {
            String ics = fetch(feeds.issue(fixtures.principal(person)));
            assertThat(ics).contains("BEGIN:VEVENT");
            assertThat(ics)
                    .doesNotContain("AGENDA-" + secret)
                    .doesNotContain("SUMMARY-" + secret)
                    .doesNotContain("NOTE-" + secret)
                    .doesNotContain("OBJECTIVES-" + secret);
        }
    }

    @Test
    void everyLineIsFoldedAtSeventyFiveOctets() throws Exception {
        jdbc.update(
                "update app_user set full_name = ? where id = ?",
                "Zoë Ångström-Łukasiewicz de la Fontaine-Beaumont y Saavedra Ñúñez",
                t.client().getId());
        String ics = fetch(feeds.issue(fixtures.principal(t.coach())));
        assertThat(ics).contains("\r\n ");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(parse(ics).getComponents("VEVENT")).hasSize(4);
    }

    @Test
    void replacingTheAddressRevokesTheOldOne() throws Exception {
        RequestPostProcessor coach = fixtures.as(t.coach());
        Page empty = Page.of(mvc.perform(get("/account/calendar").with(coach))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(empty.has("#no-feed")).isTrue();
        String first = tokenOf(
                Page.of(mvc.perform(post("/account/calendar").with(coach).with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()));
        fetch(first);
        Page made = Page.of(mvc.perform(get("/account/calendar").with(coach))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(made.has("#feed-exists")).isTrue();
        assertThat(made.document().html()).doesNotContain(first);
        assertThat(made.text("#issue-feed")).isEqualTo("Replace the address");

        String second = tokenOf(
                Page.of(mvc.perform(post("/account/calendar").with(coach).with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()));
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/calendar/feed/" + first + ".ics").with(from("10.1.0.1")))
                .andExpect(status().isNotFound());
        fetch(second);
    }

    @Test
    void twoWindowsMakingTheFirstAddressAtOnceBothGetAnAnswerAndTheLaterOneWorks() throws Exception {
        dev.triad.account.CurrentUser person = fixtures.principal(fixtures.person(Role.CLIENT));
        java.util.concurrent.ExecutorService windows = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Future<String> one = windows.submit(() -> {
                go.await();
                return feeds.issue(person);
            });
            java.util.concurrent.Future<String> two = windows.submit(() -> {
                go.await();
                return feeds.issue(person);
            });
            go.countDown();
            java.util.List<String> tokens = java.util.List.of(one.get(), two.get());
            long working = 0;
            for (String token : tokens) {
                int status = mvc.perform(get("/calendar/feed/" + token + ".ics").with(from("10.7.0.1")))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                working += status == 200 ? 1 : 0;
            }
            assertThat(working).isEqualTo(1);
        } finally {
            windows.shutdownNow();
        }
    }

    @Test
    void madeUpTokensAndDeactivatedPeopleAreNotFound() throws Exception {
        String token = feeds.issue(fixtures.principal(t.client()));
        fetch(token);
        for (String madeUp : List.of(
                "A".repeat(43), token.substring(0, 42) + (token.endsWith("A") ? "B" : "A"), "short", "A".repeat(44))) {
            mvc.perform(get("/calendar/feed/" + madeUp + ".ics").with(from("10.2.0.1")))
                    .andExpect(status().isNotFound());
        }
        jdbc.update(
                "update app_user set active = false where id = ?", t.client().getId());
        mvc.perform(get("/calendar/feed/" + token + ".ics").with(from("10.2.0.2")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anHrAdministratorsFeedIsValidAndEmpty() throws Exception {
        Calendar calendar = parse(fetch(feeds.issue(fixtures.principal(fixtures.person(Role.HR_ADMIN)))));
        assertThat(calendar.getComponents("VEVENT")).isEmpty();
    }

    @Test
    void aFeedAsksForTooOftenAnswers429() throws Exception {
        String token = feeds.issue(fixtures.principal(fixtures.person(Role.HR_ADMIN)));
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/calendar/feed/" + token + ".ics").with(from("10.3.0." + i)))
                    .andExpect(status().isOk());
        }
        MvcResult refused = mvc.perform(get("/calendar/feed/" + token + ".ics").with(from("10.3.1.1")))
                .andExpect(status().isTooManyRequests())
                .andReturn();
        assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("3600");
    }

    @Test
    void anAddressGuessingTokensAnswers429ForUnknownOnesButStillServesRealFeeds() throws Exception {
        String token = feeds.issue(fixtures.principal(t.leader()));
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/calendar/feed/" + "g".repeat(40) + String.format("%03d", i) + ".ics")
                            .with(from("10.4.0.1")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/calendar/feed/" + "h".repeat(43) + ".ics").with(from("10.4.0.1")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/calendar/feed/" + token + ".ics").with(from("10.4.0.1")))
                .andExpect(status().isOk());
        mvc.perform(get("/calendar/feed/" + "h".repeat(43) + ".ics").with(from("10.4.0.2")))
                .andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- helpers

    private String fetch(String token) throws Exception {
        MvcResult result = mvc.perform(get("/calendar/feed/" + token + ".ics").with(from("10.0.0.1")))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String tokenOf(Page page) {
        String address = page.value("#feed-https");
        assertThat(address).contains("/calendar/feed/").endsWith(".ics");
        assertThat(page.value("#feed-webcal")).startsWith("webcal://");
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
    }

    private CoachingSession reload(CoachingSession session) {
        return sessionDirectory.findById(session.getId()).orElseThrow();
    }

    private void zone(User user, String zone) {
        jdbc.update(
                "update app_user set time_zone = ? where id = ?",
                ZoneId.of(zone).getId(),
                user.getId());
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> value(e, Property.UID).equals(uid))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> value(e, Property.UID))
                .collect(Collectors.toList());
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }
}
