package dev.triad.engagement;

import dev.triad.account.Accounts;
import dev.triad.account.Accounts.PersonDetails;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.programme.Programme;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import dev.triad.support.StatementCounter;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HR's access review (SOC 2): every person with their roles, status and last sign-in, one row per engagement they take
 * part in (client, coach, leader) with its programme and phase, people without engagements on a row of their own;
 * formulas kept as text, UTF-8, audited as an export, HR's only, and a bounded number of statements however many
 * people there are.
 */
@IntegrationTest
class AccessReviewIntegrationTest {

    static final String PATH = "/people/access-review.csv";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void everyPersonHasARowPerEngagementWithTheirPartItsProgrammeAndPhaseAndTheirRolesStatusAndLastSignIn()
            throws Exception {
        Programme programme = fixtures.programme();
        User client = fixtures.person(Role.CLIENT);
        User coach = fixtures.person(Role.COACH);
        User leader = fixtures.person(Role.LEADER, Role.CLIENT);
        Engagement first = fixtures.anEngagement()
                .in(programme)
                .withClient(client)
                .withCoach(coach)
                .withLeader(leader)
                .build();
        // the leader of the first is the client of a second, which has no coach yet
        User secondLeader = fixtures.person(Role.LEADER);
        Engagement second = fixtures.anEngagement()
                .in(programme)
                .withClient(leader)
                .withLeader(secondLeader)
                .build();
        User alone = fixtures.person(Role.HR_ADMIN);
        Instant signedIn = Instant.parse("2026-11-30T08:15:42.123456Z");
        jdbc.update("update app_user set last_signed_in_at = ? where id = ?", Timestamp.from(signedIn), coach.getId());
        accounts.deactivate(client.getId());

        List<CSVRecord> rows = review();

        assertThat(rowsOf(rows, client)).singleElement().satisfies(row -> {
            assertThat(row.get("Name")).isEqualTo(client.getFullName());
            assertThat(row.get("Roles")).isEqualTo("Client");
            assertThat(row.get("Status")).isEqualTo("Deactivated");
            assertThat(row.get("Last sign-in (UTC)")).isEqualTo("Never");
            assertThat(row.get("Engagement")).isEqualTo(String.valueOf(first.getId()));
            assertThat(row.get("Part")).isEqualTo("Client");
            assertThat(row.get("Programme")).isEqualTo(programme.getName());
            assertThat(row.get("Phase")).isEqualTo(Phase.INTAKE.label());
        });
        assertThat(rowsOf(rows, coach)).singleElement().satisfies(row -> {
            assertThat(row.get("Status")).isEqualTo("Active");
            assertThat(row.get("Last sign-in (UTC)")).isEqualTo("2026-11-30T08:15:42Z");
            assertThat(row.get("Part")).isEqualTo("Coach");
        });
        assertThat(rowsOf(rows, leader))
                .extracting(row -> row.get("Engagement") + " " + row.get("Part") + " " + row.get("Roles"))
                .containsExactly(first.getId() + " Leader Client, Leader", second.getId() + " Client Client, Leader");
        assertThat(rowsOf(rows, secondLeader))
                .extracting(row -> row.get("Part"))
                .containsExactly("Leader");
        assertThat(rowsOf(rows, alone)).singleElement().satisfies(row -> {
            assertThat(row.get("Roles")).isEqualTo("HR administrator");
            assertThat(row.get("Engagement")).isEmpty();
            assertThat(row.get("Part")).isEmpty();
            assertThat(row.get("Programme")).isEmpty();
            assertThat(row.get("Phase")).isEmpty();
        });
    }

    @Test
    void textsThatASpreadsheetWouldRunAsFormulasAreKeptAsTextAndNamesKeepTheirLetters() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        User formula = accounts.createWithOwnPassword(
                new PersonDetails(
                        "=HYPERLINK(\"http://evil.example\",\"Zoë " + unique + "\")",
                        Fixtures.uniqueEmail("+formula"),
                        null,
                        EnumSet.of(Role.CLIENT),
                        null,
                        null,
                        null),
                Fixtures.PASSWORD);
        User accented = accounts.createWithOwnPassword(
                new PersonDetails(
                        "Zoë Ångström " + unique,
                        Fixtures.uniqueEmail("zoe"),
                        null,
                        EnumSet.of(Role.COACH),
                        "x",
                        "x",
                        1),
                Fixtures.PASSWORD);

        MvcResult result = download();
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = parse(new String(bytes, StandardCharsets.UTF_8));

        assertThat(rowsOf(rows, formula)).singleElement().satisfies(row -> {
            assertThat(row.get("Name")).isEqualTo("'" + formula.getFullName());
            assertThat(row.get("Email")).isEqualTo("'" + formula.getEmail());
        });
        assertThat(rowsOf(rows, accented))
                .singleElement()
                .satisfies(row -> assertThat(row.get("Name")).isEqualTo("Zoë Ångström " + unique));
    }

    @Test
    void theDownloadIsAuditedAsAnExport() throws Exception {
        User hr = fixtures.hr();
        mvc.perform(get(PATH).with(fixtures.as(hr))).andExpect(status().isOk());

        assertThat(jdbc.queryForList(
                        "select kind || ' ' || subject from audit_entry where actor_email = ? order by id",
                        String.class,
                        hr.getEmail()))
                .singleElement()
                .asString()
                .matches("EXPORTED access-review-\\d{4}-\\d{2}-\\d{2}\\.csv");
    }

    @Test
    void onlyHrDownloadsIt() throws Exception {
        Triad triad = fixtures.aTriad();
        for (User who : List.of(triad.client(), triad.coach(), triad.leader())) {
            mvc.perform(get(PATH).with(fixtures.as(who))).andExpect(status().isForbidden());
        }
        mvc.perform(get(PATH)).andExpect(status().isFound()).andExpect(header().string("Location", "/login"));
    }

    @Test
    void thePeoplePageLinksToIt() throws Exception {
        MvcResult page = mvc.perform(get("/people").with(fixtures.as(fixtures.hr())))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(Page.of(page).one("#access-review").attr("href")).isEqualTo(PATH);
    }

    @Test
    void theReviewTakesTheSameFewStatementsWhateverTheNumberOfPeopleAndEngagements() throws Exception {
        StatementCounter counter = new StatementCounter(entityManagerFactory);
        RequestPostProcessor hr = fixtures.as(fixtures.hr());
        fixtures.aTriad();
        long before = counter.count(() -> mvc.perform(get(PATH).with(hr)).andExpect(status().isOk()));
        Programme programme = fixtures.programme();
        for (int i = 0; i < 12; i++) {
            Triad triad = fixtures.aTriad();
            fixtures.anEngagement()
                    .in(programme)
                    .withClient(fixtures.person(Role.CLIENT))
                    .withLeader(triad.leader())
                    .withCoach(triad.coach())
                    .build();
            fixtures.person(Role.CLIENT);
        }
        long after = counter.count(() -> mvc.perform(get(PATH).with(hr)).andExpect(status().isOk()));

        // people with their roles, the engagements' people, the export's audit entry, and the bell's unread count that
        // every request of a signed-in person reads
        assertThat(after).isEqualTo(before).isLessThanOrEqualTo(4);
    }

    private MvcResult download() throws Exception {
        return mvc.perform(get(PATH).with(fixtures.as(fixtures.hr())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.matchesPattern(
                                        "attachment; filename=\"access-review-\\d{4}-\\d{2}-\\d{2}\\.csv\".*")))
                .andReturn();
    }

    private List<CSVRecord> review() throws Exception {
        return parse(download().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<CSVRecord> parse(String body) throws IOException {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }

    private static List<CSVRecord> rowsOf(List<CSVRecord> rows, User person) {
        return rows.stream()
                .filter(row -> row.get("Email").equals(person.getEmail())
                        || row.get("Email").equals("'" + person.getEmail()))
                .toList();
    }
}
