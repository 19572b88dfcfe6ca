package dev.triad.impact;

import dev.triad.support.Activity;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Impact measures agreed in alignment: recorded by client and coach, read by the leader, missing ones said plainly. */
@IntegrationTest
class ImpactMeasureIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Autowired
    ImpactMeasures measures;

    @Autowired
    JdbcTemplate jdbc;

    Activity activity;

    @BeforeEach
    void activity() {
        activity = new Activity(context);
    }

    @Test
    void aProactiveEngagementWithoutMeasuresSaysSoAndTheCoachIsReminded() throws Exception {
        Triad t = fixtures.aTriad();
        jdbc.update("update engagement set phase = 'COACHING' where id = ?", t.id());
        mvc.perform(get("/engagements/{id}/evaluation", t.id()).with(fixtures.as(fixtures.hr())))
                .andExpect(content().string(containsString("Impact measures are missing.")));
        mvc.perform(get("/").with(fixtures.as(t.coach())))
                .andExpect(Page.texts(
                        "#reminders [role=alert] > span",
                        hasItem(containsString(t.client().getFullName()
                                + "’s engagement is in a proactive programme and has no impact measures yet."))));
        activity.measure(t, "Productivity", "%", "70", null);
        mvc.perform(get("/engagements/{id}/evaluation", t.id()).with(fixtures.as(t.coach())))
                .andExpect(content().string(not(containsString("Impact measures are missing."))));
        mvc.perform(get("/").with(fixtures.as(t.coach())))
                .andExpect(content().string(not(containsString("has no impact measures yet"))));
    }

    @Test
    void theClientRecordsAndUpdatesAMeasureAndTheLeaderReadsIt() throws Exception {
        Triad t = fixtures.aTriad();
        String base = "/engagements/" + t.id() + "/impact-measures";
        mvc.perform(post(base)
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("name", "")
                        .param("unit", "")
                        .param("before", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Name the measure")))
                .andExpect(content().string(containsString("Give the unit")))
                .andExpect(content().string(containsString("Enter a number, such as 12 or 3.5")));
        mvc.perform(post(base)
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("name", "Absenteeism")
                        .param("unit", "days per quarter")
                        .param("before", "6"))
                .andExpect(redirectedUrl("/engagements/" + t.id() + "/evaluation#impact"));
        mvc.perform(post(base)
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("name", "absenteeism")
                        .param("unit", "days")
                        .param("before", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already has a measure with this name")));
        ImpactMeasure measure = measures.findByEngagementIdOrderById(t.id()).get(0);
        mvc.perform(post(base + "/" + measure.getId())
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("name", "Absenteeism")
                        .param("unit", "days per quarter")
                        .param("before", "6")
                        .param("after", "2.5")
                        .param("version", String.valueOf(measure.getVersion())))
                .andExpect(redirectedUrl("/engagements/" + t.id() + "/evaluation#impact"));
        mvc.perform(post(base + "/" + measure.getId())
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("name", "Absenteeism")
                        .param("unit", "days per quarter")
                        .param("before", "7")
                        .param("after", "3")
                        .param("version", String.valueOf(measure.getVersion())))
                .andExpect(status().isConflict())
                .andExpect(Page.text("#conflict h2", is("Someone else saved this impact measure after you opened it")));
        mvc.perform(get("/engagements/{id}/evaluation", t.id()).with(fixtures.as(t.leader())))
                .andExpect(Page.texts(
                        "#impact tbody tr", hasItem(allOf(containsString("Absenteeism"), containsString("-3.5")))))
                .andExpect(content().string(not(containsString("Add a measure"))));
        mvc.perform(post(base + "/" + measure.getId() + "/delete")
                        .with(fixtures.as(t.leader()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        Triad other = fixtures.aTriad();
        mvc.perform(get("/engagements/{id}/impact-measures/{m}/edit", other.id(), measure.getId())
                        .with(fixtures.as(other.coach())))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/" + measure.getId() + "/delete")
                        .with(fixtures.as(t.client()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/engagements/" + t.id() + "/evaluation#impact"));
        assertThat(measures.countByEngagementId(t.id())).isZero();
    }
}
