package dev.triad.alignment;

import dev.triad.account.CurrentUser;
import dev.triad.account.User;
import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.engagement.Engagements;
import dev.triad.engagement.Phase;
import dev.triad.engagement.PhaseChanges;
import dev.triad.engagement.PhaseMoved;
import dev.triad.goal.Goal;
import dev.triad.goal.GoalCategory;
import dev.triad.goal.GoalDetails;
import dev.triad.goal.GoalService;
import dev.triad.goal.GoalStatus;
import dev.triad.goal.GoalVisibility;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import dev.triad.system.RuleMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An initial alignment meeting from booking to the move into coaching, through the pages, on PostgreSQL. */
@IntegrationTest
@RecordApplicationEvents
class AlignmentFlowIntegrationTest {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AlignmentService alignment;

    @Autowired
    GoalService goals;

    @Autowired
    AlignmentOutcomes outcomes;

    @Autowired
    ReportingAgreements agreements;

    @Autowired
    Engagements engagements;

    @Autowired
    PhaseChanges phaseChanges;

    @Autowired
    ProgressReports reportsRepository;

    @Autowired
    dev.triad.alignment.ProgressReportService reports_;

    @Autowired
    ApplicationEvents events;

    Triad t;
    Goal shared;
    Goal privateGoal;

    @BeforeEach
    void anEngagementInAlignmentWithTwoGoals() {
        t = fixtures.aTriad();
        CurrentUser coach = fixtures.principal(t.coach());
        shared = goals.create(
                t.id(),
                new GoalDetails(
                        "Delegate the budget review",
                        "The team runs it",
                        GoalCategory.WORK,
                        "reviews",
                        BigDecimal.ZERO,
                        BigDecimal.valueOf(4),
                        GoalStatus.ACTIVE,
                        GoalVisibility.SHARED),
                coach);
        privateGoal = goals.create(
                t.id(),
                new GoalDetails(
                        "Sleep seven hours",
                        "Rested",
                        GoalCategory.HEALTH,
                        null,
                        null,
                        null,
                        GoalStatus.ACTIVE,
                        GoalVisibility.PRIVATE),
                coach);
    }

    /** What the meeting page's forms carry (see {@link MeetingPageForms}). */
    RequestPostProcessor asSeen(Long engagementId, Long meetingId) {
        return MeetingPageForms.asSeen(alignment, fixtures.principal(t.coach()), engagementId, meetingId);
    }

    String meetingUrl(AlignmentMeeting meeting) {
        return "/engagements/" + t.id() + "/alignment/meetings/" + meeting.getId();
    }

    @Test
    void theCoachBooksTheInitialMeetingWithItsChecklistAndAllThreeSeeItOnTheirHomePage() throws Exception {
        LocalDateTime start = LocalDateTime.now().plusDays(5).withHour(10).truncatedTo(ChronoUnit.HOURS);
        String location = "https://meet.example/align";
        mvc.perform(post("/engagements/{id}/alignment/meetings", t.id())
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("kind", "INITIAL")
                        .param("startsAt", INPUT.format(start))
                        .param("minutes", "90")
                        .param("location", location))
                .andExpect(status().is3xxRedirection());
        AlignmentMeeting meeting =
                alignment.list(t.id(), fixtures.principal(t.coach())).meetings().get(0);
        assertThat(meeting.getKind()).isEqualTo(MeetingKind.INITIAL);
        assertThat(meeting.getMinutes()).isEqualTo(90);

        mvc.perform(get(meetingUrl(meeting)).with(fixtures.as(t.leader())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Clarify confidentiality")))
                .andExpect(content()
                        .string(containsString("Agree on measurement, documentation, reporting and evaluation")))
                .andExpect(content().string(containsString("Client background and assessments")));
        for (User person : new User[] {t.client(), t.coach(), t.leader()}) {
            mvc.perform(get("/").with(fixtures.as(person)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Coming alignment meetings")))
                    .andExpect(Page.count("a[href=" + meetingUrl(meeting) + "/calendar.ics]", greaterThan(0)));
        }
        String ics = mvc.perform(get(meetingUrl(meeting) + "/calendar.ics").with(fixtures.as(t.leader())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andExpect(content().string(containsString("UID:" + meeting.getCalendarUid())))
                .andExpect(content().string(containsString("METHOD:PUBLISH")))
                .andExpect(content().string(not(containsString("RSVP"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(dev.triad.system.CalendarInviteTest.event(dev.triad.system.CalendarInviteTest.parse(ics))
                        .getProperty(net.fortuna.ical4j.model.Property.SUMMARY)
                        .orElseThrow()
                        .getValue())
                .contains(t.leader().getFullName());

        // a second initial meeting is refused while this one stands
        mvc.perform(post("/engagements/{id}/alignment/meetings", t.id())
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("kind", "INITIAL")
                        .param("startsAt", INPUT.format(start.plusDays(1)))
                        .param("minutes", "60"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already has its initial alignment meeting")));
    }

    @Test
    void aMeetingCannotBeBookedOrMovedToATimeThatHasBegun() throws Exception {
        LocalDateTime begun = LocalDateTime.now().minusMinutes(1).truncatedTo(ChronoUnit.MINUTES);
        mvc.perform(post("/engagements/{id}/alignment/meetings", t.id())
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("kind", "INITIAL")
                        .param("startsAt", INPUT.format(begun))
                        .param("minutes", "60"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#startsAt-error", is(1)));
        assertThat(alignment.list(t.id(), fixtures.principal(t.client())).meetings())
                .isEmpty();

        AlignmentMeeting meeting = alignment.schedule(
                t.id(),
                new NewMeeting(
                        MeetingKind.INITIAL,
                        LocalDateTime.now().plusDays(4).truncatedTo(ChronoUnit.MINUTES),
                        60,
                        "Room 4"),
                fixtures.principal(t.client()));
        mvc.perform(post(meetingUrl(meeting) + "/move")
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("startsAt", INPUT.format(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES)))
                        .param("minutes", "60"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#startsAt-error", is(1)));
        assertThat(alignment.meeting(t.id(), meeting.getId()).getStartsAt()).isEqualTo(meeting.getStartsAt());
    }

    @Test
    void checklistLeaderInputOnAGoalThreeConfirmationsThenCoaching() throws Exception {
        AlignmentMeeting meeting = fixtures.meetingThatBegan(
                t.id(),
                MeetingKind.INITIAL,
                LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.MINUTES),
                60,
                "Room 4",
                fixtures.principal(t.client()));
        var items = alignment
                .page(t.id(), meeting.getId(), fixtures.principal(t.coach()))
                .agenda();
        assertThat(items).hasSize(6);

        mvc.perform(post(meetingUrl(meeting) + "/checklist")
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .with(asSeen(t.id(), meeting.getId()))
                        .param("items[0].id", items.get(0).getId().toString())
                        .param("items[0].covered", "true")
                        .param("items[0].notes", "Client owns the agenda")
                        .param("items[1].id", items.get(1).getId().toString())
                        .param("items[1].notes", "Only shared goals go to the leader"))
                .andExpect(status().is3xxRedirection());
        var after = alignment
                .page(t.id(), meeting.getId(), fixtures.principal(t.coach()))
                .agenda();
        assertThat(after.get(0).isCovered()).isTrue();
        assertThat(after.get(0).getNotes()).isEqualTo("Client owns the agenda");
        assertThat(after.get(1).isCovered()).isFalse();

        mvc.perform(post(meetingUrl(meeting) + "/leader-input")
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("topic", "GOAL")
                        .param("goalId", shared.getId().toString())
                        .param("text", "I expect the team to present the review without Chris."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(meetingUrl(meeting) + "/leader-input")
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("topic", "ANSWER")
                        .param("question", "What are the client’s greatest strengths in your eyes?")
                        .param("text", "Calm under pressure."))
                .andExpect(status().is3xxRedirection());
        // input cannot go on a private goal, nor an answer without its question
        mvc.perform(post(meetingUrl(meeting) + "/leader-input")
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("topic", "GOAL")
                        .param("goalId", privateGoal.getId().toString())
                        .param("text", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not shared with the leader")));
        mvc.perform(post(meetingUrl(meeting) + "/leader-input")
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("topic", "ANSWER")
                        .param("text", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write the question the leader answered")));

        // the leader's words are on the goal page as the leader's, recorded by the coach
        mvc.perform(get("/engagements/{id}/goals/{g}", t.id(), shared.getId()).with(fixtures.as(t.leader())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(
                        "figure.leader-input",
                        hasItem(allOf(
                                containsString("I expect the team to present the review without Chris."),
                                containsString(t.leader().getFullName() + ", "),
                                containsString("recorded by " + t.coach().getFullName())))));

        // coaching cannot start yet
        mvc.perform(post("/engagements/{id}/phase", t.id())
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("from", "INTAKE")
                        .param("to", "ASSESSMENT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/engagements/{id}/phase", t.id())
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("from", "ASSESSMENT")
                        .param("to", "ALIGNMENT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/engagements/{id}/phase", t.id())
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("from", "ALIGNMENT")
                        .param("to", "COACHING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Coaching starts once the initial alignment meeting")));

        mvc.perform(post(meetingUrl(meeting) + "/outcome")
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .with(asSeen(t.id(), meeting.getId()))
                        .param("agreedGoals", "Delegate the budget review")
                        .param("agreedMeasures", "Two reviews run by the team")
                        .param("reportCadence", "MONTHLY"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(meetingUrl(meeting) + "/confirm")
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .with(asSeen(t.id(), meeting.getId())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(meetingUrl(meeting) + "/confirm")
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .with(asSeen(t.id(), meeting.getId())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(meetingUrl(meeting)).with(fixtures.as(t.leader())))
                .andExpect(status().isOk())
                .andExpect(Page.text("#outcome-status", is("Pending")))
                .andExpect(Page.texts(
                        ".confirmations li",
                        hasItems(
                                containsString("Confirmed by " + t.client().getFullName()),
                                containsString("Waiting for the leader"))))
                .andExpect(content().string(containsString("Confirm the outcome")));
        assertThat(agreements.findById(t.id())).isEmpty();
        mvc.perform(post(meetingUrl(meeting) + "/confirm")
                        .with(fixtures.as(t.leader()))
                        .with(csrf())
                        .with(asSeen(t.id(), meeting.getId())))
                .andExpect(status().is3xxRedirection());

        AlignmentOutcome outcome = outcomes.currentOf(t.id(), meeting.getId()).orElseThrow();
        assertThat(outcome.isConfirmed()).isTrue();
        assertThat(alignment.meeting(t.id(), meeting.getId()).getStatus()).isEqualTo(MeetingStatus.HELD);
        assertThat(agreements.findById(t.id()))
                .get()
                .extracting(ReportingAgreement::getCadence)
                .isEqualTo(ReportCadence.MONTHLY);
        mvc.perform(get(meetingUrl(meeting)).with(fixtures.as(t.client())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(
                        ".confirmations li",
                        hasItem(containsString("Confirmed by " + t.leader().getFullName()))))
                .andExpect(content().string(not(containsString("Confirm the outcome"))));

        mvc.perform(post("/engagements/{id}/phase", t.id())
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("from", "ALIGNMENT")
                        .param("to", "COACHING")
                        .param("reason", "Agreed with Liam"))
                .andExpect(status().is3xxRedirection());
        assertThat(engagements.findById(t.id()).orElseThrow().getPhase()).isEqualTo(Phase.COACHING);
        assertThat(phaseChanges.historyOf(t.id()))
                .extracting(c -> c.getToPhase())
                .containsExactly(Phase.ASSESSMENT, Phase.ALIGNMENT, Phase.COACHING);
        assertThat(events.stream(PhaseMoved.class).filter(e -> e.engagementId().equals(t.id())))
                .extracting(PhaseMoved::to)
                .containsExactly(Phase.ASSESSMENT, Phase.ALIGNMENT, Phase.COACHING);

        // the timeline tells it: HR sees the moves only; the leader the moves and the meeting
        mvc.perform(get("/engagements/{id}/timeline", t.id()).with(fixtures.as(fixtures.hr())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(
                        ".timeline-entry",
                        hasItem(allOf(
                                containsString("Moved from Alignment to Coaching"),
                                containsString("Agreed with Liam")))))
                .andExpect(content().string(not(containsString("Initial alignment meeting"))));
        mvc.perform(get("/engagements/{id}/timeline", t.id()).with(fixtures.as(t.leader())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(
                        ".timeline-entry",
                        hasItem(allOf(
                                containsString("Initial alignment meeting"), containsString("outcome confirmed")))));

        // a later change is a new version; the confirmed one is kept
        mvc.perform(post(meetingUrl(meeting) + "/outcome")
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .with(asSeen(t.id(), meeting.getId()))
                        .param("agreedGoals", "Delegate the budget review and the hiring")
                        .param("agreedMeasures", "Two reviews, one hire")
                        .param("reportCadence", "FORTNIGHTLY"))
                .andExpect(status().is3xxRedirection());
        assertThat(outcomes.versionsOf(t.id(), meeting.getId()))
                .extracting(AlignmentOutcome::getNumber, AlignmentOutcome::isConfirmed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, false), org.assertj.core.groups.Tuple.tuple(1, true));
        mvc.perform(get(meetingUrl(meeting)).with(fixtures.as(t.leader())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Version 2")))
                .andExpect(content().string(containsString("Earlier versions, kept as they were")))
                .andExpect(Page.texts(
                        "#earlier-versions .earlier-outcome", hasItem(containsString("Two reviews run by the team"))));
        assertThat(agreements.findById(t.id()))
                .get()
                .extracting(ReportingAgreement::getCadence)
                .as("a pending version agrees nothing yet")
                .isEqualTo(ReportCadence.MONTHLY);
    }

    @Test
    void anEmptySendOrSaveIsRefusedNextToTheFieldsAndLeavesNoBlankDraft() throws Exception {
        String reports = "/engagements/" + t.id() + "/reports";
        mvc.perform(post(reports).with(fixtures.as(t.client())).with(csrf()).param("action", "send"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#committed-error", is(1)));
        mvc.perform(post(reports)
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("committed", "Only one part")
                        .param("action", "send"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#done-error", is(1)));
        mvc.perform(post(reports)
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("committed", " ")
                        .param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#committed-error", is(1)));
        assertThat(reportsRepository.allOf(t.id())).isEmpty();
    }

    @Test
    void theClientDeletesTheirOwnDraftAfterAConfirmationStepButNeverASentReport() throws Exception {
        String reports = "/engagements/" + t.id() + "/reports";
        mvc.perform(post(reports)
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("committed", "A first thought")
                        .param("action", "save"))
                .andExpect(status().is3xxRedirection());
        ProgressReport draft = reportOf(t);
        mvc.perform(get(reports + "/" + draft.getId()).with(fixtures.as(t.client())))
                .andExpect(Page.count("a[href=" + reports + "/" + draft.getId() + "/delete]", greaterThan(0)));
        mvc.perform(get(reports + "/" + draft.getId() + "/delete").with(fixtures.as(t.client())))
                .andExpect(status().isOk())
                .andExpect(Page.count("#delete-effect", is(1)))
                .andExpect(Page.count("#confirm-delete", is(1)));
        assertThat(reportsRepository.allOf(t.id())).hasSize(1);
        mvc.perform(get(reports + "/" + draft.getId() + "/delete").with(fixtures.as(t.coach())))
                .andExpect(status().isForbidden());
        mvc.perform(post(reports + "/" + draft.getId() + "/delete")
                        .with(fixtures.as(t.leader()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(reports + "/" + draft.getId() + "/delete")
                        .with(fixtures.as(t.client()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reportsRepository.allOf(t.id())).isEmpty();

        ProgressReport sent = reports_.write(
                t.id(), new dev.triad.alignment.ReportText("c", "d", "o", "n"), fixtures.principal(t.client()));
        reports_.send(t.id(), sent.getId(), fixtures.principal(t.client()));
        mvc.perform(get(reports + "/" + sent.getId() + "/delete").with(fixtures.as(t.client())))
                .andExpect(status().isNotFound());
        mvc.perform(post(reports + "/" + sent.getId() + "/delete")
                        .with(fixtures.as(t.client()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(reportsRepository.allOf(t.id())).hasSize(1);
    }

    @Test
    void aReportFromDraftToReadAndTheLeadersFeedbackOnASharedGoal() throws Exception {
        String reports = "/engagements/" + t.id() + "/reports";
        mvc.perform(post(reports)
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("committed", "Delegate the review")
                        .param("action", "save"))
                .andExpect(status().is3xxRedirection());
        ProgressReport draft = reportOf(t);
        mvc.perform(get(reports).with(fixtures.as(t.leader())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No report has been sent yet")));
        mvc.perform(get(reports + "/" + draft.getId()).with(fixtures.as(t.leader())))
                .andExpect(status().isNotFound());
        mvc.perform(get(reports + "/" + draft.getId()).with(fixtures.as(t.coach())))
                .andExpect(status().isNotFound());
        // sending needs every part
        mvc.perform(post(reports + "/" + draft.getId())
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("version", String.valueOf(draft.getVersion()))
                        .param("committed", "Delegate the review")
                        .param("action", "send"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write what you did before sending")));
        draft = reportOf(t);
        mvc.perform(post(reports + "/" + draft.getId())
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("version", String.valueOf(draft.getVersion()))
                        .param("committed", "Delegate the review")
                        .param("done", "Handed it to Sam")
                        .param("observed", "Sam ran it well")
                        .param("nextSteps", "The hiring")
                        .param("action", "send"))
                .andExpect(status().is3xxRedirection());
        assertThat(reportOf(t).isSent()).isTrue();
        mvc.perform(post(reports + "/" + draft.getId())
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("version", String.valueOf(reportOf(t).getVersion()))
                        .param("committed", "Changed my mind")
                        .param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("read-only")));

        mvc.perform(get("/").with(fixtures.as(t.leader())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(
                        "#reminders [role=alert] > span",
                        hasItem(containsString(t.client().getFullName() + " sent you a progress report"))))
                .andExpect(Page.text("#led-" + t.id() + " .unread-reports", is("1 unread progress report")));
        mvc.perform(get(reports + "/" + draft.getId()).with(fixtures.as(t.leader())))
                .andExpect(status().isOk())
                .andExpect(Page.texts("#report p.text-prewrap", hasItem("Sam ran it well")));
        assertThat(reportOf(t).getReadAt()).isNotNull();
        mvc.perform(get("/").with(fixtures.as(t.leader())))
                .andExpect(status().isOk())
                .andExpect(Page.text("#led-" + t.id() + " .unread-reports", is("No unread progress report")));

        mvc.perform(post("/engagements/{id}/feedback", t.id())
                        .with(fixtures.as(t.leader()))
                        .with(csrf())
                        .param("goalId", privateGoal.getId().toString())
                        .param("text", "Good"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/engagements/{id}/feedback", t.id())
                        .with(fixtures.as(t.leader()))
                        .with(csrf())
                        .param("goalId", shared.getId().toString())
                        .param("text", "You let Sam present to the board: well done."))
                .andExpect(status().is3xxRedirection());
        for (User reader : new User[] {t.client(), t.coach()}) {
            mvc.perform(get(reports).with(fixtures.as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(Page.texts(
                            "figure.leader-feedback",
                            hasItem(allOf(
                                    containsString("You let Sam present to the board: well done."),
                                    containsString("About the goal")))));
        }
        mvc.perform(get(reports).with(fixtures.as(fixtures.hr()))).andExpect(status().isForbidden());
    }

    ProgressReport reportOf(Triad triad) {
        return reportsRepository.allOf(triad.id()).get(0);
    }

    @Test
    void theCoachRecordsTheIntakeInterviewTheClientReadsItTheLeaderAndHrDoNot() throws Exception {
        mvc.perform(post("/engagements/{id}/intake", t.id())
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("whatPrompted", "A promotion to head of logistics")
                        .param("sponsorReasons", "Liam wants more delegation")
                        .param("clientBackground", "Twelve years in operations"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/engagements/{id}/intake", t.id()).with(fixtures.as(t.client())))
                .andExpect(status().isOk())
                .andExpect(Page.texts("#intake p.text-prewrap", hasItem("Liam wants more delegation")));
        mvc.perform(get("/engagements/{id}/intake", t.id()).with(fixtures.as(t.leader())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/engagements/{id}/intake", t.id()).with(fixtures.as(fixtures.hr())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/engagements/{id}/intake", t.id())
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("whatPrompted", "x"))
                .andExpect(status().isForbidden());
        // a stale form does not overwrite a newer save
        mvc.perform(post("/engagements/{id}/intake", t.id())
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("version", "99")
                        .param("whatPrompted", "old"))
                .andExpect(status().isConflict())
                .andExpect(
                        Page.text("#conflict h2", is("Someone else saved this intake interview after you opened it")));
    }

    @Test
    void hrClosesAnEngagementWithAReasonAndTheCloseIsOnTheTimeline() throws Exception {
        User hr = fixtures.hr();
        mvc.perform(get("/engagements/{id}/phase", t.id()).with(fixtures.as(hr)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Close the engagement")));
        mvc.perform(post("/engagements/{id}/phase", t.id())
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("from", "INTAKE")
                        .param("to", "ASSESSMENT")
                        .param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/engagements/{id}/phase", t.id())
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("from", "INTAKE")
                        .param("to", "CLOSED")
                        .param("closure", "TERMINATED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the reason for ending the coaching early")));
        mvc.perform(post("/engagements/{id}/phase", t.id())
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("from", "INTAKE")
                        .param("to", "CLOSED")
                        .param("closure", "TERMINATED")
                        .param("reason", "Budget withdrawn"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#confirm-close", is(1)));
        assertThat(engagements.findById(t.id()).orElseThrow().getPhase())
                .as("not closed before the confirmation")
                .isEqualTo(Phase.INTAKE);
        mvc.perform(post("/engagements/{id}/phase", t.id())
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("from", "INTAKE")
                        .param("to", "CLOSED")
                        .param("closure", "TERMINATED")
                        .param("reason", "Budget withdrawn")
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(engagements.findById(t.id()).orElseThrow().getPhase()).isEqualTo(Phase.CLOSED);
        assertThat(events.stream(PhaseMoved.class).filter(e -> e.engagementId().equals(t.id())))
                .singleElement()
                .extracting(PhaseMoved::closure)
                .isEqualTo(PhaseMoved.Closure.TERMINATED);
        mvc.perform(get("/engagements/{id}/timeline", t.id()).with(fixtures.as(t.client())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(
                        ".timeline-entry",
                        hasItem(allOf(
                                containsString("Closed (terminated) from Intake"),
                                containsString("Budget withdrawn"),
                                containsString("(HR)")))));
    }

    @Test
    void theTimelineAndTheMeetingRulesWriteDatesAsThePagesDoNotInIso() throws Exception {
        String timeline = mvc.perform(get("/engagements/{id}/timeline", t.id()).with(fixtures.as(t.client())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(timeline)
                .containsPattern(
                        "Started on \\d{1,2} [A-Z][a-z]{2} \\d{4}, planned to end on \\d{1,2} [A-Z][a-z]{2} \\d{4}")
                .doesNotContainPattern("(Started|end) on \\d{4}-");
        var engagement = engagements.findById(t.id()).orElseThrow();
        var coach = fixtures.principal(t.coach());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> alignment.schedule(
                        t.id(),
                        new dev.triad.alignment.AlignmentService.NewMeeting(
                                dev.triad.alignment.MeetingKind.INITIAL,
                                engagement.getStartsOn().minusDays(3).atTime(10, 0),
                                60,
                                null),
                        coach))
                .satisfies(RuleMessages.containing("The engagement starts on "
                        + engagement
                                .getStartsOn()
                                .format(java.time.format.DateTimeFormatter.ofPattern(
                                        "d MMM yyyy", java.util.Locale.ENGLISH))));
    }
}
