package dev.triad.feedback.web;

import dev.triad.account.CurrentUser;
import dev.triad.feedback.FeedbackRequestPage;
import dev.triad.feedback.FeedbackService;
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

/**
 * 360 feedback requests inside the engagement: the request page, its raters, reminders and closing it (preparing
 * one: {@link NewFeedbackRequestController}; the client's own answers and the results: {@link SelfAnswerController}).
 */
@Controller
@RequestMapping("/engagements/{id}/assessments")
class FeedbackController {

    private final FeedbackService feedback;
    private final FormPost post;

    FeedbackController(FeedbackService feedback, FormPost post) {
        this.feedback = feedback;
        this.post = post;
    }

    @GetMapping("/{aid}/feedback")
    String request(
            @PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("rater", new RaterForm());
        return requestPage(feedback.requestPage(id, aid, me), model);
    }

    @PostMapping("/{aid}/feedback/raters")
    String addRater(
            @PathVariable Long id,
            @PathVariable Long aid,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("rater") RaterForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> requestPage(feedback.requestPage(id, aid, me), model))
                .run(
                        () -> feedback.addRater(id, aid, form.toRater(), me),
                        added -> raters(id, aid).flash("flash.feedback.raterAdded", added.getName()));
    }

    @PostMapping("/{aid}/feedback/raters/{raterId}/delete")
    String removeRater(
            @PathVariable Long id,
            @PathVariable Long aid,
            @PathVariable Long raterId,
            @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return post.action(
                redirect,
                () -> feedback.removeRater(id, aid, raterId, me),
                raters(id, aid).flash("flash.feedback.raterRemoved"),
                raterPath(id, aid));
    }

    @PostMapping("/{aid}/feedback/raters/{raterId}/invitation")
    String sendInvitationAgain(
            @PathVariable Long id,
            @PathVariable Long aid,
            @PathVariable Long raterId,
            @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return post.action(
                redirect,
                () -> feedback.sendInvitationAgain(id, aid, raterId, me),
                again -> again
                        ? raters(id, aid).flash("flash.feedback.invitationAgain")
                        : raters(id, aid).flashError("flash.feedback.invitationNotAgain"),
                raterPath(id, aid));
    }

    @PostMapping("/{aid}/feedback/reminders")
    String remind(
            @PathVariable Long id,
            @PathVariable Long aid,
            @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        String back = "/engagements/" + id + "/assessments/" + aid + "/feedback";
        return post.action(
                redirect,
                () -> feedback.remind(id, aid, me),
                reminded -> Done.redirect(back)
                        .flash(
                                reminded == 0
                                        ? "flash.feedback.remindedNobody"
                                        : reminded == 1 ? "flash.feedback.remindedOne" : "flash.feedback.reminded",
                                String.valueOf(reminded)),
                back);
    }

    @PostMapping("/{aid}/feedback/close")
    String close(
            @PathVariable Long id,
            @PathVariable Long aid,
            @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return post.action(
                redirect,
                () -> feedback.close(id, aid, me),
                Done.redirect("/engagements/" + id + "/assessments/" + aid + "/results")
                        .flash("flash.feedback.closed"),
                "/engagements/" + id + "/assessments/" + aid + "/feedback");
    }

    private static Done raters(Long id, Long aid) {
        return Done.redirect(raterPath(id, aid));
    }

    private static String raterPath(Long id, Long aid) {
        return "/engagements/" + id + "/assessments/" + aid + "/feedback#raters";
    }

    private String requestPage(FeedbackRequestPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("access", page.access());
        return "feedback/feedback";
    }
}
