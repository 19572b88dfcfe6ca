package dev.triad.feedback.web;

import dev.triad.account.CurrentUser;
import dev.triad.feedback.AnswerInput;
import dev.triad.feedback.AnswersRejected;
import dev.triad.assessment.Assessment;
import dev.triad.feedback.FeedbackRequestPage;
import dev.triad.feedback.FeedbackResultsPage;
import dev.triad.feedback.FeedbackService;
import dev.triad.feedback.NewRequestEditor;
import dev.triad.feedback.SelfAnswerPage;
import dev.triad.system.RuleViolation;
import dev.triad.system.web.Violations;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 360 feedback requests inside the engagement: preparing one, its raters, reminders, closing it, the
 * client's own answers, and the results.
 */
@Controller
@RequestMapping("/engagements/{id}/assessments")
class FeedbackController {

    private final FeedbackService feedback;
    private final Violations violations;

    FeedbackController(FeedbackService feedback, Violations violations) {
        this.feedback = feedback;
        this.violations = violations;
    }

    @GetMapping("/new-360")
    String newRequest(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        FeedbackRequestForm form = new FeedbackRequestForm();
        form.setLastDay(feedback.suggestedLastDay());
        model.addAttribute("form", form);
        return newRequestPage(id, me, model);
    }

    @PostMapping("/new-360")
    String create(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me,
                  @Valid @ModelAttribute("form") FeedbackRequestForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Assessment assessment = feedback.createRequest(id, form.toRequest(), me);
                redirect.addFlashAttribute("message", "Feedback request prepared. Add the raters: each gets their link by email.");
                return "redirect:/engagements/" + id + "/assessments/" + assessment.getId() + "/feedback";
            } catch (RuleViolation e) {
                violations.reject(result, e);
            }
        }
        return newRequestPage(id, me, model);
    }

    @GetMapping("/{aid}/feedback")
    String request(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("rater", new RaterForm());
        return requestPage(feedback.requestPage(id, aid, me), model);
    }

    @PostMapping("/{aid}/feedback/raters")
    String addRater(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me,
                    @Valid @ModelAttribute("rater") RaterForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                feedback.addRater(id, aid, form.toRater(), me);
                redirect.addFlashAttribute("message", form.getName().strip() + " is asked for feedback: their link is on its way by email.");
                return "redirect:/engagements/" + id + "/assessments/" + aid + "/feedback#raters";
            } catch (RuleViolation e) {
                violations.reject(result, e);
            }
        }
        return requestPage(feedback.requestPage(id, aid, me), model);
    }

    @PostMapping("/{aid}/feedback/raters/{raterId}/delete")
    String removeRater(@PathVariable Long id, @PathVariable Long aid, @PathVariable Long raterId,
                       @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        try {
            feedback.removeRater(id, aid, raterId, me);
            redirect.addFlashAttribute("message", "Rater removed; their link no longer works.");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", violations.message(e));
        }
        return "redirect:/engagements/" + id + "/assessments/" + aid + "/feedback#raters";
    }

    @PostMapping("/{aid}/feedback/raters/{raterId}/invitation")
    String sendInvitationAgain(@PathVariable Long id, @PathVariable Long aid, @PathVariable Long raterId,
                               @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        try {
            boolean again = feedback.sendInvitationAgain(id, aid, raterId, me);
            redirect.addFlashAttribute(again ? "message" : "error", again
                    ? "The invitation will be sent again in a few seconds, with the same link."
                    : "Only an invitation that failed, or one held while no mail server was configured, can be sent again.");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", violations.message(e));
        }
        return "redirect:/engagements/" + id + "/assessments/" + aid + "/feedback#raters";
    }

    @PostMapping("/{aid}/feedback/reminders")
    String remind(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me,
                  RedirectAttributes redirect) {
        try {
            int reminded = feedback.remind(id, aid, me);
            redirect.addFlashAttribute("message", reminded == 0
                    ? "Nobody to remind: everyone has answered or was reminded in the last 24 hours."
                    : "Reminder sent to " + reminded + (reminded == 1 ? " rater" : " raters") + " who had not answered.");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", violations.message(e));
        }
        return "redirect:/engagements/" + id + "/assessments/" + aid + "/feedback";
    }

    @PostMapping("/{aid}/feedback/close")
    String close(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me,
                 RedirectAttributes redirect) {
        try {
            feedback.close(id, aid, me);
            redirect.addFlashAttribute("message", "The request is closed: links no longer work, and the results are ready.");
            return "redirect:/engagements/" + id + "/assessments/" + aid + "/results";
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", violations.message(e));
            return "redirect:/engagements/" + id + "/assessments/" + aid + "/feedback";
        }
    }

    @GetMapping("/{aid}/feedback/self")
    String self(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me, Model model) {
        SelfAnswerPage page = feedback.selfPage(id, aid, me);
        model.addAttribute("page", page);
        model.addAttribute("access", page.access());
        return "feedback/self";
    }

    @PostMapping("/{aid}/feedback/self")
    String answerSelf(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me,
                      @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
                      HttpServletResponse response) {
        AnswerInput input = AnswerParams.read(params);
        boolean submit = AnswerParams.submitting(params);
        try {
            feedback.answerSelf(id, aid, input, submit, me);
            redirect.addFlashAttribute("message", submit ? "Your own answers are in." : "Draft saved. Come back to it any time before the request closes.");
            return submit ? "redirect:/engagements/" + id + "/assessments/" + aid + "/feedback"
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
    String results(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me, Model model) {
        FeedbackResultsPage page = feedback.results(id, aid, me);
        model.addAttribute("page", page);
        model.addAttribute("access", page.access());
        return "feedback/results";
    }

    private String newRequestPage(Long id, CurrentUser me, Model model) {
        NewRequestEditor editor = feedback.forNewRequest(id, me);
        model.addAttribute("editor", editor);
        model.addAttribute("access", editor.access());
        return "feedback/feedback-new";
    }

    private String requestPage(FeedbackRequestPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("access", page.access());
        return "feedback/feedback";
    }
}
