package dev.triad.alignment;

import dev.triad.account.User;
import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19: a meeting's time is typed in the typer's zone and read in the reader's. A coach in London, a client in New
 * York, a leader in Singapore (no daylight saving); dates next year, ahead of the real clock.
 */
@IntegrationTest
class MeetingZonesIntegrationTest {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");
    static final int YEAR = LocalDate.now().getYear() + 1;
    static final LocalDate EU_SPRING =
            LocalDate.of(YEAR, Month.MARCH, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    static final LocalDate EU_AUTUMN =
            LocalDate.of(YEAR, Month.OCTOBER, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    static final LocalDate US_SPRING =
            LocalDate.of(YEAR, Month.MARCH, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AlignmentService alignment;

    @Autowired
    AlignmentMeetings meetings;

    Triad t;
    User coach;
    User client;
    User leader;

    @BeforeEach
    void threePeopleInThreeZones() {
        t = fixtures.aTriad();
        coach = fixtures.inZone(t.coach(), LONDON);
        client = fixtures.inZone(t.client(), NEW_YORK);
        leader = fixtures.inZone(t.leader(), SINGAPORE);
    }

    MvcResult book(User by, LocalDateTime at, String occurrence) throws Exception {
        var request = post("/engagements/{id}/alignment/meetings", t.id())
                .with(fixtures.as(by))
                .with(csrf())
                .param("kind", "INITIAL")
                .param("startsAt", INPUT.format(at))
                .param("minutes", "60");
        if (occurrence != null) {
            request.param("occurrence", occurrence);
        }
        return mvc.perform(request).andReturn();
    }

    AlignmentMeeting onlyMeeting() {
        assertThat(meetings.ofEngagement(t.id())).hasSize(1);
        return meetings.ofEngagement(t.id()).get(0);
    }

    String url(AlignmentMeeting meeting) {
        return "/engagements/" + t.id() + "/alignment/meetings/" + meeting.getId();
    }

    @Test
    void nineInLondonInJulyIsFourInTheAfternoonForTheLeaderInSingapore() throws Exception {
        mvc.perform(get("/engagements/{id}/alignment/meetings/new", t.id()).with(fixtures.as(coach)))
                .andExpect(status().isOk())
                .andExpect(Page.text("#startsAt-zone", containsString("Times are in Europe/London (")));
        assertThat(book(coach, LocalDate.of(YEAR, 7, 8).atTime(9, 0), null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        AlignmentMeeting meeting = onlyMeeting();
        assertThat(meeting.getStartsAt()).isEqualTo(Instant.parse(YEAR + "-07-08T08:00:00Z"));
        mvc.perform(get(url(meeting)).with(fixtures.as(leader)))
                .andExpect(status().isOk())
                .andExpect(Page.text("#meeting-when", containsString("16:00 SGT")));
        mvc.perform(get(url(meeting)).with(fixtures.as(client)))
                .andExpect(Page.text("#meeting-when", containsString("04:00 EDT")));
        mvc.perform(get(url(meeting) + "/move").with(fixtures.as(client)))
                .andExpect(status().isOk())
                .andExpect(Page.value("#startsAt", is(YEAR + "-07-08T04:00")))
                .andExpect(Page.text("#startsAt-zone", containsString("Times are in America/New_York (")));
    }

    @Test
    void theClientInNewYorkTypesHerOwnTimeAndATimeHerClocksSkipIsRefused() throws Exception {
        assertThat(book(client, LocalDate.of(YEAR, 12, 9).atTime(9, 0), null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        AlignmentMeeting meeting = onlyMeeting();
        assertThat(meeting.getStartsAt()).isEqualTo(Instant.parse(YEAR + "-12-09T14:00:00Z"));

        MvcResult refused = mvc.perform(post(url(meeting) + "/move")
                        .with(fixtures.as(client))
                        .with(csrf())
                        .param("startsAt", INPUT.format(US_SPRING.atTime(2, 30)))
                        .param("minutes", "60"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(Page.of(refused).text("#startsAt-error")).contains("does not exist in America/New_York");
        assertThat(alignment.meeting(t.id(), meeting.getId()).getStartsAt()).isEqualTo(meeting.getStartsAt());
    }

    @Test
    void aTimeTheClocksSkipInLondonIsRefusedForTheCoach() throws Exception {
        MvcResult refused = book(coach, EU_SPRING.atTime(1, 30), null);
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(Page.of(refused).text("#startsAt-error")).contains("does not exist in Europe/London");
        assertThat(meetings.ofEngagement(t.id())).isEmpty();
    }

    @Test
    void aRepeatedTimeInLondonAsksWhichAndEachChoiceBooksItsInstant() throws Exception {
        LocalDateTime typed = EU_AUTUMN.atTime(1, 30);
        MvcResult asked = book(coach, typed, null);
        assertThat(asked.getResponse().getStatus()).isEqualTo(200);
        Page page = Page.of(asked);
        assertThat(page.text("#startsAt-error")).contains("happens twice");
        assertThat(page.value("#startsAt")).isEqualTo(INPUT.format(typed));
        assertThat(page.text("#occurrence-choice legend")).isEqualTo("Which 01:30?");
        assertThat(page.texts("#occurrence-choice label")).containsExactly("01:30 BST (first)", "01:30 GMT (second)");
        assertThat(meetings.ofEngagement(t.id())).isEmpty();

        assertThat(book(coach, typed, "EARLIER").getResponse().getStatus()).isEqualTo(302);
        AlignmentMeeting meeting = onlyMeeting();
        assertThat(meeting.getStartsAt()).isEqualTo(Instant.parse(EU_AUTUMN + "T00:30:00Z"));

        String moveTo = INPUT.format(typed);
        mvc.perform(post(url(meeting) + "/move")
                        .with(fixtures.as(coach))
                        .with(csrf())
                        .param("startsAt", moveTo)
                        .param("minutes", "60"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#occurrence-choice input[name=occurrence]", is(2)));
        mvc.perform(post(url(meeting) + "/move")
                        .with(fixtures.as(coach))
                        .with(csrf())
                        .param("startsAt", moveTo)
                        .param("minutes", "60")
                        .param("occurrence", "LATER"))
                .andExpect(status().is3xxRedirection());
        assertThat(alignment.meeting(t.id(), meeting.getId()).getStartsAt())
                .isEqualTo(Instant.parse(EU_AUTUMN + "T01:30:00Z"));
    }

    @Test
    void theServiceTakesTheTypersZoneToo() {
        AlignmentMeeting meeting = alignment.schedule(
                t.id(),
                new NewMeeting(MeetingKind.INITIAL, LocalDate.of(YEAR, 7, 8).atTime(16, 0), 60, null),
                fixtures.principal(coach).withTimeZone(SINGAPORE));
        assertThat(meeting.getStartsAt()).isEqualTo(Instant.parse(YEAR + "-07-08T08:00:00Z"));
    }
}
