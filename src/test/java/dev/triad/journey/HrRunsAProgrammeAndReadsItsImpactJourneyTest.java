package dev.triad.journey;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.account.Accounts;
import dev.triad.account.Accounts.PersonDetails;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.Engagements;
import dev.triad.goal.GoalStatus;
import dev.triad.support.Activity;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR creates a programme and a cohort of five engagements, assigns each a coach from the suggestions (ranked by fit,
 * with the reasons), and, once the engagements have run (sessions, check-ins, goals, impact measures, close-out
 * surveys, seeded through the services), opens the programme's dashboard, sees its charts drawn, and downloads the
 * engagement list as a CSV file that parses.
 */
class HrRunsAProgrammeAndReadsItsImpactJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    Engagements engagements;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    static Locator link(Page page, String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void hrCreatesAProgrammeAndACohortAssignsSuggestedCoachesAndReadsTheDashboard() throws Exception {
        User hr = fixtures.hr();
        List<User> clients = fixtures.people(5, Role.CLIENT);
        User leader = fixtures.person(Role.LEADER);
        // Coaches who speak a language nobody else on the roster speaks, so that they are the best fit.
        String language = "Icelandic" + UUID.randomUUID().toString().substring(0, 4);
        List<String> coachNames = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name =
                    "Journey Coach " + i + " " + UUID.randomUUID().toString().substring(0, 4);
            accounts.createWithOwnPassword(
                    new PersonDetails(
                            name,
                            Fixtures.uniqueEmail("journey-coach"),
                            "Coach",
                            EnumSet.of(Role.COACH),
                            "delegation, resilience",
                            "English, " + language,
                            2),
                    Fixtures.PASSWORD);
            coachNames.add(name);
        }
        String programmeName =
                "Senior manager pilot " + UUID.randomUUID().toString().substring(0, 6);

        // HR creates the programme.
        Page page = signIn(hr.getEmail(), Fixtures.PASSWORD);
        link(page, "Programmes").click();
        link(page, "New programme").click();
        page.getByLabel("Name").fill(programmeName);
        page.getByLabel("Purpose").fill("A pilot of aligned coaching for senior managers, with ROI measured.");
        page.getByLabel("Timing").selectOption("PROACTIVE");
        page.getByLabel("Default coaching type").selectOption("ALIGNED");
        page.getByLabel("Default contracted hours").fill("12");
        page.getByLabel("Starts on").fill(LocalDate.now().minusMonths(2).toString());
        page.getByLabel("A check-in after every … held sessions").fill("3");
        button(page, "Create programme").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Programme " + programmeName + " created");

        // HR adds a cohort of five: one line each, client and leader.
        page.getByLabel("Add a cohort to " + programmeName).click();
        StringBuilder lines = new StringBuilder();
        for (User client : clients) {
            lines.append(client.getEmail())
                    .append(", ")
                    .append(leader.getEmail())
                    .append(", delegation\n");
        }
        page.getByLabel("Clients and their leaders, one per line").fill(lines.toString());
        page.getByLabel("Starts on").fill(LocalDate.now().minusMonths(1).toString());
        page.getByLabel("Planned end").fill(LocalDate.now().plusMonths(6).toString());
        screenshot(page, "cohort-form");
        button(page, "Create the engagements").click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("5 engagements created in intake for " + programmeName);

        // HR assigns each a coach: the best-fitting one, suggested with its reasons.
        for (User client : clients) {
            page.navigate(url("/?unassigned=true&programme=" + programmeId(programmeName)));
            link(page, client.getFullName()).click();
            link(page, "Assign a coach").click();
            page.getByLabel("Language the client is coached in").selectOption(language);
            button(page, "Rank coaches").click();
            Locator best = page.locator("#coach-roster tbody tr")
                    .filter(new Locator.FilterOptions().setHasText("Suggested #1"));
            assertThat(best).containsText("Speaks " + language);
            assertThat(best).containsText("Speciality matches the focus: delegation");
            String chosen = best.getAttribute("data-coach");
            assertThat(coachNames).contains(chosen);
            if (client == clients.get(0)) {
                screenshot(page, "coach-suggestions");
            }
            best.getByRole(AriaRole.RADIO).check();
            button(page, "Assign coach").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Coach assigned");
            assertThat(page.locator("#coach-name")).containsText(chosen);
        }

        // The engagements run: sessions, check-ins, goals, impact measures, close-out surveys.
        Activity activity = new Activity(context);
        for (Long id : jdbc.queryForList(
                "select id from engagement where programme_id = ?", Long.class, programmeId(programmeName))) {
            Engagement e = engagements.findWithPeople(id).orElseThrow();
            Triad t = new Triad(e, e.getClient(), e.getCoach(), e.getLeader());
            activity.goal(t, GoalStatus.ACHIEVED);
            activity.measure(t, "Engagement score", "points", "62", "71");
            activity.completed(t, 3, 4, 4);
        }

        // HR opens the dashboard and sees its charts drawn.
        link(page, "Programmes").click();
        page.getByLabel("Dashboard of " + programmeName).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(programmeName)))
                .isVisible();
        assertThat(page.locator("canvas[data-drawn=true]")).hasCount(8);
        assertThat(page.locator("#close-out")).containsText("Net promoter score");
        assertThat(page.locator("#impact")).containsText("Engagement score (points), 5 engagements");
        assertThat(page.getByText("Not enough data to keep it anonymous")).hasCount(0);
        screenshot(page, "programme-dashboard");

        // The engagement list downloads as a CSV file that parses.
        Download download = page.waitForDownload(
                () -> link(page, "Download the engagement list (CSV)").click());
        assertThat(download.suggestedFilename()).endsWith("-engagements.csv");
        List<CSVRecord> records;
        assertThat(Files.readAllBytes(download.path()))
                .startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF); // the UTF-8 byte-order mark
        try (Reader reader = Files.newBufferedReader(download.path(), StandardCharsets.UTF_8)) {
            assertThat(reader.read()).isEqualTo(0xFEFF); // read past the mark, as a spreadsheet does
            records = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
        assertThat(records).hasSize(5);
        assertThat(records)
                .extracting(r -> r.get("Client"))
                .containsExactlyInAnyOrderElementsOf(
                        clients.stream().map(User::getFullName).toList());
        assertThat(records).allSatisfy(r -> {
            assertThat(coachNames).contains(r.get("Coach"));
            assertThat(r.get("Phase")).isEqualTo("Closed");
            assertThat(r.get("Sessions held")).isEqualTo("3");
        });

        // And the printable page.
        link(page, "Printable page").click();
        assertThat(page.locator("#figures")).containsText("Net promoter score");
        screenshot(page, "programme-print");
    }

    private Long programmeId(String name) {
        return jdbc.queryForObject("select id from programme where name = ?", Long.class, name);
    }
}
