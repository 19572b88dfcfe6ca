package dev.triad.session;

import dev.triad.alignment.AlignmentMeeting;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.alignment.MeetingKind;
import dev.triad.session.SessionService.NewSession;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 19, video and place: what a session's or meeting's location means by format, and when Join shows. */
@IntegrationTest
class SessionPlaceIntegrationTest {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final String COACH_LINK = "https://meet.example.org/coach-default";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    @Autowired
    AlignmentService alignment;

    @Autowired
    JdbcTemplate jdbc;

    Triad t;

    @BeforeEach
    void aTriadWhoseCoachHasADefaultLink() {
        t = fixtures.aTriad();
        jdbc.update(
                "update app_user set meeting_link = ? where id = ?",
                COACH_LINK,
                t.coach().getId());
    }

    LocalDateTime inDays(int days) {
        return LocalDateTime.now().plusDays(days).withHour(10).truncatedTo(ChronoUnit.HOURS);
    }

    CoachingSession book(SessionFormat format, String location, int days) {
        return sessions.schedule(
                t.id(), new NewSession(inDays(days), 60, format, location), fixtures.principal(t.coach()));
    }

    String page(CoachingSession s) {
        return "/engagements/" + t.id() + "/sessions/" + s.getId();
    }

    void startsInMinutes(Long sessionId, int minutes) {
        jdbc.update(
                "update coaching_session set starts_at = now() + make_interval(mins => ?) where id = ?",
                minutes,
                sessionId);
    }

    @Test
    void aVideoSessionWithoutItsOwnLinkShowsTheCoachsLinkAsJoinFromTenMinutesBefore() throws Exception {
        CoachingSession session = book(SessionFormat.VIDEO, null, 3);
        mvc.perform(get(page(session)).with(fixtures.as(t.client())))
                .andExpect(status().isOk())
                .andExpect(Page.count("[data-test=join]", is(0)))
                .andExpect(Page.text("[data-test=join-later]", is("Video link opens 10 minutes before the start")));

        startsInMinutes(session.getId(), 5);
        for (var who : new dev.triad.account.User[] {t.client(), t.coach()}) {
            mvc.perform(get(page(session)).with(fixtures.as(who)))
                    .andExpect(status().isOk())
                    .andExpect(Page.attr("a[data-test=join]", "href", is(COACH_LINK)))
                    .andExpect(Page.attr("a[data-test=join]", "rel", containsString("noopener")));
        }

        startsInMinutes(session.getId(), 12);
        mvc.perform(get(page(session)).with(fixtures.as(t.client()))).andExpect(Page.count("[data-test=join]", is(0)));

        startsInMinutes(session.getId(), -61);
        mvc.perform(get(page(session)).with(fixtures.as(t.client())))
                .andExpect(Page.count("[data-test=join]", is(0)))
                .andExpect(Page.count("[data-test=join-later]", is(0)));
    }

    @Test
    void theCalendarFileOfAVideoSessionWithoutItsOwnLinkCarriesTheCoachsLink() throws Exception {
        CoachingSession withoutLink = book(SessionFormat.VIDEO, null, 3);
        CoachingSession own = book(SessionFormat.VIDEO, "https://meet.example.org/own", 4);
        String ics = mvc.perform(get(page(withoutLink) + "/calendar.ics").with(fixtures.as(t.client())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(ics.replace("\r\n ", "")).contains("LOCATION:" + COACH_LINK);
        String ownIcs = mvc.perform(get(page(own) + "/calendar.ics").with(fixtures.as(t.client())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(ownIcs.replace("\r\n ", ""))
                .contains("LOCATION:https://meet.example.org/own")
                .doesNotContain(COACH_LINK);
    }

    @Test
    void aSessionsOwnLinkComesBeforeTheCoachsAndTheCoachsIsReadWhenShown() throws Exception {
        CoachingSession own = book(SessionFormat.VIDEO, "https://meet.example.org/own", 3);
        CoachingSession none = book(SessionFormat.VIDEO, null, 4);
        startsInMinutes(own.getId(), 5);
        mvc.perform(get(page(own)).with(fixtures.as(t.client())))
                .andExpect(Page.attr("a[data-test=join]", "href", is("https://meet.example.org/own")));
        jdbc.update(
                "update app_user set meeting_link = ? where id = ?",
                "https://meet.example.org/new-room",
                t.coach().getId());
        startsInMinutes(own.getId(), 60 * 24);
        startsInMinutes(none.getId(), 5);
        mvc.perform(get(page(none)).with(fixtures.as(t.client())))
                .andExpect(Page.attr("a[data-test=join]", "href", is("https://meet.example.org/new-room")));
    }

    @Test
    void aVideoSessionWithAnUnsafeLinkCannotBeSaved() throws Exception {
        for (String link : new String[] {"javascript:alert(1)", "http://meet.example.org/x", "data:text/html,x"}) {
            mvc.perform(post("/engagements/{id}/sessions", t.id())
                            .with(fixtures.as(t.coach()))
                            .with(csrf())
                            .param("startsAt", INPUT.format(inDays(6)))
                            .param("minutes", "60")
                            .param("format", "VIDEO")
                            .param("location", link))
                    .andExpect(status().isOk())
                    .andExpect(Page.count("#location-error", is(1)))
                    .andExpect(Page.text("#location-error", containsString("https://")));
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from coaching_session where engagement_id = ?", Integer.class, t.id()))
                .isZero();
    }

    @Test
    void aLinkSavedBeforeTheCheckIsShownAsTextNeverAsALink() throws Exception {
        CoachingSession session = book(SessionFormat.VIDEO, null, 3);
        jdbc.update("update coaching_session set location = 'javascript:alert(1)' where id = ?", session.getId());
        startsInMinutes(session.getId(), 5);
        String html = mvc.perform(get(page(session)).with(fixtures.as(t.client())))
                .andExpect(status().isOk())
                .andExpect(Page.text("[data-test=link-as-text]", is("javascript:alert(1)")))
                .andExpect(Page.count("[data-test=join]", is(0)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Page.of(html).all("a[href^=javascript]")).isEmpty();
    }

    @Test
    void inPersonShowsThePlaceAndPhoneTheNumberToCall() throws Exception {
        CoachingSession inPerson = book(SessionFormat.IN_PERSON, "Room 4, Main Street 1", 3);
        CoachingSession phone = book(SessionFormat.PHONE, "+44 20 7946 0958", 4);
        mvc.perform(get(page(inPerson)).with(fixtures.as(t.client())))
                .andExpect(Page.text("[data-test=place]", is("Room 4, Main Street 1")));
        mvc.perform(get(page(phone)).with(fixtures.as(t.client())))
                .andExpect(Page.attr("a[data-test=phone]", "href", is("tel:+442079460958")))
                .andExpect(Page.text("a[data-test=phone]", is("+44 20 7946 0958")));

        mvc.perform(post("/engagements/{id}/sessions", t.id())
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("startsAt", INPUT.format(inDays(6)))
                        .param("minutes", "60")
                        .param("format", "PHONE")
                        .param("location", "call me maybe"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#location-error", is(1)));
    }

    @Test
    void aMeetingTakesAPlaceANumberOrAHttpsLinkAndFallsBackOnTheCoachsLink() throws Exception {
        mvc.perform(post("/engagements/{id}/alignment/meetings", t.id())
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("kind", "INITIAL")
                        .param("startsAt", INPUT.format(inDays(5)))
                        .param("minutes", "60")
                        .param("location", "javascript:alert(1)"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#location-error", is(1)));

        AlignmentMeeting meeting = alignment.schedule(
                t.id(), new NewMeeting(MeetingKind.INITIAL, inDays(5), 60, null), fixtures.principal(t.client()));
        jdbc.update(
                "update alignment_meeting set starts_at = now() + interval '5 minutes' where id = ?", meeting.getId());
        String url = "/engagements/" + t.id() + "/alignment/meetings/" + meeting.getId();
        mvc.perform(get(url).with(fixtures.as(t.leader())))
                .andExpect(status().isOk())
                .andExpect(Page.attr("a[data-test=join]", "href", is(COACH_LINK)));

        mvc.perform(post(url + "/move")
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("startsAt", INPUT.format(inDays(7)))
                        .param("minutes", "60")
                        .param("location", "http://meet.example.org/old"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#location-error", is(1)));
    }
}
