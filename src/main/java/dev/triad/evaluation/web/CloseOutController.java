package dev.triad.evaluation.web;

import dev.triad.account.CurrentUser;
import dev.triad.evaluation.CloseOutAnswer;
import dev.triad.evaluation.CloseOutService;
import dev.triad.evaluation.CloseOutService.SurveyPage;
import dev.triad.system.RuleViolation;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.Violations;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
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

/** The close-out survey of a completed engagement, answered once by the client and once by the leader. */
@Controller
@RequestMapping("/engagements/{id}/close-out")
class CloseOutController {

    private final CloseOutService closeOut;
    private final Violations violations;
    private final FormPost post;

    CloseOutController(CloseOutService closeOut, Violations violations, FormPost post) {
        this.closeOut = closeOut;
        this.violations = violations;
        this.post = post;
    }

    @GetMapping
    String show(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") CloseOutForm form,
            Model model) {
        return page(closeOut.page(id, me), model);
    }

    @PostMapping
    String answer(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") CloseOutForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SurveyPage page = closeOut.page(id, me);
        if (page.answer().isPresent()) {
            result.reject(
                    "answered", closeOut.alreadyAnsweredMessage(page.answer().get()));
            return page(page, model);
        }
        if (result.hasErrors()) {
            return page(page, model);
        }
        // Hand-written rather than a FormPost flow: an answer already given (a rule on the survey, or a second answer
        // the
        // database refused) is told above the form with who answered when.
        try {
            closeOut.answer(id, form.toAnswers(), me);
        } catch (RuleViolation e) {
            if ("survey".equals(e.field())) {
                result.reject("answered", violations.message(e));
            } else {
                violations.reject(result, e);
            }
            return page(closeOut.page(id, me), model);
        } catch (DataIntegrityViolationException e) {
            // The same person sent a second answer at the same moment: the database kept the first.
            SurveyPage now = closeOut.page(id, me);
            result.reject(
                    "answered",
                    now.answer()
                            .map(closeOut::alreadyAnsweredMessage)
                            .orElse("You already answered this survey. Each person answers once."));
            return page(now, model);
        }
        redirect.addFlashAttribute("message", post.text("flash.closeOut.answered"));
        return "redirect:/engagements/" + id + "/close-out";
    }

    private String page(SurveyPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("access", page.access());
        model.addAttribute("satisfactionLabels", CloseOutAnswer.SATISFACTION_LABELS);
        model.addAttribute("goalsLabels", CloseOutAnswer.GOALS_LABELS);
        model.addAttribute("changeLabels", CloseOutAnswer.CHANGE_LABELS);
        return "evaluation/close-out";
    }
}
