package dev.triad.programme;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** HR creates a cohort of engagements in one go: all of them with the programme's defaults, or none and every wrong line named. */
@IntegrationTest
class CohortIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    long engagementsIn(Programme programme) {
        return jdbc.queryForObject(
                "select count(*) from engagement where programme_id = ?", Long.class, programme.getId());
    }

    @Test
    void hrCreatesFiveEngagementsWithTheProgrammesDefaults() throws Exception {
        Programme programme = fixtures.programme();
        List<User> clients = fixtures.people(5, Role.CLIENT);
        User leader = fixtures.person(Role.LEADER);
        StringBuilder lines = new StringBuilder();
        for (User client : clients) {
            lines.append(client.getEmail())
                    .append(", ")
                    .append(leader.getEmail())
                    .append(", delegation\n");
        }
        mvc.perform(post("/programmes/{id}/cohort", programme.getId())
                        .with(fixtures.as(fixtures.hr()))
                        .with(csrf())
                        .param("lines", lines.toString())
                        .param("startsOn", LocalDate.now().toString())
                        .param("plannedEndOn", LocalDate.now().plusMonths(6).toString()))
                .andExpect(redirectedUrl("/?programme=" + programme.getId() + "&unassigned=true"));
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select coaching_type, timing, contracted_hours, phase, focus, coach_id "
                        + "from engagement where programme_id = ?",
                programme.getId());
        assertThat(rows).hasSize(5).allSatisfy(row -> {
            assertThat(row.get("coaching_type"))
                    .isEqualTo(programme.getDefaultCoachingType().name());
            assertThat(row.get("timing")).isEqualTo(programme.getTiming().name());
            assertThat(((java.math.BigDecimal) row.get("contracted_hours")))
                    .isEqualByComparingTo(programme.getDefaultContractedHours());
            assertThat(row.get("phase")).isEqualTo("INTAKE");
            assertThat(row.get("focus")).isEqualTo("delegation");
            assertThat(row.get("coach_id")).isNull();
        });
    }

    @Test
    void oneWrongLineCreatesNothingAndEveryWrongLineSaysWhy() throws Exception {
        Programme programme = fixtures.programme();
        User good = fixtures.person(Role.CLIENT);
        User good2 = fixtures.person(Role.CLIENT);
        User leader = fixtures.person(Role.LEADER);
        User notALeader = fixtures.person(Role.CLIENT);
        String lines = String.join(
                "\n",
                good.getEmail() + ", " + leader.getEmail(),
                "",
                "nobody-" + good.getEmail() + ", " + leader.getEmail(),
                good2.getEmail() + "; " + notALeader.getEmail(),
                good.getEmail() + ", " + leader.getEmail(),
                "just one column",
                good2.getEmail() + ", not-an-email");
        mvc.perform(post("/programmes/{id}/cohort", programme.getId())
                        .with(fixtures.as(fixtures.hr()))
                        .with(csrf())
                        .param("lines", lines)
                        .param("startsOn", LocalDate.now().toString())
                        .param("plannedEndOn", LocalDate.now().plusMonths(6).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was created")))
                .andExpect(content().string(containsString("Line 3")))
                .andExpect(content().string(containsString("client: No one has this email")))
                .andExpect(content().string(containsString("Line 4")))
                .andExpect(content().string(containsString("does not have the leader role")))
                .andExpect(content().string(containsString("this client is already on line 1")))
                .andExpect(
                        content().string(containsString("write the client’s email, a comma, then the leader’s email")))
                .andExpect(content().string(containsString("the leader’s email is not a valid email address")))
                .andExpect(Page.value("#lines", containsString(good.getEmail())));
        assertThat(engagementsIn(programme)).isZero();
    }

    @Test
    void aClientWithAnOpenEngagementInTheProgrammeIsNotAddedTwice() throws Exception {
        Programme programme = fixtures.programme();
        User client = fixtures.person(Role.CLIENT);
        User leader = fixtures.person(Role.LEADER);
        fixtures.anEngagement()
                .withClient(client)
                .withLeader(leader)
                .in(programme)
                .build();
        mvc.perform(post("/programmes/{id}/cohort", programme.getId())
                        .with(fixtures.as(fixtures.hr()))
                        .with(csrf())
                        .param("lines", client.getEmail() + ", " + leader.getEmail())
                        .param("startsOn", LocalDate.now().toString())
                        .param("plannedEndOn", LocalDate.now().plusMonths(6).toString()))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("already has an open engagement in " + programme.getName())));
        assertThat(engagementsIn(programme)).isOne();
    }

    @Test
    void theFormNamesMissingFieldsAndOnlyHrReachesIt() throws Exception {
        Programme programme = fixtures.programme();
        mvc.perform(post("/programmes/{id}/cohort", programme.getId())
                        .with(fixtures.as(fixtures.hr()))
                        .with(csrf())
                        .param("lines", " ")
                        .param("startsOn", "2026-06-01")
                        .param("plannedEndOn", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter one line per client")))
                .andExpect(content().string(containsString("The planned end cannot be before the start")));
        mvc.perform(get("/programmes/{id}/cohort", programme.getId()).with(fixtures.as(fixtures.hr())))
                .andExpect(status().isOk())
                .andExpect(Page.text("h1", containsString("Add a cohort to " + programme.getName())));
        mvc.perform(get("/programmes/{id}/cohort", programme.getId()).with(fixtures.as(fixtures.person(Role.COACH))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programmes/{id}/cohort", 987654321L).with(fixtures.as(fixtures.hr())))
                .andExpect(status().isNotFound());
    }
}
