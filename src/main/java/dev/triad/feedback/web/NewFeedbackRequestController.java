package dev.triad.feedback.web;

import dev.triad.account.CurrentUser;
import dev.triad.feedback.FeedbackService;
import dev.triad.feedback.NewRequestEditor;
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

/** Preparing a 360 feedback request inside the engagement (the request page and its raters: {@link FeedbackController}). */
@Controller
@RequestMapping("/engagements/{id}/assessments")
class NewFeedbackRequestController {

    private final FeedbackService feedback;
    private final FormPost post;

    NewFeedbackRequestController(FeedbackService feedback, FormPost post) {
        this.feedback = feedback;
        this.post = post;
    }

    @GetMapping("/new-360")
    String newRequest(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        FeedbackRequestForm form = new FeedbackRequestForm();
        form.setLastDay(feedback.suggestedLastDay());
        model.addAttribute("form", form);
        return newRequestPage(id, me, model);
    }

    @PostMapping("/new-360")
    String create(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") FeedbackRequestForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> newRequestPage(id, me, model))
                .run(
                        () -> feedback.createRequest(id, form.toRequest(), me),
                        assessment -> Done.redirect(
                                        "/engagements/" + id + "/assessments/" + assessment.getId() + "/feedback")
                                .flash("flash.feedback.prepared"));
    }

    private String newRequestPage(Long id, CurrentUser me, Model model) {
        NewRequestEditor editor = feedback.forNewRequest(id, me);
        model.addAttribute("editor", editor);
        model.addAttribute("access", editor.access());
        return "feedback/feedback-new";
    }
}
