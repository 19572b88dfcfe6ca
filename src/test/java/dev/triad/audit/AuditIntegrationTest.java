package dev.triad.audit;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.goal.GoalCategory;
import dev.triad.goal.GoalDetails;
import dev.triad.goal.GoalService;
import dev.triad.goal.GoalStatus;
import dev.triad.goal.GoalVisibility;
import dev.triad.reflection.Journal;
import dev.triad.reflection.Reflection;
import dev.triad.reflection.ReflectionText;
import dev.triad.reflection.Weeks;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The security events each leave one append-only line, with who, what and which record, and nothing confidential. */
@IntegrationTest
class AuditIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GoalService goals;

    @Autowired
    Journal journal;

    List<Map<String, Object>> entriesAbout(String text) {
        return jdbc.queryForList(
                "select kind, actor_email, subject, details, address from audit_entry "
                        + "where actor_email = ? or subject = ? or details like ? order by id",
                text,
                text,
                "%" + text + "%");
    }

    @Test
    void signInsAndFailedOnesAreRecordedWithTheAddress() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        mvc.perform(post("/login")
                .param("email", person.getEmail())
                .param("password", "not-the-password")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr("192.0.2.7");
                    return request;
                }));
        mvc.perform(post("/login")
                .param("email", person.getEmail())
                .param("password", Fixtures.PASSWORD)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr("192.0.2.7");
                    return request;
                }));
        assertThat(entriesAbout(person.getEmail()))
                .extracting(e -> e.get("kind") + " " + e.get("address"))
                .containsSubsequence("SIGN_IN_FAILED 192.0.2.7", "SIGN_IN 192.0.2.7");
    }

    @Test
    void aFailedSignInIsExplainedInWordsNotInTheFrameworksClassNames() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        mvc.perform(post("/login")
                .param("email", person.getEmail())
                .param("password", "not-the-password")
                .with(csrf()));
        assertThat(entriesAbout(person.getEmail()))
                .filteredOn(e -> e.get("kind").toString().startsWith("SIGN_IN"))
                .extracting(e -> e.get("kind") + ": " + e.get("details"))
                .containsExactly("SIGN_IN_FAILED: Wrong email or password");
        mvc.perform(get("/audit").param("actor", person.getEmail()).with(fixtures.as(fixtures.hr())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wrong email or password")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void deactivationAndRoleChangesNameWhoDidItAndToWhom() throws Exception {
        User hr = fixtures.hr();
        User person = fixtures.person(Role.CLIENT);
        mvc.perform(post("/people/" + person.getId())
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("version", String.valueOf(person.getVersion()))
                        .param("fullName", person.getFullName())
                        .param("email", person.getEmail())
                        .param("roles", "CLIENT", "LEADER"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/people/" + person.getId() + "/deactivate")
                .with(fixtures.as(hr))
                .with(csrf()));

        assertThat(entriesAbout("person " + person.getId()))
                .extracting(e -> e.get("kind") + " by " + e.get("actor_email"))
                .containsSubsequence(
                        "PERSON_CREATED by system",
                        "ROLES_CHANGED by " + hr.getEmail(),
                        "PERSON_DEACTIVATED by " + hr.getEmail());
    }

    @Test
    void coachAssignmentAndSharingAreRecordedWithoutTheirContent() throws Exception {
        Triad triad = fixtures.aTriad();
        var client = fixtures.principal(triad.client());
        var goal = goals.create(
                triad.id(),
                new GoalDetails(
                        "Secret goal statement",
                        "Secret measure",
                        GoalCategory.WORK,
                        null,
                        null,
                        null,
                        GoalStatus.ACTIVE,
                        GoalVisibility.PRIVATE),
                client);
        goals.update(
                triad.id(),
                goal.getId(),
                goal.getVersion(),
                new GoalDetails(
                        "Secret goal statement",
                        "Secret measure",
                        GoalCategory.WORK,
                        null,
                        null,
                        null,
                        GoalStatus.ACTIVE,
                        GoalVisibility.SHARED),
                client);
        Reflection entry = journal.write(
                triad.id(),
                client,
                Weeks.mondayOf(LocalDate.now()),
                new ReflectionText("Secret reflection", null, null),
                true);
        journal.share(triad.id(), entry.getId(), client, false);

        String engagement = "engagement " + triad.id();
        assertThat(jdbc.queryForList("select kind from audit_entry where subject = ?", String.class, engagement))
                .contains("COACH_ASSIGNED");
        List<Map<String, Object>> about =
                jdbc.queryForList("select * from audit_entry where subject like ?", "% of " + engagement);
        assertThat(about)
                .extracting(e -> e.get("kind") + " " + e.get("subject") + " " + e.get("actor_email"))
                .containsExactly(
                        "SHARED goal " + goal.getId() + " of " + engagement + " "
                                + triad.client().getEmail(),
                        "SHARED reflection " + entry.getId() + " of " + engagement + " "
                                + triad.client().getEmail(),
                        "UNSHARED reflection " + entry.getId() + " of " + engagement + " "
                                + triad.client().getEmail());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where details like '%Secret%' or subject like '%Secret%'",
                        Long.class))
                .isZero();
    }

    @Test
    void csvExportsNameWhoExportedWhichFile() throws Exception {
        User hr = fixtures.hr();
        Long programme = fixtures.programme().getId();
        mvc.perform(get("/programmes/" + programme + "/engagements.csv").with(fixtures.as(hr)))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList(
                        "select actor_email from audit_entry where kind = 'EXPORTED' and subject like '%engagements%'",
                        String.class))
                .contains(hr.getEmail());
    }

    @Test
    void theLogCannotBeChangedOrDeleted() {
        jdbc.update(
                "insert into audit_entry (at, kind, actor_email) values (now(), 'SIGN_IN', 'someone@example.test')");
        assertThatThrownBy(() -> jdbc.update(
                        "update audit_entry set actor_email = 'nobody' where actor_email = 'someone@example.test'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where actor_email = 'someone@example.test'"))
                .hasMessageContaining("append-only");
    }

    @Test
    void onlyHrReadsTheLogAndFiltersIt() throws Exception {
        User hr = fixtures.hr();
        Triad triad = fixtures.aTriad();
        mvc.perform(get("/audit").with(fixtures.as(triad.client()))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(fixtures.as(triad.coach()))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(fixtures.as(triad.leader()))).andExpect(status().isForbidden());
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/audit").param("kind", "COACH_ASSIGNED").with(fixtures.as(hr)))
                .andExpect(status().isOk())
                .andExpect(Page.texts("tbody td", hasItem(containsString("engagement " + triad.id()))))
                .andExpect(content().string(not(containsString("Signed in</td>"))));
        mvc.perform(get("/audit")
                        .param("actor", "<script>x</script>")
                        .param("from", "2026-01-02")
                        .param("to", "2026-01-01")
                        .with(fixtures.as(hr)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The last day is before the first day")))
                .andExpect(content().string(not(containsString("<script>x</script>"))));
        mvc.perform(get("/audit").param("kind", "NOT_A_KIND").with(fixtures.as(hr)))
                .andExpect(status().isBadRequest());
    }
}
