package dev.triad.goal.web;

import dev.triad.account.CurrentUser;
import dev.triad.goal.ActionPlan;
import dev.triad.goal.ActionPlanService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The client's action plan: goals, progress and steps on one page, for the phone and for paper. */
@Controller
class PlanController {

    private final ActionPlanService plans;

    PlanController(ActionPlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/engagements/{id}/plan")
    String plan(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        ActionPlan plan = plans.plan(id, me);
        model.addAttribute("plan", plan);
        model.addAttribute("access", plan.access());
        return "goal/plan";
    }
}
