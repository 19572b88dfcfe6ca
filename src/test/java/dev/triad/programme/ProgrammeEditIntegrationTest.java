package dev.triad.programme;

import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** HR changes every field of a programme, including how it is evaluated; stale edits are caught. */
@IntegrationTest
class ProgrammeEditIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Programmes programmes;

    MockHttpServletRequestBuilder save(Programme p, String name, String timing, String mandated, long version) {
        return save(p, name, timing, mandated, version, "2");
    }

    MockHttpServletRequestBuilder save(
            Programme p, String name, String timing, String mandated, long version, String checkInEvery) {
        return post("/programmes/{id}", p.getId())
                .with(fixtures.as(fixtures.hr()))
                .with(csrf())
                .param("name", name)
                .param("purpose", "Remedial coaching after a conduct review")
                .param("timing", timing)
                .param("defaultCoachingType", "PERFORMANCE")
                .param("defaultContractedHours", "6.5")
                .param("startsOn", "2026-02-01")
                .param("endsOn", "2026-12-31")
                .param("cancellationNoticeHours", "24")
                .param("consecutiveCancellationThreshold", "3")
                .param("checkInEverySessions", checkInEvery)
                .param("mandated", mandated)
                .param("version", String.valueOf(version));
    }

    @Test
    void hrChangesEveryFieldOfAProgramme() throws Exception {
        Programme p = fixtures.programme();
        mvc.perform(get("/programmes/{id}/edit", p.getId()).with(fixtures.as(fixtures.hr())))
                .andExpect(status().isOk())
                .andExpect(Page.text("h1", containsString("Edit " + p.getName())));
        String name = "Remedial " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(save(p, name, "AFTER_THE_FACT", "true", p.getVersion())).andExpect(redirectedUrl("/programmes"));
        Programme saved = programmes.findById(p.getId()).orElseThrow();
        assertThat(saved.getName()).isEqualTo(name);
        assertThat(saved.getTiming()).isEqualTo(Timing.AFTER_THE_FACT);
        assertThat(saved.getDefaultCoachingType()).isEqualTo(CoachingType.PERFORMANCE);
        assertThat(saved.getDefaultContractedHours()).isEqualByComparingTo("6.5");
        assertThat(saved.getCancellationNoticeHours()).isEqualTo(24);
        assertThat(saved.getConsecutiveCancellationThreshold()).isEqualTo(3);
        assertThat(saved.getCheckInEverySessions()).isEqualTo(2);
        assertThat(saved.getMandated()).isTrue();
        assertThat(saved.evaluationRule()).contains("mandated");
        mvc.perform(get("/programmes").with(fixtures.as(fixtures.hr())))
                .andExpect(Page.texts(
                        "tbody tr",
                        hasItem(allOf(containsString(name), containsString("After the fact (remedial): mandated.")))));
    }

    @Test
    void hrSetsForHowManyDaysASessionsOutcomeCanBeCorrected() throws Exception {
        Programme p = fixtures.programme();
        assertThat(p.getOutcomeCorrectionDays()).as("the default window").isEqualTo(14);
        mvc.perform(get("/programmes/{id}/edit", p.getId()).with(fixtures.as(fixtures.hr())))
                .andExpect(Page.count("input[name=outcomeCorrectionDays]", is(1)));
        mvc.perform(save(p, p.getName(), "PROACTIVE", "", p.getVersion()).param("outcomeCorrectionDays", "91"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#outcomeCorrectionDays-error", is(1)));
        mvc.perform(save(p, p.getName(), "PROACTIVE", "", p.getVersion()).param("outcomeCorrectionDays", "7"))
                .andExpect(redirectedUrl("/programmes"));
        assertThat(programmes.findById(p.getId()).orElseThrow().getOutcomeCorrectionDays())
                .isEqualTo(7);
    }

    @Test
    void anAfterTheFactProgrammeMustSayWhetherItIsMandatedAndOthersForgetIt() throws Exception {
        Programme p = fixtures.programme();
        mvc.perform(save(p, p.getName(), "AFTER_THE_FACT", "", p.getVersion()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say whether this remedial coaching is mandated")));
        mvc.perform(save(p, p.getName(), "PROACTIVE", "true", p.getVersion())).andExpect(redirectedUrl("/programmes"));
        assertThat(programmes.findById(p.getId()).orElseThrow().getMandated()).isNull();
    }

    @Test
    void unreadableValuesGetPlainMessagesNextToTheirFields() throws Exception {
        Programme p = fixtures.programme();
        mvc.perform(save(p, p.getName(), "NOT_A_TIMING", "maybe", p.getVersion()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of the options")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Failed to convert"))));
    }

    @Test
    void aStaleEditIsAConflictThatKeepsWhatWasTyped() throws Exception {
        Programme p = fixtures.programme();
        mvc.perform(save(p, p.getName(), "JUST_IN_TIME", "", p.getVersion())).andExpect(redirectedUrl("/programmes"));
        mvc.perform(save(
                        p,
                        "Typed name " + UUID.randomUUID().toString().substring(0, 4),
                        "PROACTIVE",
                        "",
                        p.getVersion()))
                .andExpect(status().isConflict())
                .andExpect(Page.text("#conflict h2", is("Someone else saved this programme after you opened it")))
                .andExpect(Page.value("#name", startsWith("Typed name")));
    }

    @Test
    void checkInsComeEveryOneToTwentySessionsAndNamesStayUnique() throws Exception {
        Programme p = fixtures.programme();
        Programme other = fixtures.programme();
        mvc.perform(save(p, other.getName().toUpperCase(), "PROACTIVE", "", p.getVersion()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A programme with this name already exists")));
        mvc.perform(save(p, p.getName(), "PROACTIVE", "", p.getVersion(), "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("At least every session")));
        mvc.perform(get("/programmes/{id}/edit", 987654321L).with(fixtures.as(fixtures.hr())))
                .andExpect(status().isNotFound());
    }
}
