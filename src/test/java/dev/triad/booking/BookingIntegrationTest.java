package dev.triad.booking;

import dev.triad.account.User;
import dev.triad.programme.Programmes;
import dev.triad.session.CoachingSession;
import dev.triad.session.SessionDirectory;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static dev.triad.booking.BookingScene.LONDON;
import static dev.triad.booking.BookingScene.NEW_YORK;
import static dev.triad.booking.BookingScene.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class BookingIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Programmes programmes;

    @Autowired
    CoachAvailability availability;

    @Autowired
    SessionDirectory sessions;

    @Autowired
    JdbcTemplate jdbc;

    BookingScene scene;

    @BeforeEach
    void scene() {
        scene = new BookingScene(fixtures, programmes, availability, jdbc);
    }

    String book(Triad t) {
        return "/engagements/" + t.id() + "/sessions/book";
    }

    MvcResult postBooking(Triad t, User who, Instant start) throws Exception {
        return mvc.perform(post(book(t))
                        .param("start", start.toString())
                        .with(scene.as(who, NEW_YORK))
                        .with(csrf()))
                .andReturn();
    }

    @Test
    void theClientSeesTheCoachsFreeTimesByDayInTheClientsOwnZone() throws Exception {
        Triad t = scene.bookable();
        Instant slot = london(4, 10);

        Page page = Page.of(mvc.perform(get(book(t)).with(scene.as(t.client(), NEW_YORK)))
                .andExpect(status().isOk())
                .andReturn());

        String inNewYork = slot.atZone(NEW_YORK).toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
        assertThat(page.one("button.slot[data-start=" + slot + "]").text()).isEqualTo(inNewYork);
        assertThat(page.text("#usual-session"))
                .contains("60-minute")
                .contains("video")
                .contains("America/New_York");
        // 08:00 London is 03:00 or 04:00 New York: the New York day starts before the London one ends
        assertThat(page.all("button.slot")).isNotEmpty();
        assertThat(page.all("button.slot").eachAttr("data-start"))
                .allSatisfy(
                        start -> assertThat(Instant.parse(start).atZone(LONDON).getHour())
                                .isBetween(8, 17))
                // the programme's 48 hours' notice: nothing sooner
                .allSatisfy(start ->
                        assertThat(Instant.parse(start)).isAfter(Instant.now().plusSeconds(47 * 3600)));
    }

    @Test
    void theClientNeverSeesWhatTheCoachIsBusyWithNorTheNotesOfExceptions() throws Exception {
        User coach = scene.coachInLondon();
        LocalDateTime away = LocalDateTime.now(LONDON).plusDays(5).toLocalDate().atStartOfDay();
        scene.publish(coach, null, List.of(new Unavailable(null, away, away.plusDays(1), "Secret dentist visit")));
        var programme = scene.programmeWhereClientsBook();
        Triad other = scene.triad(programme, coach);
        Triad t = scene.triad(programme, coach);
        Instant taken = london(4, 11);
        assertThat(postBooking(other, other.client(), taken).getResponse().getRedirectedUrl())
                .contains("/sessions/");

        String html = mvc.perform(get(book(t)).with(scene.as(t.client(), NEW_YORK)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .doesNotContain("Secret dentist visit")
                .doesNotContain(other.client().getFullName())
                .doesNotContain("data-start=\"" + taken + "\"")
                .contains("data-start=\"" + london(4, 12) + "\"")
                .doesNotContain("data-start=\"" + london(5, 10) + "\"");
    }

    @Test
    void bookingASlotSchedulesTheUsualSessionAsBookedByTheClientAndHoldsItsTime() throws Exception {
        Triad t = scene.bookable();
        Instant slot = london(4, 10);

        MvcResult result = postBooking(t, t.client(), slot);

        CoachingSession booked = sessions.inOrderOfStart(t.id()).stream()
                .filter(s -> s.getStartsAt().equals(slot))
                .findFirst()
                .orElseThrow();
        assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("/engagements/" + t.id() + "/sessions/" + booked.getId());
        assertThat(result.getFlashMap().get("message")).asString().contains("Session booked");
        assertThat(booked.isScheduled()).isTrue();
        assertThat(booked.getMinutes()).isEqualTo(60);
        assertThat(booked.getScheduledById()).isEqualTo(t.client().getId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from booked_time where item_kind = 'SESSION' and item_id = ?",
                        Integer.class,
                        booked.getId()))
                .isOne();
        assertThat(jdbc.queryForList(
                        "select recipient_email from outbox_message where kind = 'CALENDAR_UPDATE'"
                                + " and attachment_method = 'REQUEST' and attachment_text like ?",
                        String.class,
                        "%UID:" + booked.getCalendarUid() + "%"))
                .containsExactlyInAnyOrder(t.client().getEmail(), t.coach().getEmail());

        // HR sees who booked it
        Page hrPage =
                Page.of(mvc.perform(get("/engagements/" + t.id() + "/sessions").with(fixtures.as(fixtures.hr())))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(hrPage.one("#session-" + booked.getId() + " .booked-by").attr("data-booked-by"))
                .isEqualTo("client");
        assertThat(hrPage.text("#session-" + booked.getId() + " .booked-by")).isEqualTo("Booked by the client");
    }

    @Test
    void aSessionTheCoachSchedulesReadsScheduledByTheCoach() throws Exception {
        Triad t = scene.bookable();
        CoachingSession byCoach = fixtures.videoSession(t, LocalDateTime.now().plusDays(6), "https://meet.example/x");

        Page page =
                Page.of(mvc.perform(get("/engagements/" + t.id() + "/sessions").with(fixtures.as(fixtures.hr())))
                        .andReturn());

        assertThat(page.one("#session-" + byCoach.getId() + " .booked-by").attr("data-booked-by"))
                .isEqualTo("coach");
    }

    @Test
    void whereOnlyCoachesScheduleTheClientHasNoLinkAndTheBookingIsRefused() throws Exception {
        User coach = scene.coachInLondon();
        scene.publish(coach, null, List.of());
        Triad t = scene.triad(fixtures.programme(), coach);

        Page overview = Page.of(mvc.perform(get("/engagements/" + t.id()).with(fixtures.as(t.client())))
                .andExpect(status().isOk())
                .andReturn());
        Page list =
                Page.of(mvc.perform(get("/engagements/" + t.id() + "/sessions").with(fixtures.as(t.client())))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(overview.has("#book-session")).isFalse();
        assertThat(list.has("#book-session")).isFalse();
        mvc.perform(get(book(t)).with(fixtures.as(t.client()))).andExpect(status().isForbidden());
        assertThat(postBooking(t, t.client(), london(4, 10)).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(sessions.inOrderOfStart(t.id())).isEmpty();
    }

    @Test
    void whereClientsBookTheClientHasTheLinkAndTheCoachAndLeaderHaveNot() throws Exception {
        Triad t = scene.bookable();

        for (User who : List.of(t.client(), t.coach(), t.leader())) {
            Page overview = Page.of(mvc.perform(get("/engagements/" + t.id()).with(fixtures.as(who)))
                    .andExpect(status().isOk())
                    .andReturn());
            assertThat(overview.has("#book-session")).as(who.getFullName()).isEqualTo(who == t.client());
        }
        mvc.perform(get(book(t)).with(fixtures.as(t.coach()))).andExpect(status().isForbidden());
        mvc.perform(get(book(t)).with(fixtures.as(t.leader()))).andExpect(status().isForbidden());
        mvc.perform(get(book(t)).with(fixtures.as(fixtures.hr()))).andExpect(status().isForbidden());
    }

    @Test
    void anotherEngagementsClientIsToldTheBookingPageDoesNotExist() throws Exception {
        Triad t = scene.bookable();
        Triad stranger = scene.bookable();

        mvc.perform(get(book(t)).with(fixtures.as(stranger.client()))).andExpect(status().isNotFound());
        assertThat(postBooking(t, stranger.client(), london(4, 10))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(sessions.inOrderOfStart(t.id())).isEmpty();
    }

    void refused(Triad t, Instant start, String message) throws Exception {
        mvc.perform(post(book(t))
                        .param("start", start.toString())
                        .with(scene.as(t.client(), NEW_YORK))
                        .with(csrf()))
                .andExpect(redirectedUrl(book(t)))
                .andExpect(flash().attribute("error", message));
        assertThat(sessions.inOrderOfStart(t.id()))
                .noneMatch(s -> s.getStartsAt().equals(start));
    }

    @Test
    void aTimeJustTakenByAnotherClientSendsTheSecondBackToTheNextFreeTimes() throws Exception {
        User coach = scene.coachInLondon();
        scene.publish(coach, null, List.of());
        var programme = scene.programmeWhereClientsBook();
        Triad first = scene.triad(programme, coach);
        Triad t = scene.triad(programme, coach);
        postBooking(first, first.client(), london(4, 9));

        MvcResult refused = postBooking(t, t.client(), london(4, 9));

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(book(t));
        assertThat(refused.getFlashMap().get("error"))
                .isEqualTo("That time was just taken. Here are the next free times.");
        Page page = Page.of(mvc.perform(get(book(t)).with(scene.as(t.client(), NEW_YORK)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.all("button.slot").eachAttr("data-start"))
                .contains(london(4, 10).toString())
                .doesNotContain(london(4, 9).toString());
    }

    @Test
    void aTimeOutsideTheCoachsHoursIsRefused() throws Exception {
        Triad t = scene.bookable();

        refused(t, london(4, 7), "Your coach is not available at that time");
        refused(t, london(4, 10).plusSeconds(15 * 60), "Your coach is not available at that time");
    }

    @Test
    void aTimeInsideTheNoticeIsRefused() throws Exception {
        Triad t = scene.bookable();

        refused(t, london(1, 10), "That time is too soon: book further ahead");
    }

    @Test
    void aTimeOverTheDailyMaximumIsRefused() throws Exception {
        User coach = scene.coachInLondon();
        scene.publish(coach, 1, List.of());
        var programme = scene.programmeWhereClientsBook();
        Triad first = scene.triad(programme, coach);
        Triad t = scene.triad(programme, coach);
        postBooking(first, first.client(), london(4, 9));

        refused(t, london(4, 14), "Your coach has no more sessions free that day");
    }

    @Test
    void aTimeBeyondTheHoursLeftIsRefused() throws Exception {
        Triad t = scene.bookable();
        jdbc.update("update engagement set contracted_hours = 1.5 where id = ?", t.id());
        postBooking(t, t.client(), london(4, 9)); // one of the 1.5 hours is now scheduled

        refused(t, london(5, 9), "The engagement has no contracted hours left for another session");
    }

    @Test
    void aTimeAfterTheEngagementEndsIsRefused() throws Exception {
        Triad t = scene.bookable();
        jdbc.update("update engagement set planned_end_on = current_date + 3 where id = ?", t.id());

        refused(t, london(6, 10), "That time is after the engagement ends");
    }

    @Test
    void aStartThatIsNoTimeAtAllIsRefusedWithAMessage() throws Exception {
        Triad t = scene.bookable();

        mvc.perform(post(book(t))
                        .param("start", "tomorrow")
                        .with(fixtures.as(t.client()))
                        .with(csrf()))
                .andExpect(redirectedUrl(book(t)))
                .andExpect(flash().attribute("error", "Choose one of the free times"));
    }

    @Test
    void theCoachPublishesAvailabilityOnTheirPageAndReadsItBack() throws Exception {
        User coach = scene.coachInLondon();

        mvc.perform(post("/availability")
                        .param("days[0]", "09:00-12:00, 14:00-17:30")
                        .param("days[2]", "10:00-11:00")
                        .param("exceptions", "2030-12-24 - 2030-12-31 | Holidays\n2030-11-05 13:00 - 18:00")
                        .param("noticeHours", "12")
                        .param("bufferMinutes", "15")
                        .param("maxPerDay", "3")
                        .with(fixtures.as(coach))
                        .with(csrf()))
                .andExpect(redirectedUrl("/availability"));

        Availability saved = availability.mine(fixtures.principal(coach));
        assertThat(saved.hours()).hasSize(3);
        assertThat(saved.exceptions()).extracting(Unavailable::note).containsExactlyInAnyOrder("Holidays", null);
        assertThat(saved.noticeHours()).isEqualTo(12);
        assertThat(saved.bufferMinutes()).isEqualTo(15);
        assertThat(saved.maxPerDay()).isEqualTo(3);
        Page page = Page.of(mvc.perform(get("/availability").with(fixtures.as(coach)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.value("#days0")).isEqualTo("09:00-12:00, 14:00-17:30");
        assertThat(page.text("#exceptions")).contains("2030-12-24 - 2030-12-31 | Holidays");
    }

    @Test
    void unreadableHoursComeBackWithAMessageNextToTheDay() throws Exception {
        User coach = scene.coachInLondon();

        Page page = Page.of(mvc.perform(post("/availability")
                        .param("days[1]", "9 to 5")
                        .param("noticeHours", "24")
                        .param("bufferMinutes", "0")
                        .with(fixtures.as(coach))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.text("#days1-error")).contains("09:00-12:00");
        assertThat(availability.mine(fixtures.principal(coach)).published()).isFalse();
    }

    @Test
    void onlyCoachesHaveAnAvailabilityPage() throws Exception {
        Triad t = scene.bookable();

        mvc.perform(get("/availability").with(fixtures.as(t.client()))).andExpect(status().isForbidden());
        mvc.perform(get("/availability").with(fixtures.as(fixtures.hr()))).andExpect(status().isForbidden());
    }
}
