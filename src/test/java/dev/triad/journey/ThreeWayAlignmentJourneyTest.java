package dev.triad.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.account.CurrentUser;
import dev.triad.engagement.Phase;
import dev.triad.engagement.PhaseMove;
import dev.triad.engagement.PhaseService;
import dev.triad.goal.Goal;
import dev.triad.goal.GoalCategory;
import dev.triad.goal.GoalDetails;
import dev.triad.goal.GoalService;
import dev.triad.goal.GoalStatus;
import dev.triad.goal.GoalVisibility;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 6's journey in a real browser: the coach schedules the initial alignment meeting, works through its checklist
 * and records the leader's input on two goals; the client, the coach and the leader each confirm the outcome; the coach
 * moves the engagement to coaching; the client sends a progress report; the leader reads it and sends feedback; the
 * client sees the feedback.
 */
class ThreeWayAlignmentJourneyTest extends BrowserTest {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    Fixtures fixtures;

    @Autowired
    GoalService goals;

    @Autowired
    PhaseService phases;

    Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    Goal sharedGoal(Triad triad, String statement, CurrentUser coach) {
        return goals.create(
                triad.id(),
                new GoalDetails(
                        statement,
                        "Seen by the team and the leader",
                        GoalCategory.WORK,
                        null,
                        null,
                        null,
                        GoalStatus.ACTIVE,
                        GoalVisibility.SHARED),
                coach);
    }

    void confirm(Page page, String meetingUrl) {
        page.navigate(meetingUrl);
        page.getByRole(AriaRole.BUTTON, named("Confirm the outcome")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("You confirmed the outcome");
    }

    @Test
    void fromTheInitialMeetingToTheLeadersFeedbackOnAProgressReport() {
        Triad triad = fixtures.aTriad();
        CurrentUser coachUser = fixtures.principal(triad.coach());
        Goal delegate = sharedGoal(triad, "Delegate the weekly budget review", coachUser);
        Goal listen = sharedGoal(triad, "Let others speak first in meetings", coachUser);
        phases.move(triad.id(), new PhaseMove(Phase.INTAKE, Phase.ASSESSMENT, null, null), coachUser);
        phases.move(triad.id(), new PhaseMove(Phase.ASSESSMENT, Phase.ALIGNMENT, null, null), coachUser);

        // The coach schedules the initial meeting; a time that has begun cannot be booked, so it is booked for later
        // and then brought to "just begun" (as time passing would), so that the outcome can be confirmed today.
        Page coach = signIn(triad.coach().getEmail(), Fixtures.PASSWORD);
        coach.navigate(url("/engagements/" + triad.id()));
        coach.getByRole(AriaRole.LINK, named("Alignment and reports")).click();
        coach.getByRole(AriaRole.LINK, named("Schedule a meeting")).click();
        coach.getByLabel("Kind of meeting").selectOption("INITIAL");
        coach.getByLabel("Date and time").fill(INPUT.format(LocalDateTime.now().plusDays(2)));
        coach.getByLabel("Length (minutes)").fill("60");
        coach.getByLabel("Place, video link (https://) or phone number").fill("Board room, 4th floor");
        coach.getByRole(AriaRole.BUTTON, named("Schedule")).click();
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("Initial alignment meeting scheduled");
        String meetingUrl = coach.url().replaceAll("#.*$", "");
        fixtures.backdateMeeting(
                Long.valueOf(meetingUrl.replaceAll("^.*/", "")),
                LocalDateTime.now().minusMinutes(20));
        coach.navigate(meetingUrl);

        // It works through the checklist.
        for (String item : new String[] {
            "Clarify roles",
            "Clarify confidentiality",
            "Client background and assessments",
            "Goals",
            "Organisational constraints, supports and resources",
            "Agree on measurement, documentation, reporting and evaluation"
        }) {
            coach.getByLabel("Covered: " + item).check();
        }
        coach.getByLabel("Notes on Clarify confidentiality")
                .fill("Sessions stay between Chris and the coach; goals are shared.");
        coach.getByRole(AriaRole.BUTTON, named("Save checklist")).click();
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("Checklist saved");
        assertThat(coach.getByLabel("Covered: Goals")).isChecked();

        // It records the leader's input on two goals, in the leader's words.
        String[][] inputs = {
            {delegate.getId().toString(), "I want the team to present the review to me without Chris."},
            {listen.getId().toString(), "In staff meetings I expect Chris to speak last."}
        };
        for (String[] input : inputs) {
            coach.getByLabel("What the leader spoke about").selectOption("GOAL");
            coach.getByLabel("Goal (for input on a goal)").selectOption(input[0]);
            coach.getByLabel("The leader’s words").fill(input[1]);
            coach.getByRole(AriaRole.BUTTON, named("Record the leader’s input")).click();
            assertThat(coach.getByRole(AriaRole.STATUS)).containsText("recorded on the goal");
        }
        assertThat(coach.locator(".goal-words")).hasCount(2);

        // It writes the outcome (the form stands open while there is none).
        coach.getByLabel("Goals agreed").fill("Delegate the weekly budget review; let others speak first.");
        coach.getByLabel("Measures agreed")
                .fill("The team runs four reviews alone; Chris speaks last in staff meetings.");
        coach.getByLabel("Progress reports to the leader").selectOption("MONTHLY");
        coach.getByRole(AriaRole.BUTTON, named("Save the outcome")).click();
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("pending until the client, the coach and the leader");
        assertThat(coach.locator("#outcome-status")).hasText("Pending");
        screenshot(coach, "alignment-meeting-coach");

        // Client, coach and leader each confirm; two confirmations are still pending.
        Page client = signIn(triad.client().getEmail(), Fixtures.PASSWORD);
        assertThat(client.locator("#alignment-meetings")).containsText("Initial alignment meeting");
        client.locator("#alignment-meetings")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Initial alignment meeting · "
                                        + triad.client().getFullName() + "’s coaching"))
                .click();
        client.getByRole(AriaRole.BUTTON, named("Confirm the outcome")).click();
        assertThat(client.getByRole(AriaRole.STATUS)).containsText("You confirmed the outcome");
        confirm(coach, meetingUrl);
        assertThat(coach.locator("#outcome-status")).hasText("Pending");
        Page leader = signIn(triad.leader().getEmail(), Fixtures.PASSWORD);
        assertThat(leader.locator("#reminders")).containsText("waits for your confirmation");
        leader.locator("#reminders")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Read and confirm it"))
                .click();
        assertThat(leader.locator(".goal-words").first())
                .containsText("I want the team to present the review to me without Chris.");
        leader.getByRole(AriaRole.BUTTON, named("Confirm the outcome")).click();
        assertThat(leader.getByRole(AriaRole.STATUS)).containsText("have now all confirmed it");
        assertThat(leader.locator("#outcome-status")).hasText("Confirmed");
        assertThat(leader.locator("#confirmation-client"))
                .containsText("Confirmed by " + triad.client().getFullName());
        screenshot(leader, "alignment-meeting-confirmed");

        // The coach moves the engagement to coaching.
        coach.navigate(url("/engagements/" + triad.id()));
        coach.getByRole(AriaRole.LINK, named("Move to another phase")).click();
        assertThat(coach.locator("#guards")).containsText("coaching may start");
        coach.getByLabel("Move to").selectOption("COACHING");
        coach.getByRole(AriaRole.BUTTON, named("Move")).click();
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("The engagement moved to Coaching");
        assertThat(coach.locator("#timeline")).containsText("Moved from Alignment to Coaching");

        // The client sends a progress report.
        client.navigate(url("/engagements/" + triad.id() + "/reports"));
        assertThat(client.locator("#next-due")).containsText("Next report due on");
        client.getByRole(AriaRole.LINK, named("Write a progress report")).click();
        client.getByLabel("What I committed to").fill("Hand the budget review to Sam.");
        client.getByLabel("What I did").fill("Sam ran two reviews; I only read the minutes.");
        client.getByLabel("What I saw").fill("The team raised issues earlier than before.");
        client.getByLabel("What is next").fill("Let Sam present the review to Liam.");
        client.getByRole(AriaRole.BUTTON, named("Send to my leader")).click();
        assertThat(client.getByRole(AriaRole.STATUS)).containsText("Report sent to your leader");

        // The leader reads it from the home page and sends feedback on a shared goal.
        leader.navigate(url("/"));
        assertThat(leader.locator("#leader-overview")).containsText("1 unread progress report");
        assertThat(leader.locator("#leader-overview")).containsText("Delegate the weekly budget review");
        screenshot(leader, "alignment-leader-home");
        leader.locator("#reminders")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Read it"))
                .click();
        assertThat(leader.locator("#report")).containsText("The team raised issues earlier than before.");
        leader.getByRole(AriaRole.LINK, named("Give feedback")).click();
        leader.getByLabel("About a goal (optional)")
                .selectOption(delegate.getId().toString());
        leader.getByLabel("Your feedback")
                .fill("Sam's review on Monday was sharp, and you let Sam answer my questions. Keep that.");
        leader.getByRole(AriaRole.BUTTON, named("Send feedback")).click();
        assertThat(leader.getByRole(AriaRole.STATUS)).containsText("Feedback sent");
        leader.navigate(url("/"));
        assertThat(leader.locator("#leader-overview")).containsText("No unread progress report");

        // The client sees the feedback.
        client.navigate(url("/engagements/" + triad.id() + "/reports"));
        Locator feedback = client.locator(".leader-feedback").first();
        assertThat(feedback).containsText("Sam's review on Monday was sharp");
        assertThat(feedback).containsText("About the goal Delegate the weekly budget review");
        assertThat(feedback).containsText(triad.leader().getFullName());
        screenshot(client, "alignment-client-feedback");
    }
}
