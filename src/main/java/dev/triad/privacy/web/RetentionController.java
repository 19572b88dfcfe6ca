package dev.triad.privacy.web;

import dev.triad.account.CurrentUser;
import dev.triad.privacy.Retention;
import dev.triad.privacy.Retention.Candidate;
import dev.triad.privacy.Retention.ErasureRefused;
import dev.triad.system.web.FormPost;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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
 * HR's retention page: closed engagements past the retention period, and erasing one's personal content after a
 * confirmation step. HR only (SecurityConfiguration, and {@link Retention} again); an erasure the rules refuse, even
 * posted directly, gets the confirmation page with the reason and status 409.
 */
@Controller
@RequestMapping("/retention")
class RetentionController {

    private final Retention retention;
    private final FormPost post;

    RetentionController(Retention retention, FormPost post) {
        this.retention = retention;
        this.post = post;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("page", retention.page(me));
        return "privacy/retention";
    }

    @GetMapping("/engagements/{id}/erase")
    String confirm(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") EraseForm form,
            Model model) {
        model.addAttribute("candidate", retention.candidate(id, me));
        return "privacy/erase";
    }

    @PostMapping("/engagements/{id}/erase")
    String erase(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") EraseForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Candidate candidate = retention.candidate(id, me);
        model.addAttribute("candidate", candidate);
        if (!candidate.erasable()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return "privacy/erase";
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "privacy/erase";
        }
        // Hand-written: a refused erasure is no RuleViolation but a 409 on this page, with the engagement as it is now.
        try {
            retention.erase(id, form.getReason(), me);
        } catch (ErasureRefused e) {
            // Erased or reopened by someone else between the check above and now.
            model.addAttribute("candidate", retention.candidate(id, me));
            response.setStatus(HttpStatus.CONFLICT.value());
            return "privacy/erase";
        }
        redirect.addFlashAttribute(
                "message",
                post.text(
                        "flash.retention.erased",
                        String.valueOf(id),
                        candidate.engagement().client()));
        return "redirect:/retention";
    }
}
