package dev.triad.alignment;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.session.CoachingSession;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.session.SessionService.NewSession;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Issue 19: the client's and the leader's home page shows their next session or meeting first. */
@IntegrationTest
class NextOnHomeIntegrationTest {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

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

    Triad a;

    @BeforeEach
    void anEngagement() {
        a = fixtures.aTriad();
    }

    LocalDateTime inDays(int days) {
        return LocalDateTime.now().plusDays(days).withHour(10).truncatedTo(ChronoUnit.HOURS);
    }

    CoachingSession session(Triad t, int days) {
        return sessions.schedule(
                t.id(), new NewSession(inDays(days), 60, SessionFormat.VIDEO, null), fixtures.principal(t.coach()));
    }

    AlignmentMeeting meeting(Triad t, int days) {
        return alignment.schedule(
                t.id(),
                new NewMeeting(MeetingKind.INITIAL, inDays(days), 60, "Room 4"),
                fixtures.principal(t.client()));
    }

    Instant startOf(String table, Long id) {
        return jdbc.queryForObject("select starts_at from " + table + " where id = ?", Timestamp.class, id)
                .toInstant();
    }

    /** The home page's first section, as {@code person} sees it in {@code zone}. */
    Element firstSection(User person, ZoneId zone) throws Exception {
        jdbc.update("update app_user set time_zone = ? where id = ?", zone.getId(), person.getId());
        Page page = Page.of(
                mvc.perform(get("/").with(user(fixtures.principal(person).withTimeZone(zone))))
                        .andReturn());
        Element next = page.one("#home-next");
        // only the title and the reminders come before it: it is the first of the sections
        assertThat(next.previousElementSiblings().stream().map(e -> e.tagName() + "#" + e.id()))
                .allMatch(e -> e.equals("h1#") || e.equals("div#reminders"));
        return next;
    }

    @Test
    void aClientSeesTheirNextSessionFirstInTheirOwnZone() throws Exception {
        CoachingSession soon = session(a, 2);
        meeting(a, 4);
        ZoneId newYork = ZoneId.of("America/New_York");
        Element next = firstSection(a.client(), newYork);
        assertThat(next.selectFirst("[data-test=next-link]").attr("href"))
                .isEqualTo("/engagements/" + a.id() + "/sessions/" + soon.getId());
        assertThat(next.selectFirst("[data-test=next-when]").text())
                .isEqualTo(WHEN.format(startOf("coaching_session", soon.getId()).atZone(newYork)) + " your time");
        assertThat(next.selectFirst("[data-test=next-format]").text()).isEqualTo("Video");
        assertThat(next.select("[data-test=join-later], [data-test=no-link]")).hasSize(1);
    }

    @Test
    void aMeetingSoonerThanTheNextSessionComesFirst() throws Exception {
        session(a, 5);
        AlignmentMeeting first = meeting(a, 2);
        ZoneId singapore = ZoneId.of("Asia/Singapore");
        Element next = firstSection(a.client(), singapore);
        assertThat(next.selectFirst("[data-test=next-link]").attr("href"))
                .isEqualTo("/engagements/" + a.id() + "/alignment/meetings/" + first.getId());
        assertThat(next.selectFirst("[data-test=place]").text()).isEqualTo("Room 4");
        assertThat(next.selectFirst("[data-test=next-when]").text())
                .startsWith(
                        WHEN.format(startOf("alignment_meeting", first.getId()).atZone(singapore)));
    }

    @Test
    void aLeaderSeesTheNextMeetingButNeverASession() throws Exception {
        CoachingSession session = session(a, 1);
        AlignmentMeeting meeting = meeting(a, 3);
        ZoneId london = ZoneId.of("Europe/London");
        Element next = firstSection(a.leader(), london);
        assertThat(next.selectFirst("[data-test=next-link]").attr("href"))
                .isEqualTo("/engagements/" + a.id() + "/alignment/meetings/" + meeting.getId());
        assertThat(next.selectFirst("[data-test=next-when]").text())
                .isEqualTo(WHEN.format(
                                startOf("alignment_meeting", meeting.getId()).atZone(london)) + " your time");
        assertThat(next.outerHtml()).doesNotContain("/sessions/" + session.getId());
    }

    @Test
    void anotherEngagementsItemsAreNeverShown() throws Exception {
        Triad b = fixtures.aTriad();
        session(b, 1);
        meeting(b, 2);
        CoachingSession mine = session(a, 6);
        Element next = firstSection(a.client(), ZoneId.of("Europe/London"));
        assertThat(next.selectFirst("[data-test=next-link]").attr("href"))
                .isEqualTo("/engagements/" + a.id() + "/sessions/" + mine.getId());
        assertThat(next.outerHtml()).doesNotContain("/engagements/" + b.id() + "/");

        Element leaders = firstSection(a.leader(), ZoneId.of("Europe/London"));
        assertThat(leaders.select("[data-test=next-none]").text()).isEqualTo("No session booked yet");
        assertThat(leaders.outerHtml()).doesNotContain("/engagements/" + b.id() + "/");
    }

    @Test
    void nothingBookedSaysSoAndACoachGetsNoNextLine() throws Exception {
        Element next = firstSection(a.client(), ZoneId.of("Europe/London"));
        assertThat(next.select("[data-test=next-none]").text()).isEqualTo("No session booked yet");
        assertThat(next.select("[data-test=next-item]")).isEmpty();

        session(a, 2);
        User coachOnly = a.coach();
        assertThat(coachOnly.getRoles()).doesNotContain(Role.CLIENT, Role.LEADER);
        Page coachHome =
                Page.of(mvc.perform(get("/").with(fixtures.as(coachOnly))).andReturn());
        assertThat(coachHome.all("#home-next")).isEmpty();
    }
}
