package dev.triad.session;

import dev.triad.account.User;
import dev.triad.engagement.HoursEntries;
import dev.triad.engagement.HoursEntry;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import dev.triad.system.CalendarInviteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sessions end to end on PostgreSQL: who may do and see what, and the cancellation policy through the pages. */
@IntegrationTest
class SessionIntegrationTest {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

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

    Triad a;
    Triad b;
    User hr;

    @BeforeEach
    void twoEngagements() {
        a = fixtures.aTriad();
        b = fixtures.aTriad();
        hr = fixtures.hr();
    }

    /** The session's version as stored now, as the page's form would carry it. */
    String versionOf(CoachingSession session) {
        return String.valueOf(
                coachingSessions.findById(session.getId()).orElseThrow().getVersion());
    }

    /** A session at {@code startsAt}; one in the past was booked ahead and its time has come since. */
    CoachingSession sessionIn(Triad triad, LocalDateTime startsAt) {
        return fixtures.videoSession(triad, startsAt, "https://meet.example/x");
    }

    String sessionUrl(Triad triad, CoachingSession session) {
        return "/engagements/" + triad.id() + "/sessions/" + session.getId();
    }

    List<HoursEntry> ledger(Triad triad) {
        return hoursEntries.ledgerOf(triad.id());
    }

    @Test
    void theCoachSchedulesASessionThatEveryParticipantSeesInTheList() throws Exception {
        LocalDateTime start =
                LocalDateTime.now().plusDays(3).withHour(9).withMinute(30).truncatedTo(ChronoUnit.MINUTES);
        mvc.perform(post("/engagements/{id}/sessions", a.id())
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("startsAt", INPUT.format(start))
                        .param("minutes", "90")
                        .param("format", "PHONE"))
                .andExpect(status().is3xxRedirection());
        String shown = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").format(start);
        for (User participant : new User[] {a.client(), a.coach(), a.leader(), hr}) {
            mvc.perform(get("/engagements/{id}/sessions", a.id()).with(fixtures.as(participant)))
                    .andExpect(status().isOk())
                    .andExpect(Page.texts(
                            "tr[id^=session-]", hasItem(allOf(containsString(shown), containsString("90 min")))));
        }
        mvc.perform(get("/engagements/{id}/sessions", a.id()).with(fixtures.as(b.coach())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/engagements/{id}/sessions", a.id()).with(fixtures.as(b.client())))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheEngagementsCoachSchedules() throws Exception {
        String start = INPUT.format(LocalDateTime.now().plusDays(3));
        for (User notCoach : new User[] {a.client(), a.leader(), hr}) {
            mvc.perform(post("/engagements/{id}/sessions", a.id())
                            .with(fixtures.as(notCoach))
                            .with(csrf())
                            .param("startsAt", start)
                            .param("minutes", "60")
                            .param("format", "VIDEO"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/engagements/{id}/sessions/new", a.id()).with(fixtures.as(notCoach)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/engagements/{id}/sessions", a.id())
                        .with(fixtures.as(b.coach()))
                        .with(csrf())
                        .param("startsAt", start)
                        .param("minutes", "60")
                        .param("format", "VIDEO"))
                .andExpect(status().isNotFound());
        assertThat(coachingSessions.inOrderOfStart(a.id())).isEmpty();
    }

    @Test
    void aSessionsPageIsForTheClientAndTheCoachOnly() throws Exception {
        CoachingSession session = sessionIn(a, LocalDateTime.now().plusDays(4));
        for (User participant : new User[] {a.client(), a.coach()}) {
            mvc.perform(get(sessionUrl(a, session)).with(fixtures.as(participant)))
                    .andExpect(status().isOk());
        }
        mvc.perform(get(sessionUrl(a, session)).with(fixtures.as(a.leader()))).andExpect(status().isForbidden());
        mvc.perform(get(sessionUrl(a, session)).with(fixtures.as(hr))).andExpect(status().isForbidden());
        mvc.perform(get(sessionUrl(a, session)).with(fixtures.as(b.coach()))).andExpect(status().isNotFound());
        mvc.perform(get("/engagements/{id}/sessions/{s}", b.id(), session.getId())
                        .with(fixtures.as(b.coach())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCoachsPrivateNotesAreReadByTheCoachAlone() throws Exception {
        CoachingSession session = sessionIn(a, LocalDateTime.now().minusHours(2));
        String secret = "Private-" + UUID.randomUUID();
        mvc.perform(post(sessionUrl(a, session) + "/held")
                        .with(fixtures.as(a.coach()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(sessionUrl(a, session) + "/private-note")
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("privateNote", secret))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(sessionUrl(a, session)).with(fixtures.as(a.coach())))
                .andExpect(Page.text("textarea#privateNote", is(secret)));
        mvc.perform(get(sessionUrl(a, session)).with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(secret))))
                .andExpect(content().string(not(containsString("Private notes"))));
        for (User anyone : new User[] {a.client(), a.coach(), a.leader(), hr}) {
            for (String page : new String[] {
                "/engagements/" + a.id(), "/engagements/" + a.id() + "/sessions", "/engagements/" + a.id() + "/hours"
            }) {
                mvc.perform(get(page).with(fixtures.as(anyone)))
                        .andExpect(content().string(not(containsString(secret))));
            }
        }
        mvc.perform(post(sessionUrl(a, session) + "/private-note")
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("privateNote", "mine"))
                .andExpect(status().isForbidden());
        mvc.perform(post(sessionUrl(a, session) + "/private-note")
                        .with(fixtures.as(b.coach()))
                        .with(csrf())
                        .param("privateNote", "mine"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theClientWritesTheAgendaAndTheCoachReadsIt() throws Exception {
        CoachingSession session = sessionIn(a, LocalDateTime.now().plusDays(5));
        String agenda = "How to delegate the budget <script>alert(1)</script>";
        mvc.perform(post(sessionUrl(a, session) + "/agenda")
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("agenda", "not mine"))
                .andExpect(status().isForbidden());
        mvc.perform(post(sessionUrl(a, session) + "/agenda")
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("version", versionOf(session))
                        .param("agenda", agenda))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(sessionUrl(a, session)).with(fixtures.as(a.coach())))
                .andExpect(content().string(containsString("How to delegate the budget &lt;script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(post(sessionUrl(a, session) + "/agenda")
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("agenda", "x".repeat(4001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Keep the agenda under 4000 characters")));
    }

    @Test
    void holdingASessionPutsItsTimeOnTheLedgerAndTheSummaryReachesTheClient() throws Exception {
        CoachingSession session = sessionIn(a, LocalDateTime.now().minusHours(2));
        mvc.perform(post(sessionUrl(a, session) + "/held")
                        .with(fixtures.as(a.coach()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(sessionUrl(a, session) + "/summary")
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("version", versionOf(session))
                        .param("summary", "We mapped your stakeholders"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(sessionUrl(a, session)).with(fixtures.as(a.client())))
                .andExpect(Page.text("#summary-text", is("We mapped your stakeholders")));
        assertThat(ledger(a)).singleElement().satisfies(line -> {
            assertThat(line.getKind()).isEqualTo(HoursEntry.Kind.SESSION_HELD);
            assertThat(line.getHours()).isEqualByComparingTo("1");
        });
        mvc.perform(get("/engagements/{id}/hours", a.id()).with(fixtures.as(a.leader())))
                .andExpect(Page.text("#hours-remaining", is("11 h remaining")));
    }

    @Test
    void theCoachsCommitmentsBecomeTheClientsActionStepsInOneMove() throws Exception {
        CoachingSession session = sessionIn(a, LocalDateTime.now().minusHours(2));
        String due = java.time.LocalDate.now().plusWeeks(1).toString();
        mvc.perform(post(sessionUrl(a, session) + "/commitments")
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("commitments", "Ask two peers for feedback")
                        .param("dueOn", due))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record the commitments once the session has been held")));
        mvc.perform(post(sessionUrl(a, session) + "/held")
                .with(fixtures.as(a.coach()))
                .with(csrf()));
        mvc.perform(post(sessionUrl(a, session) + "/commitments")
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("commitments", "Mine")
                        .param("dueOn", due))
                .andExpect(status().isForbidden());
        mvc.perform(post(sessionUrl(a, session) + "/commitments")
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("commitments", "  \n ")
                        .param("dueOn", due))
                .andExpect(content().string(containsString("Write at least one commitment")));
        mvc.perform(post(sessionUrl(a, session) + "/commitments")
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("commitments", "Ask two peers for feedback\n\nDelegate the budget review")
                        .param("dueOn", due))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(sessionUrl(a, session)).with(fixtures.as(a.client())))
                .andExpect(Page.texts(
                        "#session-commitments li > span:first-child",
                        containsInAnyOrder("Ask two peers for feedback", "Delegate the budget review")));
        mvc.perform(get("/engagements/{id}/plan", a.id()).with(fixtures.as(a.client())))
                .andExpect(Page.texts(".step-description", hasItem("Ask two peers for feedback")));
        mvc.perform(get("/engagements/{id}/plan", a.id()).with(fixtures.as(a.leader())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theClientAndTheCoachDownloadTheSessionAsACalendarEntryWithoutItsAgenda() throws Exception {
        CoachingSession session = sessionIn(a, LocalDateTime.now().plusDays(4));
        sessions.writeAgenda(
                a.id(), session.getId(), session.getVersion(), "Confidential agenda", fixtures.principal(a.client()));
        for (User participant : new User[] {a.client(), a.coach()}) {
            String ics = mvc.perform(
                            get(sessionUrl(a, session) + "/calendar.ics").with(fixtures.as(participant)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            var event = CalendarInviteTest.event(CalendarInviteTest.parse(ics));
            assertThat(event.getProperty(net.fortuna.ical4j.model.Property.UID)
                            .orElseThrow()
                            .getValue())
                    .isEqualTo(session.getCalendarUid());
            assertThat(java.time.Instant.from(event.getDateTimeStart().getDate()))
                    .isEqualTo(session.getStartsAt());
            // a download is a published event, not an invitation: nobody is asked to reply
            assertThat(ics)
                    .contains("METHOD:PUBLISH")
                    .doesNotContain("METHOD:REQUEST")
                    .doesNotContain("RSVP")
                    .doesNotContain("ATTENDEE")
                    .doesNotContain("Confidential agenda");
        }
        mvc.perform(get(sessionUrl(a, session) + "/calendar.ics").with(fixtures.as(a.leader())))
                .andExpect(status().isForbidden());
        mvc.perform(get(sessionUrl(a, session) + "/calendar.ics").with(fixtures.as(hr)))
                .andExpect(status().isForbidden());
        mvc.perform(get(sessionUrl(a, session) + "/calendar.ics").with(fixtures.as(b.client())))
                .andExpect(status().isNotFound());

        CoachingSession moved = sessions.move(
                        a.id(),
                        session.getId(),
                        LocalDateTime.now().plusDays(8).truncatedTo(ChronoUnit.MINUTES),
                        null,
                        fixtures.principal(a.coach()))
                .to();
        String afterMove = mvc.perform(
                        get(sessionUrl(a, session) + "/calendar.ics").with(fixtures.as(a.client())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var movedEvent = CalendarInviteTest.event(CalendarInviteTest.parse(afterMove));
        assertThat(java.time.Instant.from(movedEvent.getDateTimeStart().getDate()))
                .isEqualTo(moved.getStartsAt());
        assertThat(movedEvent
                        .getProperty(net.fortuna.ical4j.model.Property.SEQUENCE)
                        .orElseThrow()
                        .getValue())
                .isEqualTo("1");

        sessions.cancel(a.id(), moved.getId(), null, fixtures.principal(a.client()));
        assertThat(mvc.perform(get(sessionUrl(a, moved) + "/calendar.ics").with(fixtures.as(a.coach())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("METHOD:PUBLISH")
                .contains("STATUS:CANCELLED")
                .contains(session.getCalendarUid());
    }

    @Test
    void aNoShowDeductsTheSessionsTimeFromTheLedgerAndTheBalance() throws Exception {
        CoachingSession missed = fixtures.sessionThatBegan(
                a.id(),
                LocalDateTime.now().minusHours(3).truncatedTo(ChronoUnit.MINUTES),
                90,
                SessionFormat.VIDEO,
                "https://meet.example/x",
                fixtures.principal(a.coach()));
        mvc.perform(post(sessionUrl(a, missed) + "/no-show")
                        .with(fixtures.as(a.coach()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(coachingSessions.findById(missed.getId()).orElseThrow().getStatus())
                .isEqualTo(SessionStatus.NO_SHOW);
        assertThat(ledger(a)).singleElement().satisfies(line -> {
            assertThat(line.getKind()).isEqualTo(HoursEntry.Kind.NO_SHOW);
            assertThat(line.getHours()).isEqualByComparingTo("1.5");
            assertThat(line.getSessionId()).isEqualTo(missed.getId());
        });
        // 12 contracted, 1.5 missed: the balance everyone reads is derived from that line
        for (User reader : new User[] {a.client(), a.coach(), a.leader(), hr}) {
            mvc.perform(get("/engagements/{id}/hours", a.id()).with(fixtures.as(reader)))
                    .andExpect(Page.text("#hours-remaining", is("10.5 h remaining")));
        }
    }

    @Test
    void aFutureSessionCannotBeMarkedHeld() throws Exception {
        CoachingSession session = sessionIn(a, LocalDateTime.now().plusDays(2));
        mvc.perform(post(sessionUrl(a, session) + "/held")
                        .with(fixtures.as(a.coach()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A session can be marked held once it has started")));
        assertThat(ledger(a)).isEmpty();
    }

    @Test
    void aLateCancellationThenAnotherCancellationDeductBothAndAlertHrOnce() throws Exception {
        CoachingSession soon = sessionIn(a, LocalDateTime.now().plusHours(30));
        CoachingSession later = sessionIn(a, LocalDateTime.now().plusDays(10));
        CoachingSession latest = sessionIn(a, LocalDateTime.now().plusDays(17));

        mvc.perform(get(sessionUrl(a, soon) + "/cancel").with(fixtures.as(a.client())))
                .andExpect(content().string(containsString("This is a late cancellation")));
        mvc.perform(post(sessionUrl(a, soon) + "/cancel")
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("reason", "Board meeting"))
                .andExpect(status().is3xxRedirection());
        assertThat(ledger(a)).extracting(HoursEntry::getKind).containsExactly(HoursEntry.Kind.LATE_CANCELLATION);

        mvc.perform(post(sessionUrl(a, later) + "/cancel")
                        .with(fixtures.as(a.client()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(ledger(a))
                .extracting(HoursEntry::getKind)
                .containsExactlyInAnyOrder(HoursEntry.Kind.LATE_CANCELLATION, HoursEntry.Kind.CONSECUTIVE_CANCELLATION);

        mvc.perform(post(sessionUrl(a, latest) + "/cancel")
                        .with(fixtures.as(a.client()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(sessions.openAlerts(fixtures.principal(hr)))
                .filteredOn(alert -> alert.getEngagementId().equals(a.id()))
                .hasSize(1);

        mvc.perform(get("/engagements/{id}/sessions", a.id()).with(fixtures.as(hr)))
                .andExpect(Page.text(".attendance-alert strong", is("2 cancellations in a row")))
                .andExpect(Page.text(".attendance-alert button", is("Acknowledge")));
        mvc.perform(get("/engagements/{id}/hours", a.id()).with(fixtures.as(hr)))
                .andExpect(Page.text("#hours-remaining", is("9 h remaining")));
        mvc.perform(get("/engagements/{id}/sessions", a.id()).with(fixtures.as(a.leader())))
                .andExpect(content().string(not(containsString("attendance-alert"))))
                .andExpect(Page.text("#session-" + soon.getId() + " .status", is("Late-cancelled")));

        Long alertId = sessions.openAlerts(fixtures.principal(hr)).stream()
                .filter(alert -> alert.getEngagementId().equals(a.id()))
                .findFirst()
                .orElseThrow()
                .getId();
        mvc.perform(post("/engagements/{id}/sessions/alerts/{alert}/acknowledge", a.id(), alertId)
                        .with(fixtures.as(a.coach()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/engagements/{id}/sessions/alerts/{alert}/acknowledge", b.id(), alertId)
                        .with(fixtures.as(hr))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        String homeAlert = a.client().getFullName() + "’s coaching: 2 cancellations in a row";
        mvc.perform(get("/").with(fixtures.as(fixtures.hr())))
                .andExpect(Page.texts("#reminders [role=alert] > span", hasItem(containsString(homeAlert))));
        for (User notHr : new User[] {a.client(), a.coach(), a.leader()}) {
            mvc.perform(get("/").with(fixtures.as(notHr)))
                    .andExpect(content().string(not(containsString("cancellations in a row"))));
        }
        mvc.perform(post("/engagements/{id}/sessions/alerts/{alert}/acknowledge", a.id(), alertId)
                        .with(fixtures.as(hr))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(fixtures.as(hr))).andExpect(content().string(not(containsString(homeAlert))));
        assertThat(sessions.openAlerts(fixtures.principal(hr)))
                .noneMatch(alert -> alert.getEngagementId().equals(a.id()));
    }

    @Test
    void theHomePageRemindsTheClientOfAMissingAgendaAndTheCoachOfAnUnrecordedOutcome() throws Exception {
        CoachingSession coming = sessionIn(a, LocalDateTime.now().plusDays(3));
        CoachingSession past = sessionIn(a, LocalDateTime.now().minusHours(3));
        mvc.perform(get("/").with(fixtures.as(a.client())))
                .andExpect(Page.texts("#reminders [role=alert] > span", hasItem(containsString("has no agenda yet"))))
                .andExpect(Page.count("a[href=" + sessionUrl(a, coming) + "]", greaterThan(0)));
        mvc.perform(get("/").with(fixtures.as(a.coach())))
                .andExpect(Page.texts(
                        "#reminders [role=alert] > span",
                        hasItem(containsString("Record what happened in your session with "
                                + a.client().getFullName()))))
                .andExpect(Page.count("a[href=" + sessionUrl(a, past) + "]", greaterThan(0)));
        mvc.perform(get("/").with(fixtures.as(a.leader())))
                .andExpect(content().string(not(containsString(sessionUrl(a, coming)))));
        mvc.perform(get("/").with(fixtures.as(b.coach())))
                .andExpect(content().string(not(containsString(sessionUrl(a, past)))));

        mvc.perform(post(sessionUrl(a, coming) + "/agenda")
                .with(fixtures.as(a.client()))
                .with(csrf())
                .param("version", versionOf(coming))
                .param("agenda", "Feedback culture"));
        mvc.perform(
                post(sessionUrl(a, past) + "/held").with(fixtures.as(a.coach())).with(csrf()));
        // the reminder is gone; the "next" line still links to the session, as it should
        mvc.perform(get("/").with(fixtures.as(a.client())))
                .andExpect(Page.count("#reminders a[href=" + sessionUrl(a, coming) + "]", is(0)))
                .andExpect(Page.attr("#home-next [data-test=next-link]", "href", is(sessionUrl(a, coming))));
        mvc.perform(get("/").with(fixtures.as(a.coach())))
                .andExpect(content().string(not(containsString(sessionUrl(a, past)))));
    }

    @Test
    void aCoachsCancellationNeverCostsTheClient() throws Exception {
        CoachingSession soon = sessionIn(a, LocalDateTime.now().plusHours(3));
        CoachingSession next = sessionIn(a, LocalDateTime.now().plusHours(5));
        mvc.perform(post(sessionUrl(a, soon) + "/cancel")
                        .with(fixtures.as(a.coach()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(sessionUrl(a, next) + "/cancel")
                        .with(fixtures.as(a.coach()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(ledger(a)).isEmpty();
        assertThat(coachingSessions.findById(soon.getId()).orElseThrow().getStatus())
                .isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void theLeaderAndHrCannotCancelOrMoveASession() throws Exception {
        CoachingSession session = sessionIn(a, LocalDateTime.now().plusDays(4));
        for (User outsiderToSessions : new User[] {a.leader(), hr}) {
            mvc.perform(post(sessionUrl(a, session) + "/cancel")
                            .with(fixtures.as(outsiderToSessions))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post(sessionUrl(a, session) + "/move")
                            .with(fixtures.as(outsiderToSessions))
                            .with(csrf())
                            .param("startsAt", INPUT.format(LocalDateTime.now().plusDays(9))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(sessionUrl(a, session) + "/cancel")
                        .with(fixtures.as(b.client()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(coachingSessions.findById(session.getId()).orElseThrow().getStatus())
                .isEqualTo(SessionStatus.SCHEDULED);
    }

    @Test
    void theClientMovesASessionInTimeAndTheCalendarEntryKeepsItsIdentity() throws Exception {
        CoachingSession session = sessionIn(a, LocalDateTime.now().plusDays(4));
        mvc.perform(post(sessionUrl(a, session) + "/move")
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("startsAt", INPUT.format(LocalDateTime.now().plusDays(6))))
                .andExpect(status().is3xxRedirection());
        List<CoachingSession> all = coachingSessions.inOrderOfStart(a.id());
        assertThat(all)
                .extracting(CoachingSession::getStatus)
                .containsExactly(SessionStatus.RESCHEDULED, SessionStatus.SCHEDULED);
        assertThat(all.get(1).getCalendarUid()).isEqualTo(all.get(0).getCalendarUid());
        assertThat(all.get(1).getCalendarSequence()).isEqualTo(1);
        assertThat(ledger(a)).isEmpty();
    }

    @Test
    void badSessionInputGetsMessagesNextToTheFields() throws Exception {
        mvc.perform(post("/engagements/{id}/sessions", a.id())
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("minutes", "5")
                        .param("format", "IN_PERSON"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the date and time")))
                .andExpect(content().string(containsString("At least 15 minutes")))
                .andExpect(content().string(containsString("Give the room or address")));
        mvc.perform(post("/engagements/{id}/sessions", a.id())
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("startsAt", INPUT.format(LocalDateTime.now().minusMonths(3)))
                        .param("minutes", "60")
                        .param("format", "VIDEO"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("choose a later date")));
        mvc.perform(post("/engagements/{id}/sessions", a.id())
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("startsAt", "not-a-date")
                        .param("minutes", "sixty")
                        .param("format", "TELEPATHY"))
                .andExpect(status().isOk());
        assertThat(coachingSessions.inOrderOfStart(a.id())).isEmpty();
    }

    @Test
    void onlyHrAdjustsTheHoursAndAlwaysWithAReason() throws Exception {
        for (User notHr : new User[] {a.client(), a.coach(), a.leader()}) {
            mvc.perform(post("/engagements/{id}/hours/adjustments", a.id())
                            .with(fixtures.as(notHr))
                            .with(csrf())
                            .param("hours", "1")
                            .param("reason", "mine"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/engagements/{id}/hours/adjustments", a.id())
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("hours", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the reason for the adjustment")));
        mvc.perform(post("/engagements/{id}/hours/adjustments", a.id())
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("hours", "2")
                        .param("reason", "Extra workshop"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/engagements/{id}/hours/adjustments", a.id())
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("hours", "-0.5")
                        .param("reason", "Goodwill"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/engagements/{id}/hours", a.id()).with(fixtures.as(a.client())))
                .andExpect(Page.text("#hours-remaining", is("10.5 h remaining")))
                .andExpect(Page.texts("#ledger td:nth-child(4)", hasItem("Extra workshop")));
        mvc.perform(get("/engagements/{id}/hours", a.id()).with(fixtures.as(b.client())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/engagements/{id}/hours/adjustments", a.id())
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("hours", "0")
                        .param("reason", "None"))
                .andExpect(content().string(containsString("Enter the hours to add")));
    }
}
