package dev.triad.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.notification.OutboxSender;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.Mails;
import dev.triad.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's journey in a real browser: the coach prepares a 360 request and asks four raters; three answer
 * through the links in their emails (one saves a draft first and comes back); the client closes the request,
 * sees the results, writes the summary and shares it with the leader, who reads it; the client withdraws the
 * share and the leader is refused; the client's access log lists the coach's and the leader's reads.
 */
class ThreeSixtyFeedbackSharedAndWithdrawnJourneyTest extends BrowserTest {

    static final String[] STATEMENTS = {
        "Listens to understand before responding",
        "Delegates decisions to the people closest to the work",
        "Asks for feedback and acts on it",
        "Stays calm and clear in difficult conversations"
    };

    @Autowired
    Fixtures fixtures;

    @Autowired
    OutboxSender sender;

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    void addRater(Page coach, String name, String email, String group) {
        coach.getByLabel("Name", exact()).fill(name);
        coach.getByLabel("Email", exact()).fill(email);
        coach.getByLabel("Group", exact()).selectOption(group);
        coach.getByRole(AriaRole.BUTTON, named("Add and send the link")).click();
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText(name + " is asked for feedback");
    }

    void rate(Page rater, String statement, String choice) {
        rater.getByRole(
                        AriaRole.GROUP,
                        new Page.GetByRoleOptions().setName(statement).setExact(true))
                .getByLabel(choice)
                .check();
    }

    String path(String link) {
        return link.substring("http://localhost:8080".length());
    }

    @Test
    void threeRatersAnswerTheClientSharesTheSummaryThenWithdrawsItAndSeesWhoRead() {
        Triad triad = fixtures.aTriad();
        String client = triad.client().getFullName();
        List<String> raterNames = List.of("Paula Peer", "Pedro Peer", "Priya Peer", "Dario Report");
        List<String> emails = new ArrayList<>();
        for (String name : raterNames) {
            emails.add(Fixtures.uniqueEmail(name.toLowerCase().replace(' ', '-')));
        }

        // The coach prepares the request and asks four raters.
        Page coach = signIn(triad.coach().getEmail(), Fixtures.PASSWORD);
        coach.navigate(url("/engagements/" + triad.id()));
        coach.getByRole(AriaRole.LINK, named("Assessments")).click();
        coach.getByRole(AriaRole.LINK, named("Prepare 360 feedback")).click();
        coach.getByLabel("Title").fill("360 feedback, spring");
        coach.getByLabel("Feedforward check-in").check();
        coach.getByRole(AriaRole.BUTTON, named("Prepare the request")).click();
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("Feedback request prepared");
        for (int i = 0; i < 3; i++) {
            addRater(coach, raterNames.get(i), emails.get(i), "PEER");
        }
        addRater(coach, raterNames.get(3), emails.get(3), "DIRECT_REPORT");
        assertThat(coach.locator(".answered-count")).hasText("0 of 4 raters have answered.");
        screenshot(coach, "360-raters");
        String requestUrl = coach.url().replaceAll("#.*", "");
        String assessmentPath = path(requestUrl.replace("http://localhost:" + port, "http://localhost:8080"))
                .replaceAll("/feedback$", "");

        // Each rater has a link in their mailbox (their mails sent, not one batch of the shared outbox).
        sender.sendDue(java.time.Instant.now(), emails);
        List<String> links = new ArrayList<>();
        for (String email : emails) {
            List<MimeMessage> mails = TestMailServer.to(email);
            assertThat(mails).hasSize(1);
            assertThat(Mails.text(mails.get(0))).doesNotContain("360 feedback, spring");
            links.add(path(Mails.link(Mails.text(mails.get(0)), "http://localhost:8080/feedback/")));
        }

        // The first rater saves a draft, comes back later through the same link, and sends.
        Page paula = newWindow();
        paula.navigate(url(links.get(0)));
        assertThat(paula.getByRole(AriaRole.HEADING, named("Feedback for " + client)))
                .isVisible();
        rate(paula, STATEMENTS[0], "4 Agree");
        rate(paula, STATEMENTS[1], "2 Disagree");
        paula.getByLabel("What should this person do more of in the future?")
                .fill("Ask the team for their ideas first.");
        paula.getByRole(AriaRole.BUTTON, named("Save draft")).click();
        assertThat(paula.getByRole(AriaRole.STATUS)).containsText("Draft saved");
        screenshot(paula, "360-rater-draft");
        Page paulaLater = newWindow();
        paulaLater.navigate(url(links.get(0)));
        assertThat(paulaLater
                        .getByRole(
                                AriaRole.GROUP,
                                new Page.GetByRoleOptions()
                                        .setName(STATEMENTS[0])
                                        .setExact(true))
                        .getByLabel("4 Agree"))
                .isChecked();
        assertThat(paulaLater.getByLabel("What should this person do more of in the future?"))
                .hasValue("Ask the team for their ideas first.");
        rate(paulaLater, STATEMENTS[2], "3 Neither agree nor disagree");
        rate(paulaLater, STATEMENTS[3], "5 Strongly agree");
        paulaLater.getByRole(AriaRole.BUTTON, named("Send my answers")).click();
        assertThat(paulaLater.getByRole(AriaRole.HEADING, named("Thank you for your feedback")))
                .isVisible();

        // Two more raters answer straight away.
        for (int r = 1; r <= 2; r++) {
            Page rater = newWindow();
            rater.navigate(url(links.get(r)));
            for (String statement : STATEMENTS) {
                rate(rater, statement, r == 1 ? "4 Agree" : "3 Neither agree nor disagree");
            }
            rater.getByLabel("What should this person do more of in the future?")
                    .fill(r == 1 ? "Delegate the budget review." : "Share the plan earlier.");
            rater.getByRole(AriaRole.BUTTON, named("Send my answers")).click();
            assertThat(rater.getByRole(AriaRole.HEADING, named("Thank you for your feedback")))
                    .isVisible();
        }
        // A used link no longer works.
        paula.navigate(url(links.get(0)));
        assertThat(paula.getByRole(AriaRole.HEADING, named("This link no longer works")))
                .isVisible();

        // HR's outbox lists no mail to a rater (their number and times would tell who answered), and says so.
        Page hr = signIn(fixtures.hr().getEmail(), Fixtures.PASSWORD);
        hr.navigate(url("/outbox"));
        assertThat(hr.locator("#rater-mails-not-listed")).isVisible();
        assertThat(hr.getByRole(AriaRole.LINK, named(client + " asks for your feedback")))
                .hasCount(0);
        assertAccessible(hr);
        for (String name : raterNames) {
            assertThat(hr.locator("main")).not().containsText(name);
        }
        for (String email : emails) {
            assertThat(hr.locator("main")).not().containsText(email);
        }

        // The client sees three of four answered, closes the request and sees the results.
        Page clientPage = signIn(triad.client().getEmail(), Fixtures.PASSWORD);
        clientPage.navigate(url("/engagements/" + triad.id() + "/assessments"));
        clientPage.getByRole(AriaRole.LINK, named("360 feedback, spring")).click();
        assertThat(clientPage.locator(".feedback-status")).containsText("3 of 4 raters have answered");
        clientPage.getByRole(AriaRole.LINK, named("Raters and progress")).click();
        // the client sees, rater by rater, that each invitation went out
        assertThat(clientPage.locator("table.raters .invitation-state[data-state=SENT]"))
                .hasCount(4);
        assertThat(clientPage.locator("table.raters .send-again")).hasCount(0);
        clientPage.getByRole(AriaRole.BUTTON, named("Close the request")).click();
        assertThat(clientPage.getByRole(AriaRole.HEADING, named("360 feedback, spring: results")))
                .isVisible();
        Locator results = clientPage.locator("table.feedback-results");
        assertThat(results).containsText("Peers");
        assertThat(results).containsText("Listening");
        // the chart draws a series for every column of the table, Peers included (once its deferred script has run)
        clientPage.waitForFunction("() => window.Chart && Chart.getChart('feedback-chart')");
        assertThat((String) clientPage.evaluate(
                        "() => Chart.getChart('feedback-chart').data.datasets.map(d => d.label).join('|')"))
                .contains("All raters")
                .contains("Peers");
        assertThat(clientPage.locator(".open-answer")).hasCount(3);
        assertThat(clientPage.locator("main")).containsText("Delegate the budget review.");
        for (String name : raterNames) {
            assertThat(clientPage.locator("main")).not().containsText(name);
        }
        for (String email : emails) {
            assertThat(clientPage.locator("main")).not().containsText(email);
        }
        screenshot(clientPage, "360-results");

        // The coach reads the results to prepare the debrief.
        coach.navigate(url(assessmentPath + "/results"));
        assertThat(coach.locator("table.feedback-results")).containsText("Peers");

        // The client writes the summary and shares it (only the summary) with the leader.
        clientPage.navigate(url(assessmentPath));
        clientPage.getByRole(AriaRole.LINK, named("Edit")).click();
        clientPage.getByLabel("Summary").fill("My peers see a calm leader who could bring the team in earlier.");
        clientPage.getByLabel("Strengths, one per line").fill("Calm under pressure\nListens");
        clientPage.getByLabel("Development areas, one per line").fill("Involve the team before deciding");
        clientPage.getByRole(AriaRole.BUTTON, named("Save assessment")).click();
        assertThat(clientPage.getByRole(AriaRole.STATUS)).containsText("Assessment saved");
        clientPage.getByRole(AriaRole.BUTTON, named("Share the summary")).click();
        assertThat(clientPage.getByRole(AriaRole.STATUS)).containsText("The leader now sees the summary");
        assertThat(clientPage.locator(".sharing-state")).hasText("Summary shared");
        screenshot(clientPage, "360-shared-summary");

        // The leader reads it: the summary, not the results.
        Page leader = signIn(triad.leader().getEmail(), Fixtures.PASSWORD);
        leader.navigate(url("/engagements/" + triad.id() + "/assessments"));
        assertThat(leader.locator("main")).containsText("Involve the team before deciding");
        leader.getByRole(AriaRole.LINK, named("360 feedback, spring")).click();
        assertThat(leader.locator(".assessment-summary"))
                .hasText("My peers see a calm leader who could bring the team in earlier.");
        assertThat(leader.getByRole(AriaRole.LINK, named("See the results"))).hasCount(0);
        String leaderView = leader.url();
        screenshot(leader, "360-leader-reads-summary");
        leader.navigate(url(assessmentPath + "/results"));
        assertThat(leader.getByRole(AriaRole.HEADING, named("Not found"))).isVisible();

        // The client withdraws the share; the leader no longer can read it.
        clientPage.navigate(url(assessmentPath));
        clientPage.getByRole(AriaRole.LINK, named("Withdraw the share…")).click();
        // a confirmation step first, saying what withdrawing does
        assertThat(clientPage.locator("#withdraw-effect")).isVisible();
        assertAccessible(clientPage);
        clientPage.getByRole(AriaRole.BUTTON, named("Withdraw the share")).click();
        assertThat(clientPage.getByRole(AriaRole.STATUS)).containsText("The leader no longer sees this assessment");
        leader.navigate(leaderView);
        assertThat(leader.getByRole(AriaRole.HEADING, named("Not found"))).isVisible();
        leader.navigate(url("/engagements/" + triad.id() + "/assessments"));
        assertThat(leader.locator("main")).not().containsText("360 feedback, spring");
        assertThat(leader.locator("main")).containsText("has not shared any assessments with you");

        // Who has seen my data: the leader's and the coach's reads.
        clientPage.navigate(url("/engagements/" + triad.id() + "/assessments"));
        clientPage.getByRole(AriaRole.LINK, named("Who has seen my data")).click();
        Locator log = clientPage.locator("table.access-log");
        assertThat(log.locator("tr.access-entry")
                        .filter(new Locator.FilterOptions()
                                .setHasText(triad.leader().getFullName() + " (leader)"))
                        .filter(new Locator.FilterOptions().setHasText("Opened the assessment")))
                .not()
                .hasCount(0);
        assertThat(log.locator("tr.access-entry")
                        .filter(new Locator.FilterOptions()
                                .setHasText(triad.coach().getFullName() + " (coach)"))
                        .filter(new Locator.FilterOptions().setHasText("Opened the 360 results")))
                .hasCount(1);
        assertThat(log).not().containsText(client + " (");
        screenshot(clientPage, "360-access-log");
    }
}
