package dev.triad.session.web;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.EngagementAction;
import dev.triad.session.SessionService;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What is written on a session's page: the client's agenda, the coach's summary and private note, the commitments. */
@Controller
@RequestMapping("/engagements/{id}/sessions/{sessionId}")
class SessionNotesController {

    private final SessionService sessions;
    private final SessionPages pages;
    private final FormPost post;

    SessionNotesController(SessionService sessions, SessionPages pages, FormPost post) {
        this.sessions = sessions;
        this.pages = pages;
        this.post = post;
    }

    @ModelAttribute
    void common(Model model) {
        pages.common(model);
    }

    @PostMapping("/agenda")
    String agenda(
            @PathVariable Long id,
            @PathVariable Long sessionId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("notes") SessionNotesForm notes,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return note(id, sessionId, me, "agenda", notes, result, model, redirect, response)
                .run(
                        () -> sessions.writeAgenda(id, sessionId, notes.getVersion(), notes.getAgenda(), me),
                        back(id, sessionId).flash("flash.session.agenda"));
    }

    @PostMapping("/summary")
    String summary(
            @PathVariable Long id,
            @PathVariable Long sessionId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("notes") SessionNotesForm notes,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return note(id, sessionId, me, "summary", notes, result, model, redirect, response)
                .run(
                        () -> sessions.recordSummary(id, sessionId, notes.getVersion(), notes.getSummary(), me),
                        back(id, sessionId).flash("flash.session.summary"));
    }

    @PostMapping("/private-note")
    String privateNote(
            @PathVariable Long id,
            @PathVariable Long sessionId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("notes") SessionNotesForm notes,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return note(id, sessionId, me, "privateNote", notes, result, model, redirect, response)
                .run(
                        () -> sessions.writePrivateNote(
                                id, sessionId, notes.getNoteVersion(), notes.getPrivateNote(), me),
                        back(id, sessionId).flash("flash.session.privateNote"));
    }

    @PostMapping("/commitments")
    String commitments(
            @PathVariable Long id,
            @PathVariable Long sessionId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("commitmentsForm") CommitmentsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> pages.detail(id, sessionId, me, model))
                // someone who may not record commitments is refused before being told what is wrong with the form
                .whenInvalid(() -> sessions.viewFor(id, sessionId, EngagementAction.RECORD_SESSION_COMMITMENTS, me))
                .field("description", "commitments")
                .run(
                        () -> sessions.recordCommitments(id, sessionId, form.lines(), form.getDueOn(), me)
                                .size(),
                        made -> made == 1
                                ? back(id, sessionId).flash("flash.session.commitment")
                                : back(id, sessionId).flash("flash.session.commitments", String.valueOf(made)));
    }

    /** One field of the shared notes form: only its errors stop the save, and a stale save shows its conflict. */
    private FormPost.Form note(
            Long id,
            Long sessionId,
            CurrentUser me,
            String field,
            SessionNotesForm notes,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return post.form(result, redirect, () -> pages.detail(id, sessionId, me, model))
                .checking(field)
                .onStale(() -> pages.conflict(id, sessionId, me, field, notes, model, response));
    }

    private static Done back(Long id, Long sessionId) {
        return Done.redirect("/engagements/" + id + "/sessions/" + sessionId);
    }
}
