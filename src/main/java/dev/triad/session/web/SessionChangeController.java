package dev.triad.session.web;

import dev.triad.account.CurrentUser;
import dev.triad.session.SessionService;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moving or cancelling a scheduled session, each with what it does to the hours before it is done. */
@Controller
@RequestMapping("/engagements/{id}/sessions/{sessionId}")
class SessionChangeController {

    private final SessionService sessions;
    private final SessionPages pages;
    private final FormPost post;

    SessionChangeController(SessionService sessions, SessionPages pages, FormPost post) {
        this.sessions = sessions;
        this.pages = pages;
        this.post = post;
    }

    @ModelAttribute
    void common(Model model) {
        pages.common(model);
    }

    @GetMapping("/cancel")
    String cancelForm(
            @PathVariable Long id,
            @PathVariable Long sessionId,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("change") ChangeForm change,
            Model model) {
        return pages.change(id, sessionId, me, model, "session/cancel");
    }

    @PostMapping("/cancel")
    String cancel(
            @PathVariable Long id,
            @PathVariable Long sessionId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("change") ChangeForm change,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        // The cancel page has only the reason; the new time of the shared form is not read here.
        return post.form(result, redirect, () -> pages.change(id, sessionId, me, model, "session/cancel"))
                .checking("reason")
                .allOn(null)
                .run(
                        () -> sessions.cancel(id, sessionId, change.getReason(), me),
                        cancelled -> Done.redirect("/engagements/" + id + "/sessions")
                                .flashText(OutcomeMessages.cancelled(
                                        pages.when(cancelled.session()), cancelled.outcome())));
    }

    @GetMapping("/move")
    String moveForm(
            @PathVariable Long id,
            @PathVariable Long sessionId,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("change") ChangeForm change,
            Model model) {
        return pages.change(id, sessionId, me, model, "session/move");
    }

    @PostMapping("/move")
    String move(
            @PathVariable Long id,
            @PathVariable Long sessionId,
            @AuthenticationPrincipal CurrentUser me,
            @Validated({Default.class, ChangeForm.Move.class}) @ModelAttribute("change") ChangeForm change,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> pages.change(id, sessionId, me, model, "session/move"))
                .allOn("startsAt")
                .askingWhichTime(model)
                .run(
                        () -> sessions.move(
                                id, sessionId, change.getStartsAt(), change.getOccurrence(), change.getReason(), me),
                        moved -> Done.redirect("/engagements/" + id + "/sessions/"
                                        + moved.to().getId())
                                .flashText(OutcomeMessages.moved(pages.when(moved.to()), moved.outcome())));
    }
}
