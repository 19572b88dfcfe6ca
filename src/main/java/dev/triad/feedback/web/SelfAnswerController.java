package dev.triad.feedback.web;

import dev.triad.account.CurrentUser;
import dev.triad.feedback.AnswerInput;
import dev.triad.feedback.AnswersRejected;
import dev.triad.feedback.FeedbackResultsPage;
import dev.triad.feedback.FeedbackService;
import dev.triad.feedback.SelfAnswerPage;
import dev.triad.system.RuleViolation;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.Violations;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client's own answers to a 360 feedback request, and the request's results. */
@Controller
@RequestMapping("/engagements/{id}/assessments")
class SelfAnswerController {

    private final FeedbackService feedback;
    private final FormPost post;
    private final Violations violations;

    SelfAnswerController(FeedbackService feedback, FormPost post, Violations violations) {
        this.feedback = feedback;
        this.post = post;
        this.violations = violations;
    }

    @GetMapping("/{aid}/feedback/self")
    String self(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me, Model model) {
        SelfAnswerPage page = feedback.selfPage(id, aid, me);
        model.addAttribute("page", page);
        model.addAttribute("access", page.access());
        return "feedback/self";
    }

    @PostMapping("/{aid}/feedback/self")
    String answerSelf(
            @PathVariable Long id,
            @PathVariable Long aid,
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        AnswerInput input = AnswerParams.read(params);
        boolean submit = AnswerParams.submitting(params);
        try {
            feedback.answerSelf(id, aid, input, submit, me);
            redirect.addFlashAttribute(
                    "message", post.text(submit ? "flash.feedback.selfSubmitted" : "flash.feedback.selfDraft"));
            return submit
                    ? "redirect:/engagements/" + id + "/assessments/" + aid + "/feedback"
                    : "redirect:/engagements/" + id + "/assessments/" + aid + "/feedback/self";
        } catch (AnswersRejected e) {
            SelfAnswerPage page = feedback.selfPage(id, aid, me);
            model.addAttribute("page", page.with(page.sheet().with(input, e.errors())));
            model.addAttribute("access", page.access());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "feedback/self";
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", violations.message(e));
            return "redirect:/engagements/" + id + "/assessments/" + aid + "/feedback";
        }
    }

    @GetMapping("/{aid}/results")
    String results(
            @PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me, Model model) {
        FeedbackResultsPage page = feedback.results(id, aid, me);
        model.addAttribute("page", page);
        model.addAttribute("access", page.access());
        return "feedback/results";
    }
}
