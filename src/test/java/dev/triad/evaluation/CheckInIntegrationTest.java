package dev.triad.evaluation;

import dev.triad.account.User;
import dev.triad.programme.Programme;
import dev.triad.programme.ProgrammeDetails;
import dev.triad.programme.ProgrammeService;
import dev.triad.support.Activity;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import dev.triad.system.RuleMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Partnership check-ins: due after every N held sessions (the programme's setting), answered once by the client in
 * the app, with a home page reminder and a notification; a low fit reaches HR as a flag and a mail without the text.
 */
@IntegrationTest
class CheckInIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Autowired
    PartnershipCheckIns checkIns;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    JdbcTemplate jdbc;

    Activity activity;

    @BeforeEach
    void activity() {
        activity = new Activity(context);
    }

    List<Integer> dueAfter(Triad t) {
        return checkIns.findByEngagementIdOrderByAfterSessionsDesc(t.id()).stream()
                .map(PartnershipCheckIn::getAfterSessions)
                .toList();
    }

    Triad triadIn(Programme programme) {
        User client = fixtures.person(dev.triad.account.Role.CLIENT);
        User coach = fixtures.person(dev.triad.account.Role.COACH);
        User leader = fixtures.person(dev.triad.account.Role.LEADER);
        return new Triad(
                fixtures.anEngagement()
                        .withClient(client)
                        .withLeader(leader)
                        .withCoach(coach)
                        .in(programme)
                        .build(),
                client,
                coach,
                leader);
    }

    @Test
    void aCheckInIsDueAfterEveryThirdHeldSessionByDefault() {
        Triad t = fixtures.aTriad();
        activity.holdSessions(t, 2);
        assertThat(dueAfter(t)).isEmpty();
        activity.holdSessions(t, 1);
        assertThat(dueAfter(t)).containsExactly(3);
        activity.holdSessions(t, 4);
        assertThat(dueAfter(t)).containsExactly(6, 3);
        // The one after 3 sessions was left unanswered: the one after 6 replaced it.
        List<PartnershipCheckIn> all = checkIns.findByEngagementIdOrderByAfterSessionsDesc(t.id());
        assertThat(all.get(0).isOpen()).isTrue();
        assertThat(all.get(1).isOpen()).isFalse();
        assertThat(all.get(1).getSupersededAt()).isNotNull();
    }

    @Test
    void theProgrammeSetsHowOftenCheckInsCome() {
        Programme programme = fixtures.programme();
        programmes.update(
                programme.getId(),
                programme.getVersion(),
                new ProgrammeDetails(
                        programme.getName(),
                        null,
                        programme.getTiming(),
                        programme.getDefaultCoachingType(),
                        programme.getDefaultContractedHours(),
                        programme.getStartsOn(),
                        null,
                        48,
                        2,
                        2,
                        null));
        Triad t = triadIn(programme);
        activity.holdSessions(t, 5);
        assertThat(dueAfter(t)).containsExactly(4, 2);
    }

    @Test
    void theClientIsRemindedOnTheHomePageAndNotifiedAndAnswersOnce() throws Exception {
        Triad t = fixtures.aTriad();
        activity.holdSessions(t, 3);
        PartnershipCheckIn checkIn = checkIns.openOf(t.id()).get(0);
        String path = "/engagements/" + t.id() + "/check-ins/" + checkIn.getId();
        mvc.perform(get("/").with(fixtures.as(t.client())))
                .andExpect(Page.texts(
                        "#reminders [role=alert] > span", hasItem(containsString("A partnership check-in is waiting"))))
                .andExpect(Page.count("#reminders a[href=" + path + "]", is(1)));
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where kind = 'CHECK_IN_DUE' and recipient_user_id = ?",
                        Long.class,
                        t.client().getId()))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from app_notification where kind = 'CHECK_IN_DUE' and user_id = ? and link = ?",
                        Long.class,
                        t.client().getId(),
                        path))
                .isOne();

        mvc.perform(post(path).with(fixtures.as(t.client())).with(csrf()).param("whatShouldChange", "More challenge"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose how well the partnership works for you")));
        mvc.perform(post(path).with(fixtures.as(t.client())).with(csrf()).param("fit", "9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose an answer from 1 to 5")));
        mvc.perform(post(path)
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("fit", "4")
                        .param("whatShouldChange", "More challenge"))
                .andExpect(redirectedUrl("/engagements/" + t.id() + "/evaluation"));
        mvc.perform(post(path).with(fixtures.as(t.client())).with(csrf()).param("fit", "1"))
                .andExpect(status().isOk())
                .andExpect(Page.text("[data-test=fit]", is("4 – Mostly")))
                .andExpect(content().string(containsString("You already answered this check-in")));
        PartnershipCheckIn answered = checkIns.findById(checkIn.getId()).orElseThrow();
        assertThat(answered.getFit()).isEqualTo(4);
        assertThatThrownBy(() -> context.getBean(CheckInService.class)
                        .answer(t.id(), checkIn.getId(), 2, "twice", activity.as(t.client())))
                .satisfies(RuleMessages.containing("already answered"));
        mvc.perform(get("/").with(fixtures.as(t.client())))
                .andExpect(content().string(not(containsString("A partnership check-in is waiting"))));
        // No mail to HR for a good fit.
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where kind = 'LOW_FIT_SIGNAL' and text_body like ?",
                        Long.class,
                        "%" + t.client().getFullName() + "%"))
                .isZero();
    }

    @Test
    void aLowFitReachesHrAsAFlagAndAMailWithoutWhatTheClientWrote() throws Exception {
        Triad t = fixtures.aTriad();
        User hr = fixtures.hr();
        activity.holdSessions(t, 3);
        activity.answerCheckIns(t, 2, "I do not feel heard by my coach");
        List<String> mails = jdbc.queryForList(
                "select text_body || html_body from outbox_message where kind = 'LOW_FIT_SIGNAL' and recipient_user_id = ?",
                String.class,
                hr.getId());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0))
                .contains(t.client().getFullName())
                .contains("/engagements/" + t.id() + "/evaluation")
                .doesNotContain("do not feel heard")
                .doesNotContain("2 –");
        mvc.perform(get("/engagements/{id}/evaluation", t.id()).with(fixtures.as(hr)))
                .andExpect(status().isOk())
                .andExpect(Page.texts(".badge.text-bg-danger", hasItem("Low fit signalled in the latest check-in")))
                .andExpect(content().string(not(containsString("do not feel heard"))))
                .andExpect(content().string(not(containsString("Not really"))));
        mvc.perform(get("/engagements/{id}/evaluation", t.id()).with(fixtures.as(t.coach())))
                .andExpect(Page.texts(
                        "#check-ins li",
                        hasItem(allOf(containsString("do not feel heard"), containsString("2 – Not really")))));
    }
}
