package dev.triad.programme;

import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
        return post("/programmes")
                .with(fixtures.as(fixtures.hr()))
                .with(csrf())
                .param("name", name)
                .param("purpose", "Pilot for senior managers")
                .param("timing", "PROACTIVE")
                .param("defaultCoachingType", "ALIGNED")
                .param("defaultContractedHours", "12")
                .param("startsOn", startsOn)
                .param("endsOn", endsOn);
    }

    @Test
    void hrCreatesAProgrammeAndSeesItListed() throws Exception {
        String name = "Pilot " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(create(name, "2026-01-01", "2026-12-31")).andExpect(redirectedUrl("/programmes"));
        assertThat(programmes.nameTaken(name)).isTrue();
        mvc.perform(get("/programmes").with(fixtures.as(fixtures.hr())))
                .andExpect(Page.texts("tr td:first-child > a", hasItem(name)));
    }

    @Test
    void hrChoosesWhoSchedulesSessionsAndTheDefaultIsCoachesOnly() throws Exception {
        String coachesOnly = "Executive " + UUID.randomUUID().toString().substring(0, 6);
        String clientsBook = "Self-booked " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(create(coachesOnly, "2026-01-01", "2026-12-31")).andExpect(redirectedUrl("/programmes"));
        mvc.perform(create(clientsBook, "2026-01-01", "2026-12-31").param("clientsBookSessions", "true"))
                .andExpect(redirectedUrl("/programmes"));

        assertThat(programmes.findAll())
                .filteredOn(p -> p.getName().equals(coachesOnly) || p.getName().equals(clientsBook))
                .extracting(p -> p.getName() + "=" + p.clientsBookSessions())
                .containsExactlyInAnyOrder(coachesOnly + "=false", clientsBook + "=true");
        Long id = programmes.findAll().stream()
                .filter(p -> p.getName().equals(clientsBook))
                .findFirst()
                .orElseThrow()
                .getId();
        Page form = Page.of(mvc.perform(get("/programmes/" + id + "/edit").with(fixtures.as(fixtures.hr())))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(form.one("#clientsBookSessions-clients").hasAttr("checked")).isTrue();
        assertThat(form.one("#clientsBookSessions-coaches").hasAttr("checked")).isFalse();
    }

    @Test
    void theProgrammeFormNamesEachProblem() throws Exception {
        mvc.perform(post("/programmes").with(fixtures.as(fixtures.hr())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Name the programme")))
                .andExpect(content().string(containsString("Choose the timing")))
                .andExpect(content().string(containsString("Choose the default coaching type")))
                .andExpect(content().string(containsString("Enter the default contracted hours")))
                .andExpect(content().string(containsString("Enter the start date")));
        mvc.perform(create("Backwards", "2026-06-01", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The end date cannot be before the start date")));
        mvc.perform(post("/programmes")
                        .with(fixtures.as(fixtures.hr()))
                        .with(csrf())
                        .param("name", "Bad timing")
                        .param("timing", "SOMETIME")
                        .param("defaultCoachingType", "ALIGNED")
                        .param("defaultContractedHours", "12")
                        .param("startsOn", "2026-06-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void twoProgrammesCannotShareAName() throws Exception {
        String name = "Cohort " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(create(name, "2026-01-01", "")).andExpect(redirectedUrl("/programmes"));
        mvc.perform(create(name.toUpperCase(), "2026-01-01", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A programme with this name already exists")));
    }

    @Test
    void twoAdministratorsSavingTheSameNewNameAtOnceGetOneProgrammeAndTheNameMessageNeverAServerError()
            throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String name = "Same time " + UUID.randomUUID().toString().substring(0, 6);
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<MvcResult> post = () -> {
                    together.await();
                    return mvc.perform(create(name, "2026-01-01", "")).andReturn();
                };
                List<Future<MvcResult>> answers = two.invokeAll(List.of(post, post));
                for (Future<MvcResult> answer : answers) {
                    MvcResult result = answer.get();
                    if (result.getResponse().getStatus() != 302) {
                        assertThat(result.getResponse().getStatus()).isEqualTo(200);
                        assertThat(result.getResponse().getContentAsString())
                                .contains("A programme with this name already exists");
                    }
                }
                assertThat(programmes.findAll())
                        .filteredOn(p -> p.getName().equals(name))
                        .hasSize(1);
            }
        } finally {
            two.shutdownNow();
        }
    }
}
