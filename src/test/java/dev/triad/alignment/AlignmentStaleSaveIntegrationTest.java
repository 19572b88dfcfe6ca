package dev.triad.alignment;

import dev.triad.account.User;
import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.engagement.IntakeInterviews;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two saves from the same page version of a meeting's objectives, checklist and outcome, of the intake interview and of
 * a progress report draft: the second is a 409 that shows its text beside the first's, and the first stays saved. A
 * confirmation given on an outcome that changed meanwhile is refused with a clear message.
 */
@IntegrationTest
class AlignmentStaleSaveIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AlignmentService alignment;

    @Autowired
    IntakeInterviews interviews;

    @Autowired
    ProgressReportService reports;

    @Autowired
    ProgressReports storedReports;

    Triad t;
    AlignmentMeeting meeting;

    @BeforeEach
    void aMeetingThatHasTakenPlace() {
        t = fixtures.aTriad();
        meeting = fixtures.meetingThatBegan(
                t.id(),
                MeetingKind.INITIAL,
                LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.MINUTES),
                60,
                "Room 4",
                fixtures.principal(t.client()));
    }

    @Test
    void staleObjectivesAreA409AndTheFirstStay() throws Exception {
        AlignmentMeeting future = alignment.schedule(
                t.id(),
                new NewMeeting(
                        MeetingKind.MID_POINT,
                        LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.MINUTES),
                        60,
                        "Room 4"),
                fixtures.principal(t.client()));
        String opened = String.valueOf(alignment.meeting(t.id(), future.getId()).getVersion());
        String url = "/engagements/" + t.id() + "/alignment/meetings/" + future.getId() + "/objectives";
        mvc.perform(as(post(url), t.client()).param("version", opened).param("objectives", "Present the hiring plan"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(post(url), t.client()).param("version", opened).param("objectives", "Present the budget"))
                .andExpect(status().isConflict())
                .andExpect(Page.text(
                        "#conflict h2", is("Someone else saved this meeting’s objectives after you opened it")))
                .andExpect(Page.texts("#conflict .stale-edit-typed", hasItem("Present the budget")))
                .andExpect(Page.texts("#conflict .stale-edit-stored", hasItem("Present the hiring plan")));
        assertThat(alignment.meeting(t.id(), future.getId()).getClientObjectives())
                .isEqualTo("Present the hiring plan");
    }

    @Test
    void aStaleChecklistIsA409AndTheFirstNotesStay() throws Exception {
        AgendaItem first = alignment
                .page(t.id(), meeting.getId(), fixtures.principal(t.coach()))
                .agenda()
                .get(0);
        String url = meetingUrl() + "/checklist";
        String opened = String.valueOf(first.getVersion());
        mvc.perform(as(post(url), t.coach())
                        .param("items[0].id", first.getId().toString())
                        .param("items[0].version", opened)
                        .param("items[0].covered", "true")
                        .param("items[0].notes", "Roles agreed in the room"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(post(url), t.coach())
                        .param("items[0].id", first.getId().toString())
                        .param("items[0].version", opened)
                        .param("items[0].notes", "Roles left for next time"))
                .andExpect(status().isConflict())
                .andExpect(
                        Page.texts("#conflict .stale-edit-typed", hasItem(containsString("Roles left for next time"))))
                .andExpect(Page.texts(
                        "#conflict .stale-edit-stored", hasItem(containsString("Roles agreed in the room"))));
        AgendaItem after = alignment
                .page(t.id(), meeting.getId(), fixtures.principal(t.coach()))
                .agenda()
                .get(0);
        assertThat(after.getNotes()).isEqualTo("Roles agreed in the room");
        assertThat(after.isCovered()).isTrue();
    }

    @Test
    void aStaleOutcomeIsA409AndAConfirmationOfAChangedOutcomeIsRefused() throws Exception {
        String url = meetingUrl() + "/outcome";
        mvc.perform(as(post(url), t.coach())
                        .param("agreedGoals", "Delegate the review")
                        .param("agreedMeasures", "Two reviews")
                        .param("reportCadence", "MONTHLY"))
                .andExpect(status().is3xxRedirection());
        AlignmentOutcome first = current();
        // the client's page shows version 1; the coach rewrites it in place (nobody has confirmed yet) from that page
        mvc.perform(as(post(url), t.coach())
                        .param("outcomeId", first.getId().toString())
                        .param("outcomeVersion", String.valueOf(first.getVersion()))
                        .param("agreedGoals", "Delegate the review and the hiring")
                        .param("agreedMeasures", "Two reviews, one hire")
                        .param("reportCadence", "MONTHLY"))
                .andExpect(status().is3xxRedirection());
        // a second window of the coach still shows the first wording
        mvc.perform(as(post(url), t.coach())
                        .param("outcomeId", first.getId().toString())
                        .param("outcomeVersion", String.valueOf(first.getVersion()))
                        .param("agreedGoals", "Only the review")
                        .param("agreedMeasures", "One review")
                        .param("reportCadence", "MONTHLY"))
                .andExpect(status().isConflict())
                .andExpect(Page.text("#conflict h2", is("Someone else saved this outcome after you opened it")))
                .andExpect(Page.texts("#conflict .stale-edit-typed", hasItem("Only the review")))
                .andExpect(Page.texts("#conflict .stale-edit-stored", hasItem("Delegate the review and the hiring")));
        assertThat(current().getAgreedGoals()).isEqualTo("Delegate the review and the hiring");

        // the client confirms from the page showing the first wording: refused, nothing confirmed
        mvc.perform(as(post(meetingUrl() + "/confirm"), t.client())
                        .param("outcomeId", first.getId().toString())
                        .param("outcomeVersion", String.valueOf(first.getVersion())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "error", containsString("The coach changed the outcome after you opened the page")));
        assertThat(current().awaits(dev.triad.engagement.Participation.CLIENT)).isTrue();
        AlignmentOutcome now = current();
        mvc.perform(as(post(meetingUrl() + "/confirm"), t.client())
                        .param("outcomeId", now.getId().toString())
                        .param("outcomeVersion", String.valueOf(now.getVersion())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("message"));
        assertThat(current().awaits(dev.triad.engagement.Participation.CLIENT)).isFalse();
    }

    @Test
    void aStaleIntakeInterviewIsA409AndTheFirstStays() throws Exception {
        String url = "/engagements/" + t.id() + "/intake";
        mvc.perform(as(post(url), t.coach()).param("whatPrompted", "A promotion"))
                .andExpect(status().is3xxRedirection());
        String opened = String.valueOf(interviews.findById(t.id()).orElseThrow().getVersion());
        mvc.perform(as(post(url), t.coach()).param("version", opened).param("whatPrompted", "A promotion to VP"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(post(url), t.coach()).param("version", opened).param("whatPrompted", "A 360 review"))
                .andExpect(status().isConflict())
                .andExpect(
                        Page.text("#conflict h2", is("Someone else saved this intake interview after you opened it")))
                .andExpect(Page.value("textarea#whatPrompted", is("A 360 review")))
                .andExpect(Page.texts("#conflict .stale-edit-typed", hasItem("A 360 review")))
                .andExpect(Page.texts("#conflict .stale-edit-stored", hasItem("A promotion to VP")));
        assertThat(interviews.findById(t.id()).orElseThrow().getWhatPrompted()).isEqualTo("A promotion to VP");
    }

    @Test
    void aStaleProgressReportDraftIsA409AndTheFirstStays() throws Exception {
        ProgressReport draft =
                reports.write(t.id(), new ReportText("Delegate", null, null, null), fixtures.principal(t.client()));
        String url = "/engagements/" + t.id() + "/reports/" + draft.getId();
        String opened = String.valueOf(
                storedReports.findById(draft.getId()).orElseThrow().getVersion());
        mvc.perform(as(post(url), t.client())
                        .param("version", opened)
                        .param("committed", "Delegate")
                        .param("done", "Sam chairs"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(post(url), t.client())
                        .param("version", opened)
                        .param("committed", "Delegate")
                        .param("done", "I chaired"))
                .andExpect(status().isConflict())
                .andExpect(Page.text("#conflict h2", is("Someone else saved this progress report after you opened it")))
                .andExpect(Page.texts("#conflict .stale-edit-typed", hasItem("I chaired")))
                .andExpect(Page.texts("#conflict .stale-edit-stored", hasItem("Sam chairs")));
        assertThat(storedReports.findById(draft.getId()).orElseThrow().getDone())
                .isEqualTo("Sam chairs");
    }

    private AlignmentOutcome current() {
        return alignment
                .page(t.id(), meeting.getId(), fixtures.principal(t.coach()))
                .current()
                .orElseThrow();
    }

    private String meetingUrl() {
        return "/engagements/" + t.id() + "/alignment/meetings/" + meeting.getId();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, User who) {
        return request.with(fixtures.as(who)).with(csrf());
    }
}
