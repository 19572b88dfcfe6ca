package dev.triad.session.web;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.EngagementAction;
import dev.triad.session.SessionService;
import dev.triad.session.SessionStatus;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.stream.Stream;

/** What became of a session: held, no-show and a correction of either ({@link SessionChangeController}: moving, cancelling). */
@Controller
@RequestMapping("/engagements/{id}/sessions/{sessionId}")
class SessionOutcomeController {

    private final SessionService sessions;
    private final SessionPages pages;
    private final FormPost post;

    SessionOutcomeController(SessionService sessions, SessionPages pages, FormPost post) {
        this.sessions = sessions;
        this.pages = pages;
        this.post = post;
    }

    @ModelAttribute
    void common(Model model) {
        pages.common(model);
    }

    /** The step before "mark as held": what goes on the ledger. */
    @GetMapping("/held")
    String confirmHeld(
            @PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me, Model model) {
        return confirmation(id, sessionId, me, model, "held");
    }

    @PostMapping("/held")
    String held(
            @PathVariable Long id,
            @PathVariable Long sessionId,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("notes") SessionNotesForm notes,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> pages.detail(id, sessionId, me, model))
                .notValidated()
                .run(
                        () -> sessions.hold(id, sessionId, me),
                        held -> back(id, sessionId).flashText(OutcomeMessages.held(held)));
    }

    /** The step before "client did not come": the time deducted, and a run of cancellations it makes. */
    @GetMapping("/no-show")
    String confirmNoShow(
            @PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me, Model model) {
        return confirmation(id, sessionId, me, model, "no-show");
    }

    @PostMapping("/no-show")
    String noShow(
            @PathVariable Long id,
            @PathVariable Long sessionId,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("notes") SessionNotesForm notes,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> pages.detail(id, sessionId, me, model))
                .notValidated()
                .run(
                        () -> sessions.recordNoShow(id, sessionId, me),
                        noShow -> back(id, sessionId).flashText(OutcomeMessages.noShow(noShow)));
    }

    private String confirmation(Long id, Long sessionId, CurrentUser me, Model model, String what) {
        var view = sessions.viewFor(id, sessionId, EngagementAction.RECORD_SESSION_OUTCOME, me);
        model.addAttribute("view", view);
        model.addAttribute("what", what);
        model.addAttribute("outcome", "held".equals(what) ? view.ifHeld() : view.ifNoShow());
        return "session/outcome";
    }

    @GetMapping("/correct")
    String correctForm(
            @PathVariable Long id,
            @PathVariable Long sessionId,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("correction") CorrectionForm correction,
            Model model) {
        return correction(id, sessionId, me, model);
    }

    @PostMapping("/correct")
    String correct(
            @PathVariable Long id,
            @PathVariable Long sessionId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("correction") CorrectionForm correction,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> correction(id, sessionId, me, model))
                .allOn("outcome")
                .field("reason", "reason")
                .run(
                        () -> sessions.correct(id, sessionId, correction.getOutcome(), correction.getReason(), me),
                        outcome -> back(id, sessionId).flashText(OutcomeMessages.corrected(outcome)));
    }

    /** The correction form, with what each outcome it may take would put on the ledger. */
    private String correction(Long id, Long sessionId, CurrentUser me, Model model) {
        var view = sessions.viewFor(id, sessionId, EngagementAction.CORRECT_SESSION_OUTCOME, me);
        model.addAttribute("view", view);
        model.addAttribute(
                "choices",
                Stream.of(SessionStatus.HELD, SessionStatus.NO_SHOW, SessionStatus.CANCELLED)
                        .filter(s -> s != view.session().getStatus())
                        .toList());
        return "session/correct";
    }

    private static Done back(Long id, Long sessionId) {
        return Done.redirect("/engagements/" + id + "/sessions/" + sessionId);
    }
}
