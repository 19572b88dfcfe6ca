package dev.triad.generator;

import dev.triad.account.Users;
import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data generator at a tiny size, so that it cannot rot: it runs against the test database (as a role that is not
 * a superuser, so every foreign key is checked), the counts are the ones asked for, generated people sign in with
 * the shared password, and their main pages render.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationGeneratorIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    @Autowired
    Fixtures fixtures;

    final String domain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".gen.triad";
    OrganisationGenerator.Result result;
    final List<String> progress = new ArrayList<>();

    @BeforeAll
    void generate(
            @Autowired DataSource dataSource, @Autowired PasswordEncoder passwordEncoder, @Autowired Clock clock) {
        // the generator is test code and no bean of the application: built here as GenerateOrganisation's context
        // builds it
        OrganisationGenerator generator = new OrganisationGenerator(dataSource, passwordEncoder, clock);
        result = generator.generate(GeneratorSize.TINY, domain, 7, progress::add);
    }

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, "%@" + domain);
    }

    @Test
    void theCountsAreTheOnesAskedForAndTheProgressIsShown() {
        GeneratorSize size = GeneratorSize.TINY;
        String ofEngagements = " e join app_user c on c.id = e.client_id where c.email like ?";
        assertThat(count("select count(*) from app_user where email like ?"))
                .isEqualTo(size.hrAdmins() + size.coaches() + size.leaders() + size.clients());
        assertThat(
                        count(
                                "select count(*) from user_role r join app_user u on u.id = r.user_id where r.role = 'COACH' and u.email like ?"))
                .isEqualTo(size.coaches());
        assertThat(count("select count(*) from engagement" + ofEngagements)).isEqualTo(size.engagements());
        assertThat(
                        count(
                                "select count(*) from goal g join engagement e on e.id = g.engagement_id join app_user c on c.id = e.client_id where c.email like ?"))
                .isEqualTo(size.goals());
        assertThat(
                        count(
                                "select count(*) from action_step s join engagement e on e.id = s.engagement_id join app_user c on c.id = e.client_id where c.email like ?"))
                .isEqualTo(size.actionSteps());
        assertThat(
                        count(
                                "select count(*) from coaching_session s join engagement e on e.id = s.engagement_id join app_user c on c.id = e.client_id where c.email like ?"))
                .isEqualTo(size.sessions());
        assertThat(
                        count(
                                "select count(*) from assessment a join engagement e on e.id = a.engagement_id join app_user c on c.id = e.client_id where c.email like ?"))
                .isEqualTo(size.assessments());
        assertThat(count("select count(distinct e.phase) from engagement" + ofEngagements))
                .isGreaterThanOrEqualTo(4);
        Map<String, Long> rows = result.rows();
        assertThat(rows.get("action_step_note")).isPositive();
        assertThat(rows.get("goal_check_in")).isPositive();
        assertThat(rows.get("alignment_meeting")).isPositive();
        assertThat(rows.get("feedback_answer")).isPositive();
        assertThat(rows.get("progress_report")).isPositive();
        assertThat(rows.get("partnership_check_in")).isPositive();
        assertThat(progress)
                .anyMatch(line -> line.contains("engagements 100%"))
                .anyMatch(line -> line.contains("analyzed"));
        // the next ids are after the generated ones: the application can keep inserting
        assertThat(jdbc.queryForObject(
                        "select nextval(pg_get_serial_sequence('action_step', 'id')) > max(id) from action_step",
                        Boolean.class))
                .isTrue();
    }

    @Test
    void generatedPeopleSignInWithTheSharedPassword() throws Exception {
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                        .userParameter("email")
                        .user("client1@" + domain)
                        .password(OrganisationGenerator.PASSWORD))
                .andExpect(authenticated());
    }

    RequestPostProcessor as(String email) {
        return fixtures.as(users.findByEmail(email).orElseThrow());
    }

    void ok(String path, RequestPostProcessor who) throws Exception {
        mvc.perform(get(path).with(who)).andExpect(status().isOk());
    }

    @Test
    void everyRolesPagesRenderForGeneratedPeople() throws Exception {
        var f = result.feeders();
        assertThat(f.clients()).isNotEmpty();
        assertThat(f.coaches()).isNotEmpty();
        assertThat(f.leaders()).isNotEmpty();
        for (String line : f.clients().subList(0, Math.min(3, f.clients().size()))) {
            String[] c = line.split(",");
            RequestPostProcessor client = as(c[0]);
            String e = "/engagements/" + c[1];
            for (String page : List.of(
                    "/",
                    e,
                    e + "/goals",
                    e + "/goals/" + c[2],
                    e + "/plan",
                    e + "/sessions",
                    e + "/sessions/" + c[4],
                    e + "/hours",
                    e + "/journal",
                    e + "/assessments",
                    e + "/alignment",
                    e + "/reports",
                    e + "/timeline",
                    "/notifications")) {
                ok(page, client);
            }
            mvc.perform(post(e + "/action-steps/" + c[3] + "/notes")
                            .with(client)
                            .with(csrf())
                            .header("HX-Request", "true")
                            .param("text", "Moved it forward"))
                    .andExpect(status().isOk());
        }
        String[] coach = f.coaches().get(0).split(",");
        for (String page : List.of(
                "/",
                "/engagements/" + coach[1],
                "/engagements/" + coach[1] + "/sessions",
                "/engagements/" + coach[1] + "/plan",
                "/engagements/" + coach[1] + "/assessments")) {
            ok(page, as(coach[0]));
        }
        String[] leader = f.leaders().get(0).split(",");
        ok("/", as(leader[0]));
        ok("/engagements/" + leader[1], as(leader[0]));
        ok("/engagements/" + leader[1] + "/goals", as(leader[0]));
        String[] hr = f.hr().get(0).split(",");
        for (String page : List.of(
                "/",
                "/programmes/" + hr[1] + "/dashboard",
                "/programmes/" + hr[1] + "/engagements.csv",
                "/people",
                "/audit")) {
            ok(page, as(hr[0]));
        }
    }
}
