package dev.triad.engagement.web;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.HoursLedger;
import dev.triad.system.ForbiddenException;
import dev.triad.system.RuleViolation;
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

import java.time.Clock;

/** The hours ledger, for everyone taking part; HR adds manual adjustments. */
@Controller
@RequestMapping("/engagements/{id}/hours")
class HoursController {

    private final HoursLedger ledger;
    private final Clock clock;
    private final Violations violations;

    HoursController(HoursLedger ledger, Clock clock, Violations violations) {
        this.ledger = ledger;
        this.clock = clock;
        this.violations = violations;
    }

    @GetMapping
    String ledger(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me,
                  @ModelAttribute("form") AdjustmentForm form, Model model) {
        return page(id, me, model);
    }

    @PostMapping("/adjustments")
    String adjust(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me,
                  @Valid @ModelAttribute("form") AdjustmentForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        // someone who may not adjust the hours is refused before being told what is wrong with the form
        if (!ledger.ledger(id, me).access().isHr()) {
            throw new ForbiddenException("Only HR administrators adjust the hours");
        }
        if (result.hasErrors()) {
            return page(id, me, model);
        }
        try {
            ledger.adjust(id, form.getHours(), form.getReason(), me);
        } catch (RuleViolation e) {
            violations.reject(result, e);
            return page(id, me, model);
        }
        redirect.addFlashAttribute("message", "Adjustment recorded in the ledger.");
        return "redirect:/engagements/" + id + "/hours";
    }

    private String page(Long id, CurrentUser me, Model model) {
        model.addAttribute("ledger", ledger.ledger(id, me));
        model.addAttribute("zone", clock.getZone());
        return "engagement/hours";
    }
}
