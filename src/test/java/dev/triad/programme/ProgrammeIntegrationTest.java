package dev.triad.programme;

import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProgrammeIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Programmes programmes;

    MockHttpServletRequestBuilder create(String name, String startsOn, String endsOn) {
        return post("/programmes").with(user(fixtures.principal(fixtures.hr()))).with(csrf())
                .param("name", name).param("purpose", "Pilot for senior managers")
                .param("timing", "PROACTIVE").param("defaultCoachingType", "ALIGNED")
                .param("defaultContractedHours", "12").param("startsOn", startsOn).param("endsOn", endsOn);
    }

    @Test
    void hrCreatesAProgrammeAndSeesItListed() throws Exception {
        String name = "Pilot " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(create(name, "2026-01-01", "2026-12-31")).andExpect(redirectedUrl("/programmes"));
        assertThat(programmes.nameTaken(name)).isTrue();
        mvc.perform(get("/programmes").with(user(fixtures.principal(fixtures.hr()))))
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void theProgrammeFormNamesEachProblem() throws Exception {
        mvc.perform(post("/programmes").with(user(fixtures.principal(fixtures.hr()))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Name the programme")))
                .andExpect(content().string(containsString("Choose the timing")))
                .andExpect(content().string(containsString("Choose the default coaching type")))
                .andExpect(content().string(containsString("Enter the default contracted hours")))
                .andExpect(content().string(containsString("Enter the start date")));
        mvc.perform(create("Backwards", "2026-06-01", "2026-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The end date cannot be before the start date")));
        mvc.perform(post("/programmes").with(user(fixtures.principal(fixtures.hr()))).with(csrf())
                        .param("name", "Bad timing").param("timing", "SOMETIME").param("defaultCoachingType", "ALIGNED")
                        .param("defaultContractedHours", "12").param("startsOn", "2026-06-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void twoProgrammesCannotShareAName() throws Exception {
        String name = "Cohort " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(create(name, "2026-01-01", "")).andExpect(redirectedUrl("/programmes"));
        mvc.perform(create(name.toUpperCase(), "2026-01-01", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("A programme with this name already exists")));
    }
}
