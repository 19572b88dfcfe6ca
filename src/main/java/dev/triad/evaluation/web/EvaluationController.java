package dev.triad.evaluation.web;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.EngagementContent;
import dev.triad.evaluation.CoachabilityRating;
import dev.triad.evaluation.EvaluationService;
import dev.triad.evaluation.ReferralKind;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
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

/**
 * The engagement's evaluation page (check-ins, close-out, impact measures, coachability, referrals, a request
 * for another coach), each part for those who may see it; and the coach's coachability and referral forms.
 */
@Controller
@RequestMapping("/engagements/{id}")
class EvaluationController {

    private final EvaluationService evaluation;
    private final FormPost post;

    EvaluationController(EvaluationService evaluation, FormPost post) {
        this.evaluation = evaluation;
        this.post = post;
    }

    @GetMapping("/evaluation")
    String page(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("page", evaluation.page(id, me));
        model.addAttribute("fitLabels", dev.triad.evaluation.PartnershipCheckIn.FIT_LABELS);
        return "evaluation/page";
    }

    @GetMapping("/coachability/new")
    String coachabilityForm(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") CoachabilityForm form,
            Model model) {
        return coachabilityPage(id, me, model);
    }

    @PostMapping("/coachability")
    String rateCoachability(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") CoachabilityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> coachabilityPage(id, me, model))
                .run(
                        () -> evaluation.rateCoachability(id, form.getRating(), form.getNote(), me),
                        Done.redirect("/engagements/" + id + "/evaluation#coachability")
                                .flash("flash.evaluation.coachability"));
    }

    @GetMapping("/referrals/new")
    String referralForm(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") ReferralForm form,
            Model model) {
        return referralPage(id, me, model);
    }

    @PostMapping("/referrals")
    String refer(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") ReferralForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> referralPage(id, me, model))
                .run(
                        () -> evaluation.refer(id, form.getKind(), form.getNote(), me),
                        Done.redirect("/engagements/" + id + "/evaluation#referrals")
                                .flash("flash.evaluation.referral"));
    }

    private String coachabilityPage(Long id, CurrentUser me, Model model) {
        model.addAttribute("access", evaluation.asCoach(id, me, EngagementContent.COACHABILITY));
        model.addAttribute("labels", CoachabilityRating.LABELS);
        return "evaluation/coachability-form";
    }

    private String referralPage(Long id, CurrentUser me, Model model) {
        model.addAttribute("access", evaluation.asCoach(id, me, EngagementContent.REFERRALS));
        model.addAttribute("kinds", ReferralKind.values());
        return "evaluation/referral-form";
    }
}
