package dev.triad.system;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Until Triad is ready (the demo data and every other start-up runner done), it answers "Triad is starting" and takes
 * no sign-in: an attempt then is not checked, not counted towards the lock-out and not audited as a failure.
 */
@IntegrationTest
class StartingUpIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void ready() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void aSignInBeforeTriadIsReadyIsNeitherCheckedNorCountedNorAudited() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

        mvc.perform(post("/login")
                        .param("email", person.getEmail())
                        .param("password", Fixtures.PASSWORD)
                        .with(csrf()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("id=\"starting\"")));
        mvc.perform(post("/login")
                        .param("email", person.getEmail())
                        .param("password", "not-the-password")
                        .with(csrf()))
                .andExpect(status().isServiceUnavailable());
        mvc.perform(get("/login")).andExpect(status().isServiceUnavailable());

        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_failure where email = ?", Integer.class, person.getEmail()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where actor_email = ?", Integer.class, person.getEmail()))
                .isZero();

        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        mvc.perform(post("/login")
                        .param("email", person.getEmail())
                        .param("password", Fixtures.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theStylesheetsAreServedWhileStartingSoTheStartingPageIsStyled() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        mvc.perform(get("/css/triad.css")).andExpect(status().isOk());
    }
}
