package dev.triad.alignment.web;

import dev.triad.account.CurrentUser;
import dev.triad.alignment.AlignmentService;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * An engagement's alignment meetings: the list, booking and each meeting's page (moving and cancelling a meeting:
 * {@link MeetingChangeController}).
 */
@Controller
@RequestMapping("/engagements/{id}/alignment")
class MeetingController {

    private final AlignmentService alignment;
    private final MeetingPages pages;
    private final FormPost post;

    MeetingController(AlignmentService alignment, MeetingPages pages, FormPost post) {
        this.alignment = alignment;
        this.pages = pages;
        this.post = post;
    }

    @ModelAttribute
    void common(Model model) {
        pages.common(model);
    }

    @GetMapping
    String list(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("page", alignment.list(id, me));
        return "alignment/meetings";
    }

    @GetMapping("/meetings/new")
    String newMeeting(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") MeetingForm form,
            Model model) {
        return pages.form(id, me, model);
    }

    @PostMapping("/meetings")
    String schedule(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> pages.form(id, me, model))
                .askingWhichTime(model)
                .run(
                        () -> alignment.schedule(id, form.toRequest(), me),
                        meeting -> Done.redirect("/engagements/" + id + "/alignment/meetings/" + meeting.getId())
                                .flash(
                                        "flash.alignment.scheduled",
                                        meeting.getKind().label(),
                                        pages.when(meeting)));
    }

    @GetMapping("/meetings/{meetingId}")
    String show(
            @PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser me, Model model) {
        return pages.detail(id, meetingId, me, model);
    }

    @GetMapping("/meetings/{meetingId}/calendar.ics")
    ResponseEntity<String> calendar(
            @PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser me) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("triad-alignment-meeting-" + meetingId + ".ics")
                                .build()
                                .toString())
                .body(alignment.calendarEntry(id, meetingId, me));
    }
}
