package dev.triad.engagement.web;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.PhaseMoved.Closure;
import dev.triad.engagement.PhaseService;
import dev.triad.engagement.PhaseService.PhasePage;
import dev.triad.system.RuleViolation;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import dev.triad.system.web.Violations;
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

/** Moving the engagement from phase to phase (the coach), or closing it (the coach or HR). */
@Controller
@RequestMapping("/engagements/{id}")
class PhaseController {

    private final PhaseService phases;
    private final Violations violations;
    private final FormPost post;

    PhaseController(PhaseService phases, Violations violations, FormPost post) {
        this.phases = phases;
        this.violations = violations;
        this.post = post;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("closures", Closure.values());
    }

    @GetMapping("/phase")
    String form(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") PhaseForm form,
            Model model) {
        PhasePage page = page(id, me, model);
        if (form.getTo() == null) {
            form.setTo(page.closeOnly() ? dev.triad.engagement.Phase.CLOSED : page.next());
        }
        return "engagement/phase";
    }

    @PostMapping("/phase")
    String move(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") PhaseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors() && form.closesUnconfirmed()) {
            // Kept by hand: closing first shows its preview, a page of its own rather than a redirect.
            try {
                model.addAttribute("preview", phases.previewClose(id, form.toMove(), me));
                page(id, me, model);
                return "engagement/phase-close";
            } catch (RuleViolation e) {
                violations.reject(result, e);
                return phasePage(id, me, model);
            }
        }
        return post.form(result, redirect, () -> phasePage(id, me, model))
                .run(
                        () -> phases.move(id, form.toMove(), me),
                        change -> Done.redirect("/engagements/" + id + "/timeline")
                                .flash(
                                        change.getClosure() != null ? "flash.phase.closed" : "flash.phase.moved",
                                        change.getClosure() != null
                                                ? change.getClosure().label().toLowerCase()
                                                : change.getToPhase().label()));
    }

    private String phasePage(Long id, CurrentUser me, Model model) {
        page(id, me, model);
        return "engagement/phase";
    }

    private PhasePage page(Long id, CurrentUser me, Model model) {
        PhasePage page = phases.page(id, me);
        model.addAttribute("page", page);
        return page;
    }
}
