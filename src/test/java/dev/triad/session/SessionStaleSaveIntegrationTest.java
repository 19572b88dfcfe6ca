package dev.triad.session;

import dev.triad.account.User;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two saves of a session's texts from the same page version: the second is a 409 that keeps its text, nothing is overwritten. */
@IntegrationTest
class SessionStaleSaveIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    @Autowired
    CoachingSessions stored;

    @Autowired
    PrivateNotes notes;

    Triad a;

    @BeforeEach
    void engagement() {
        a = fixtures.aTriad();
    }

    @Test
    void aStaleAgendaIsA409ThatKeepsTheTypedTextBesideTheSavedOne() throws Exception {
        CoachingSession session = sessionIn(LocalDateTime.now().plusDays(5));
        String opened = version(session);
        mvc.perform(save(session, "agenda", a.client(), "version", opened, "agenda", "First window: the budget"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(save(session, "agenda", a.client(), "version", opened, "agenda", "Second window: my rival"))
                .andExpect(status().isConflict())
                .andExpect(Page.text("#conflict h2", is("Someone else saved this session agenda after you opened it")))
                .andExpect(
                        Page.texts("#conflict .stale-edit-typed", hasItem(containsString("Second window: my rival"))))
                .andExpect(Page.texts(
                        "#conflict .stale-edit-stored", hasItem(containsString("First window: the budget"))));
        assertThat(stored.findById(session.getId()).orElseThrow().getAgenda()).isEqualTo("First window: the budget");

        // re-applied on purpose from the conflict page's version, it goes through
        mvc.perform(save(
                        session,
                        "agenda",
                        a.client(),
                        "version",
                        version(session),
                        "agenda",
                        "Second window: my rival"))
                .andExpect(status().is3xxRedirection());
        assertThat(stored.findById(session.getId()).orElseThrow().getAgenda()).isEqualTo("Second window: my rival");
    }

    @Test
    void aStaleSummaryIsA409AndTheFirstSummaryStays() throws Exception {
        CoachingSession session = heldSession();
        String opened = version(session);
        mvc.perform(save(session, "summary", a.coach(), "version", opened, "summary", "We mapped the stakeholders"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(save(session, "summary", a.coach(), "version", opened, "summary", "We rehearsed the board talk"))
                .andExpect(status().isConflict())
                .andExpect(Page.texts(
                        "#conflict .stale-edit-typed", hasItem(containsString("We rehearsed the board talk"))))
                .andExpect(Page.texts(
                        "#conflict .stale-edit-stored", hasItem(containsString("We mapped the stakeholders"))));
        assertThat(stored.findById(session.getId()).orElseThrow().getSummary()).isEqualTo("We mapped the stakeholders");
    }

    @Test
    void aPrivateNoteWrittenTwiceFromAnEmptyPageKeepsTheFirstAndShowsTheSecond() throws Exception {
        CoachingSession session = heldSession();
        mvc.perform(save(session, "private-note", a.coach(), "privateNote", "Seems tired of the role"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(save(session, "private-note", a.coach(), "privateNote", "Ready for a stretch goal"))
                .andExpect(status().isConflict())
                .andExpect(
                        Page.texts("#conflict .stale-edit-typed", hasItem(containsString("Ready for a stretch goal"))))
                .andExpect(
                        Page.texts("#conflict .stale-edit-stored", hasItem(containsString("Seems tired of the role"))));
        assertThat(notes.findById(session.getId()).orElseThrow().getText()).isEqualTo("Seems tired of the role");
        long noteVersion = notes.findById(session.getId()).orElseThrow().getVersion();
        mvc.perform(save(
                        session,
                        "private-note",
                        a.coach(),
                        "noteVersion",
                        String.valueOf(noteVersion),
                        "privateNote",
                        "Ready for a stretch goal"))
                .andExpect(status().is3xxRedirection());
        assertThat(notes.findById(session.getId()).orElseThrow().getText()).isEqualTo("Ready for a stretch goal");
    }

    @Test
    void cancellingASessionAlreadyMovedIsRefusedWithAClearMessage() throws Exception {
        CoachingSession session = sessionIn(LocalDateTime.now().plusDays(6));
        sessions.move(
                a.id(),
                session.getId(),
                LocalDateTime.now().plusDays(8).truncatedTo(ChronoUnit.MINUTES),
                "Travel",
                fixtures.principal(a.coach()));
        mvc.perform(post("/engagements/{id}/sessions/{s}/cancel", a.id(), session.getId())
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("reason", "Ill"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no longer scheduled")));
        assertThat(stored.findById(session.getId()).orElseThrow().getStatus()).isEqualTo(SessionStatus.RESCHEDULED);
    }

    private CoachingSession heldSession() throws Exception {
        CoachingSession session = sessionIn(LocalDateTime.now().minusHours(2));
        mvc.perform(post("/engagements/{id}/sessions/{s}/held", a.id(), session.getId())
                        .with(fixtures.as(a.coach()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("message"));
        return session;
    }

    /** A session at {@code startsAt}; one in the past was booked ahead and its time has come since. */
    private CoachingSession sessionIn(LocalDateTime startsAt) {
        return fixtures.videoSession(a, startsAt, null);
    }

    private String version(CoachingSession session) {
        return String.valueOf(stored.findById(session.getId()).orElseThrow().getVersion());
    }

    private MockHttpServletRequestBuilder save(CoachingSession session, String what, User by, String... params) {
        MockHttpServletRequestBuilder request = post("/engagements/{id}/sessions/{s}/" + what, a.id(), session.getId())
                .with(fixtures.as(by))
                .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }
}
