package dev.triad.engagement.web;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementService;
import dev.triad.programme.CoachingType;
import dev.triad.programme.ProgrammeDirectory;
import dev.triad.programme.Timing;
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

import java.util.Map;

@Controller
@RequestMapping("/engagements")
class EngagementController {

    private final EngagementService engagements;
    private final ProgrammeDirectory programmes;
    private final Violations violations;

    EngagementController(EngagementService engagements, ProgrammeDirectory programmes, Violations violations) {
        this.engagements = engagements;
        this.programmes = programmes;
        this.violations = violations;
    }

    @GetMapping("/{id}")
    String overview(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("overview", engagements.overview(id, me));
        return "engagement/overview";
    }

    @GetMapping("/new")
    String newEngagement(@ModelAttribute("form") EngagementForm form, Model model) {
        return form(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") EngagementForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            Engagement engagement = engagements.create(form.toRequest());
            redirect.addFlashAttribute("message", "Engagement created in intake. Assign a coach next.");
            return "redirect:/engagements/" + engagement.getId();
        } catch (RuleViolation e) {
            violations.reject(result, e, Map.of("client", "clientEmail", "leader", "leaderEmail"));
            return form(model);
        }
    }

    private String form(Model model) {
        model.addAttribute("programmes", programmes.findAllInOrder());
        model.addAttribute("coachingTypes", CoachingType.values());
        model.addAttribute("timings", Timing.values());
        return "engagement/form";
    }
}
