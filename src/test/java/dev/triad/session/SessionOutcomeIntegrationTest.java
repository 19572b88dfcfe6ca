package dev.triad.session;

import dev.triad.account.User;
import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.engagement.HoursEntries;
import dev.triad.engagement.HoursEntry;
import dev.triad.programme.Programme;
import dev.triad.programme.Programmes;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16: what a page announces before an outcome is recorded is what the outcome then is (point 7), "mark as held"
 * and "client did not come" go through a step that says what will happen (point 10), and a no-show is not said to
 * be the coach's (point 12).
 */
@IntegrationTest
class SessionOutcomeIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    @Autowired
    CoachingSessions coachingSessions;

    @Autowired
    HoursEntries hoursEntries;

    @Autowired
    AuditTrail audit;

    @Autowired
    Programmes programmes;

    Triad a;

    @BeforeEach
    void anEngagement() {
        a = fixtures.aTriad();
    }

    CoachingSession sessionIn(LocalDateTime startsAt) {
        return fixtures.videoSession(a, startsAt, null);
    }

    /** A session booked ahead whose time has since come. */
    CoachingSession startedSession(LocalDateTime startsAt) {
        CoachingSession session = sessionIn(LocalDateTime.now().plusDays(20));
        fixtures.backdateSession(session.getId(), startsAt.truncatedTo(ChronoUnit.MINUTES));
        return session;
    }

    String url(CoachingSession session) {
        return "/engagements/" + a.id() + "/sessions/" + session.getId();
    }

    @Test
    void theCancellationAfterALateOneIsAnnouncedAsDeductedAndReportedBeforeTheClientConfirmsAndThenIs()
            throws Exception {
        CoachingSession soon = sessionIn(LocalDateTime.now().plusHours(30));
        CoachingSession next = sessionIn(LocalDateTime.now().plusDays(3));
        mvc.perform(post(url(soon) + "/cancel").with(fixtures.as(a.client())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(url(next) + "/cancel").with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"in-time-notice\""))))
                .andExpect(Page.count("#in-a-row-notice", is(1)))
                .andExpect(Page.count("#cancellation-preview[data-deducted-hours=1][data-alerts-hr=true]", is(1)));
        mvc.perform(post(url(next) + "/cancel").with(fixtures.as(a.client())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", not(containsString("cancelled in time"))))
                .andExpect(flash().attribute("message", containsString("in a row")));
        assertThat(hoursEntries.ledgerOf(a.id()))
                .extracting(HoursEntry::getKind)
                .containsExactlyInAnyOrder(HoursEntry.Kind.LATE_CANCELLATION, HoursEntry.Kind.CONSECUTIVE_CANCELLATION);
    }

    @Test
    void aCancellationInTimeWithNothingBeforeItIsAnnouncedAndConfirmedAsFree() throws Exception {
        CoachingSession next = sessionIn(LocalDateTime.now().plusDays(3));
        mvc.perform(get(url(next) + "/cancel").with(fixtures.as(a.client())))
                .andExpect(Page.count("#in-time-notice", is(1)))
                .andExpect(Page.count("#cancellation-preview[data-deducted-hours=0][data-alerts-hr=false]", is(1)));
        mvc.perform(post(url(next) + "/cancel").with(fixtures.as(a.client())).with(csrf()))
                .andExpect(flash().attribute("message", containsString("cancelled in time")));
        assertThat(hoursEntries.ledgerOf(a.id())).isEmpty();
    }

    @Test
    void markingHeldGoesThroughAStepThatSaysWhatGoesOnTheLedger() throws Exception {
        CoachingSession session = startedSession(LocalDateTime.now().minusHours(2));
        mvc.perform(get(url(session)).with(fixtures.as(a.coach())))
                .andExpect(Page.count("a[href=" + url(session) + "/held]", greaterThan(0)));
        mvc.perform(get(url(session) + "/held").with(fixtures.as(a.coach())))
                .andExpect(status().isOk())
                .andExpect(Page.count("#confirm-outcome[data-ledger-kind=SESSION_HELD]", is(1)));
        assertThat(coachingSessions.findById(session.getId()).orElseThrow().getStatus())
                .isEqualTo(SessionStatus.SCHEDULED);
        for (User notCoach : new User[] {a.client(), a.leader()}) {
            mvc.perform(get(url(session) + "/held").with(fixtures.as(notCoach))).andExpect(status().isForbidden());
        }
        mvc.perform(post(url(session) + "/held").with(fixtures.as(a.coach())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(hoursEntries.ledgerOf(a.id()))
                .extracting(HoursEntry::getKind)
                .containsExactly(HoursEntry.Kind.SESSION_HELD);
    }

    @Test
    void aNoShowGoesThroughAStepThatSaysItsTimeIsDeductedAndIsNeverCalledTheCoachs() throws Exception {
        CoachingSession session = startedSession(LocalDateTime.now().minusHours(2));
        mvc.perform(get(url(session) + "/no-show").with(fixtures.as(a.coach())))
                .andExpect(status().isOk())
                .andExpect(Page.count("#confirm-outcome[data-ledger-kind=NO_SHOW][data-deducted-hours=1]", is(1)));
        mvc.perform(post(url(session) + "/no-show").with(fixtures.as(a.coach())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        for (User participant : new User[] {a.client(), a.coach(), a.leader(), fixtures.hr()}) {
            mvc.perform(get("/engagements/{id}/sessions", a.id()).with(fixtures.as(participant)))
                    .andExpect(Page.text("#session-" + session.getId() + " .status", is("No-show")))
                    .andExpect(content().string(not(containsString(">by the coach<"))))
                    .andExpect(content().string(containsString("recorded by the coach")));
        }
        mvc.perform(get(url(session)).with(fixtures.as(a.client())))
                .andExpect(content().string(not(containsString("No-show by the coach"))));
    }

    CoachingSession heldSession() throws Exception {
        CoachingSession session = startedSession(LocalDateTime.now().minusHours(3));
        mvc.perform(post(url(session) + "/held").with(fixtures.as(a.coach())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return session;
    }

    @Test
    void theCoachCorrectsAHeldSessionToANoShowAndTheLedgerLineIsReversedAndReplacedBothKeptAndAudited()
            throws Exception {
        CoachingSession session = heldSession();
        String reason = "Confidential reason " + java.util.UUID.randomUUID();
        mvc.perform(get(url(session)).with(fixtures.as(a.coach()))).andExpect(Page.count("#correct-outcome", is(1)));
        mvc.perform(get(url(session) + "/correct").with(fixtures.as(a.coach())))
                .andExpect(status().isOk())
                .andExpect(Page.count("#correction-form", is(1)))
                .andExpect(Page.count("#outcome-NO_SHOW-cost", is(1)));
        mvc.perform(post(url(session) + "/correct")
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("outcome", "NO_SHOW"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#reason-error", is(1)));
        for (User notCoach : new User[] {a.client(), a.leader(), fixtures.hr()}) {
            mvc.perform(post(url(session) + "/correct")
                            .with(fixtures.as(notCoach))
                            .with(csrf())
                            .param("outcome", "NO_SHOW")
                            .param("reason", "x"))
                    .andExpect(status().isForbidden());
        }

        mvc.perform(post(url(session) + "/correct")
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("outcome", "NO_SHOW")
                        .param("reason", reason))
                .andExpect(status().is3xxRedirection());

        assertThat(coachingSessions.findById(session.getId()).orElseThrow().getStatus())
                .isEqualTo(SessionStatus.NO_SHOW);
        var lines = hoursEntries.ledgerOf(a.id());
        assertThat(lines)
                .extracting(HoursEntry::getKind)
                .containsExactlyInAnyOrder(
                        HoursEntry.Kind.SESSION_HELD, HoursEntry.Kind.CORRECTION, HoursEntry.Kind.NO_SHOW);
        HoursEntry held = lines.stream()
                .filter(l -> l.getKind() == HoursEntry.Kind.SESSION_HELD)
                .findFirst()
                .orElseThrow();
        HoursEntry correction = lines.stream()
                .filter(l -> l.getKind() == HoursEntry.Kind.CORRECTION)
                .findFirst()
                .orElseThrow();
        assertThat(correction.getReversesId()).isEqualTo(held.getId());
        assertThat(correction.getHours()).isEqualByComparingTo("-1");
        mvc.perform(get("/engagements/{id}/hours", a.id()).with(fixtures.as(fixtures.hr())))
                .andExpect(Page.texts("#ledger td:nth-child(2)", hasItem("Correction")))
                .andExpect(Page.text("#hours-remaining", is("11 h remaining")))
                .andExpect(content().string(not(containsString(reason))));

        var entries = audit.search(
                        new AuditTrail.Filter(
                                AuditKind.SESSION_OUTCOME_CORRECTED, a.coach().getEmail(), null, null),
                        PageRequest.of(0, 10))
                .getContent();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.getSubject()).contains("session " + session.getId());
            assertThat(entry.getDetails()).doesNotContain(reason);
        });

        // corrected again, back to held: the no-show line is reversed in turn, the first reversal stays
        mvc.perform(post(url(session) + "/correct")
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("outcome", "HELD")
                        .param("reason", "Mixed up"))
                .andExpect(status().is3xxRedirection());
        assertThat(hoursEntries.ledgerOf(a.id()))
                .extracting(HoursEntry::getKind)
                .containsExactlyInAnyOrder(
                        HoursEntry.Kind.SESSION_HELD,
                        HoursEntry.Kind.CORRECTION,
                        HoursEntry.Kind.NO_SHOW,
                        HoursEntry.Kind.CORRECTION,
                        HoursEntry.Kind.SESSION_HELD);
        assertThat(hoursEntries.usedBy(a.id())).isEqualByComparingTo("1");
    }

    @Test
    void anOutcomeIsCorrectedOnlyWithinTheProgrammesWindow() throws Exception {
        Programme strict = fixtures.programme();
        strict.setOutcomeCorrectionDays(0);
        programmes.save(strict);
        a = new Triad(
                fixtures.anEngagement()
                        .withClient(a.client())
                        .withLeader(a.leader())
                        .withCoach(a.coach())
                        .in(strict)
                        .build(),
                a.client(),
                a.coach(),
                a.leader());
        CoachingSession session = heldSession();
        mvc.perform(get(url(session)).with(fixtures.as(a.coach())))
                .andExpect(content().string(not(containsString("id=\"correct-outcome\""))));
        mvc.perform(post(url(session) + "/correct")
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("outcome", "NO_SHOW")
                        .param("reason", "Late"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#not-correctable", is(1)));
        assertThat(coachingSessions.findById(session.getId()).orElseThrow().getStatus())
                .isEqualTo(SessionStatus.HELD);
        assertThat(hoursEntries.ledgerOf(a.id()))
                .extracting(HoursEntry::getKind)
                .containsExactly(HoursEntry.Kind.SESSION_HELD);
    }
}
