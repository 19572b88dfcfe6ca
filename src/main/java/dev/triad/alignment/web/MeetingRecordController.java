package dev.triad.alignment.web;

import dev.triad.account.CurrentUser;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.LeaderInputTopic;
import dev.triad.engagement.EngagementAction;
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

/**
 * What is prepared and recorded on an alignment meeting's page: objectives, checklist, leader input (the outcome and
 * its confirmations: {@link MeetingOutcomeController}).
 */
@Controller
@RequestMapping("/engagements/{id}/alignment/meetings/{meetingId}")
class MeetingRecordController {

    private final AlignmentService alignment;
    private final MeetingPages pages;

    MeetingRecordController(AlignmentService alignment, MeetingPages pages) {
        this.alignment = alignment;
        this.pages = pages;
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
        return pages.onPage(id, meetingId, me, result, model, redirect, EngagementAction.PREPARE_OBJECTIVES)
                .onStale(() -> pages.conflict(id, meetingId, me, form, model, response))
                .run(
                        () -> alignment.prepareObjectives(id, meetingId, form.getVersion(), form.getObjectives(), me),
                        MeetingPages.back(id, meetingId, "objectives").flash("flash.alignment.objectives"));
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
        return pages.onPage(id, meetingId, me, result, model, redirect, EngagementAction.RECORD_MEETING)
                .onStale(() -> pages.conflict(id, meetingId, me, form, model, response))
                .run(
                        () -> alignment.recordChecklist(id, meetingId, form.entries(), me),
                        MeetingPages.back(id, meetingId, "checklist").flash("flash.alignment.checklist"));
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
        return pages.onPage(id, meetingId, me, result, model, redirect, EngagementAction.RECORD_MEETING)
                .run(
                        () -> alignment.recordLeaderInput(id, meetingId, form.toWords(), me),
                        MeetingPages.back(id, meetingId, "leader-input")
                                .flash(
                                        form.getTopic() == LeaderInputTopic.GOAL
                                                ? "flash.alignment.leaderInput.goal"
                                                : "flash.alignment.leaderInput"));
    }
}
