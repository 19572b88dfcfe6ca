package dev.triad.alignment.web;

import dev.triad.account.CurrentUser;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.AlignmentService.SeenOutcome;
import dev.triad.engagement.EngagementAction;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An alignment meeting's outcome: writing it, its confirmations and marking the meeting held. */
@Controller
@RequestMapping("/engagements/{id}/alignment/meetings/{meetingId}")
class MeetingOutcomeController {

    private final AlignmentService alignment;
    private final MeetingPages pages;
    private final FormPost post;

    MeetingOutcomeController(AlignmentService alignment, MeetingPages pages, FormPost post) {
        this.alignment = alignment;
        this.pages = pages;
        this.post = post;
    }

    @ModelAttribute
    void common(Model model) {
        pages.common(model);
    }

    @PostMapping("/outcome")
    String outcome(
            @PathVariable Long id,
            @PathVariable Long meetingId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("outcomeForm") OutcomeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.onPage(id, meetingId, me, result, model, redirect, EngagementAction.WRITE_ALIGNMENT_OUTCOME)
                .onStale(() -> pages.conflict(id, meetingId, me, form, model, response))
                .run(
                        () -> alignment.writeOutcome(id, meetingId, form.seen(), form.toText(), me),
                        written -> MeetingPages.back(id, meetingId, "outcome")
                                .flash("flash.alignment.outcome", String.valueOf(written.getNumber())));
    }

    @PostMapping("/confirm")
    String confirm(
            @PathVariable Long id,
            @PathVariable Long meetingId,
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) Long outcomeId,
            @RequestParam(required = false) Long outcomeVersion,
            RedirectAttributes redirect) {
        String back = "/engagements/" + id + "/alignment/meetings/" + meetingId + "#outcome";
        return post.action(
                redirect,
                () -> alignment.confirm(id, meetingId, new SeenOutcome(outcomeId, outcomeVersion), me),
                outcome -> Done.redirect(back)
                        .flash(
                                outcome.isConfirmed()
                                        ? "flash.alignment.confirmed.all"
                                        : "flash.alignment.confirmed.pending"),
                back);
    }

    @PostMapping("/held")
    String held(
            @PathVariable Long id,
            @PathVariable Long meetingId,
            @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        String back = "/engagements/" + id + "/alignment/meetings/" + meetingId;
        return post.action(
                redirect,
                () -> alignment.markHeld(id, meetingId, me),
                Done.redirect(back).flash("flash.alignment.held"),
                back);
    }
}
