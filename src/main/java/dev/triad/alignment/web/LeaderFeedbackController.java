package dev.triad.alignment.web;

import dev.triad.account.CurrentUser;
import dev.triad.alignment.ProgressReportService;
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

/** The leader's feedback to the client, beside the client's progress reports. */
@Controller
@RequestMapping("/engagements/{id}")
class LeaderFeedbackController {

    private final ProgressReportService reports;
    private final FormPost post;

    LeaderFeedbackController(ProgressReportService reports, FormPost post) {
        this.reports = reports;
        this.post = post;
    }

    @GetMapping("/feedback/new")
    String newFeedback(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") FeedbackForm form,
            Model model) {
        return form(id, me, model);
    }

    @PostMapping("/feedback")
    String giveFeedback(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") FeedbackForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> form(id, me, model))
                .run(
                        () -> reports.giveFeedback(id, form.getGoalId(), form.getText(), me),
                        Done.redirect("/engagements/" + id + "/reports#feedback")
                                .flash("flash.alignment.leaderFeedback"));
    }

    private String form(Long id, CurrentUser me, Model model) {
        model.addAttribute("view", reports.forFeedback(id, me));
        return "alignment/feedback-form";
    }
}
