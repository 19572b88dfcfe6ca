package dev.triad.engagement.web;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.CoachRoster;
import dev.triad.engagement.EngagementService;
import dev.triad.system.RuleViolation;
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

/** HR assigns and reassigns an engagement's coach from the roster. */
@Controller
@RequestMapping("/engagements/{id}/coach")
class CoachAssignmentController {

    private final EngagementService engagements;
    private final CoachRoster roster;

    CoachAssignmentController(EngagementService engagements, CoachRoster roster) {
        this.engagements = engagements;
        this.roster = roster;
    }

    @GetMapping
    String form(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me,
                @ModelAttribute("form") AssignCoachForm form, Model model) {
        return page(id, me, model);
    }

    @PostMapping
    String assign(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me,
                  @Valid @ModelAttribute("form") AssignCoachForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(id, me, model);
        }
        try {
            roster.assign(id, form.getCoachId(), form.isOverrideCapacity(), form.getReason(), me);
        } catch (RuleViolation e) {
            result.rejectValue(e.field(), "invalid", e.getMessage());
            return page(id, me, model);
        }
        redirect.addFlashAttribute("message", "Coach assigned.");
        return "redirect:/engagements/" + id;
    }

    private String page(Long id, CurrentUser me, Model model) {
        model.addAttribute("overview", engagements.overview(id, me));
        model.addAttribute("roster", roster.roster());
        return "engagement/coach";
    }
}
