package dev.triad.alignment.web;

import dev.triad.account.CurrentUser;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.AlignmentService.SeenOutcome;
import dev.triad.alignment.LeaderInputTopic;
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

/** What is recorded on an alignment meeting's page: objectives, checklist, leader input, the outcome and its confirmations. */
@Controller
@RequestMapping("/engagements/{id}/alignment/meetings/{meetingId}")
class MeetingRecordController {

    private final AlignmentService alignment;
    private final MeetingPages pages;
    private final FormPost post;

    MeetingRecordController(AlignmentService alignment, MeetingPages pages, FormPost post) {
        this.alignment = alignment;
        this.pages = pages;
        this.post = post;
    }

    @ModelAttribute
    void common(Model model) {
        pages.common(model);
    }

    @PostMapping("/objectives")
    String objectives(
            @PathVariable Long id,
            @PathVariable Long meetingId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("objectivesForm") ObjectivesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return onPage(id, meetingId, me, result, model, redirect, EngagementAction.PREPARE_OBJECTIVES)
                .onStale(() -> pages.conflict(id, meetingId, me, form, model, response))
                .run(
                        () -> alignment.prepareObjectives(id, meetingId, form.getVersion(), form.getObjectives(), me),
                        back(id, meetingId, "objectives").flash("flash.alignment.objectives"));
    }

    @PostMapping("/checklist")
    String checklist(
            @PathVariable Long id,
            @PathVariable Long meetingId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("checklist") ChecklistForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return onPage(id, meetingId, me, result, model, redirect, EngagementAction.RECORD_MEETING)
                .onStale(() -> pages.conflict(id, meetingId, me, form, model, response))
                .run(
                        () -> alignment.recordChecklist(id, meetingId, form.entries(), me),
                        back(id, meetingId, "checklist").flash("flash.alignment.checklist"));
    }

    /** Leader input is append-only: one racing a change to the meeting gets the shared 409 page. */
    @PostMapping("/leader-input")
    String leaderInput(
            @PathVariable Long id,
            @PathVariable Long meetingId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("leaderInput") LeaderInputForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return onPage(id, meetingId, me, result, model, redirect, EngagementAction.RECORD_MEETING)
                .run(
                        () -> alignment.recordLeaderInput(id, meetingId, form.toWords(), me),
                        back(id, meetingId, "leader-input")
                                .flash(
                                        form.getTopic() == LeaderInputTopic.GOAL
                                                ? "flash.alignment.leaderInput.goal"
                                                : "flash.alignment.leaderInput"));
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
        return onPage(id, meetingId, me, result, model, redirect, EngagementAction.WRITE_ALIGNMENT_OUTCOME)
                .onStale(() -> pages.conflict(id, meetingId, me, form, model, response))
                .run(
                        () -> alignment.writeOutcome(id, meetingId, form.seen(), form.toText(), me),
                        written -> back(id, meetingId, "outcome")
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

    /** A form on the meeting's page, which is rendered again when the form cannot be saved. */
    private FormPost.Form onPage(
            Long id,
            Long meetingId,
            CurrentUser me,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            EngagementAction action) {
        return post.form(result, redirect, () -> pages.detail(id, meetingId, me, model))
                // someone who may not make this change is refused before being told what is wrong with the form
                .whenInvalid(() -> alignment.pageFor(id, meetingId, action, me));
    }

    private static Done back(Long id, Long meetingId, String anchor) {
        return Done.redirect("/engagements/" + id + "/alignment/meetings/" + meetingId + "#" + anchor);
    }
}
