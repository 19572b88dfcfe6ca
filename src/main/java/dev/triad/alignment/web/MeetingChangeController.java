package dev.triad.alignment.web;

import dev.triad.account.CurrentUser;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.AlignmentService.MeetingPage;
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

/** Moving and cancelling an alignment meeting: pages only for the client and the coach. */
@Controller
@RequestMapping("/engagements/{id}/alignment")
class MeetingChangeController {

    private final AlignmentService alignment;
    private final MeetingPages pages;
    private final FormPost post;

    MeetingChangeController(AlignmentService alignment, MeetingPages pages, FormPost post) {
        this.alignment = alignment;
        this.pages = pages;
        this.post = post;
    }

    @ModelAttribute
    void common(Model model) {
        pages.common(model);
    }

    @GetMapping("/meetings/{meetingId}/move")
    String moveForm(
            @PathVariable Long id,
            @PathVariable Long meetingId,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("change") MeetingChangeForm change,
            Model model) {
        MeetingPage page = pages.changePage(id, meetingId, me, model);
        if (change.getStartsAt() == null) {
            change.setStartsAt(pages.typedBy(me, page.meeting().getStartsAt()));
            change.setMinutes(page.meeting().getMinutes());
            change.setLocation(page.meeting().getLocation());
        }
        return "alignment/meeting-move";
    }

    @PostMapping("/meetings/{meetingId}/move")
    String move(
            @PathVariable Long id,
            @PathVariable Long meetingId,
            @AuthenticationPrincipal CurrentUser me,
            @Validated({Default.class, MeetingChangeForm.Move.class}) @ModelAttribute("change")
                    MeetingChangeForm change,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> {
                    pages.changePage(id, meetingId, me, model);
                    return "alignment/meeting-move";
                })
                .otherwiseOn("startsAt")
                .askingWhichTime(model)
                .run(
                        () -> alignment.move(
                                id,
                                meetingId,
                                change.getStartsAt(),
                                change.getOccurrence(),
                                change.getMinutes(),
                                change.getLocation(),
                                change.getReason(),
                                me),
                        moved -> Done.redirect("/engagements/" + id + "/alignment/meetings/" + meetingId)
                                .flash("flash.alignment.moved", pages.when(moved)));
    }

    @GetMapping("/meetings/{meetingId}/cancel")
    String cancelForm(
            @PathVariable Long id,
            @PathVariable Long meetingId,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("change") MeetingChangeForm change,
            Model model) {
        pages.changePage(id, meetingId, me, model);
        return "alignment/meeting-cancel";
    }

    @PostMapping("/meetings/{meetingId}/cancel")
    String cancel(
            @PathVariable Long id,
            @PathVariable Long meetingId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("change") MeetingChangeForm change,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        // The cancel page has only the reason; the move fields of the shared form are not read here.
        return post.form(result, redirect, () -> {
                    pages.changePage(id, meetingId, me, model);
                    return "alignment/meeting-cancel";
                })
                .checking("reason")
                .allOn(null)
                .run(
                        () -> alignment.cancel(id, meetingId, change.getReason(), me),
                        cancelled -> Done.redirect("/engagements/" + id + "/alignment")
                                .flash(
                                        "flash.alignment.cancelled",
                                        cancelled.getKind().label(),
                                        pages.when(cancelled)));
    }
}
