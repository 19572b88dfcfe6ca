package dev.triad.feedback.web;

import dev.triad.feedback.AnswerInput;
import dev.triad.feedback.AnswersRejected;
import dev.triad.feedback.FeedbackService;
import dev.triad.feedback.RaterLink;
import dev.triad.system.web.FormPost;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rater's page behind their single-use link, reachable without an account: the questions, a draft
 * they can come back to, and one submission. A link that was used, has expired, whose request was
 * closed, or that never existed gets a page saying it no longer works (410 or 404), never an error.
 */
@Controller
class RaterController {

    private final FeedbackService feedback;
    private final FormPost post;

    RaterController(FeedbackService feedback, FormPost post) {
        this.feedback = feedback;
        this.post = post;
    }

    @GetMapping("/feedback/thanks")
    String thanks() {
        return "feedback/rater-thanks";
    }

    @GetMapping("/feedback/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        RaterLink link = feedback.open(token);
        if (!link.valid()) {
            return refused(link, model, response);
        }
        return form(token, link, model);
    }

    @PostMapping("/feedback/{token}")
    String answer(
            @PathVariable String token,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        AnswerInput input = AnswerParams.read(params);
        boolean submit = AnswerParams.submitting(params);
        FeedbackService.AnswerOutcome outcome;
        try {
            outcome = feedback.answer(token, input, submit);
        } catch (AnswersRejected e) {
            RaterLink link = feedback.open(token);
            if (!link.valid()) {
                return refused(link, model, response);
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute(
                    "error",
                    submit
                            ? "Some answers need attention before you send them (see below)."
                            : "Some answers could not be saved (see below).");
            return form(
                    token,
                    new RaterLink(
                            link.state(),
                            link.clientName(),
                            link.group(),
                            link.lastDay(),
                            link.due(),
                            link.draftSavedAt(),
                            link.sheet().with(input, e.errors())),
                    model);
        }
        if (!outcome.accepted()) {
            return refused(outcome.refusal(), model, response);
        }
        if (submit) {
            return "redirect:/feedback/thanks";
        }
        redirect.addFlashAttribute("message", post.text("flash.feedback.raterDraft"));
        return "redirect:/feedback/" + token;
    }

    private static String form(String token, RaterLink link, Model model) {
        model.addAttribute("link", link);
        model.addAttribute("sheet", link.sheet());
        model.addAttribute("token", token);
        return "feedback/rater";
    }

    private static String refused(RaterLink link, Model model, HttpServletResponse response) {
        response.setStatus(
                link.state() == RaterLink.State.UNKNOWN ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        model.addAttribute("state", link.state());
        return "feedback/rater-refused";
    }
}
