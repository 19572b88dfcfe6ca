package dev.triad.engagement.web;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.HoursLedger;
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

/** The hours ledger, for everyone taking part; HR adds manual adjustments. */
@Controller
@RequestMapping("/engagements/{id}/hours")
class HoursController {

    private final HoursLedger ledger;
    private final FormPost post;

    HoursController(HoursLedger ledger, FormPost post) {
        this.ledger = ledger;
        this.post = post;
    }

    @GetMapping
    String ledger(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") AdjustmentForm form,
            Model model) {
        return page(id, me, model);
    }

    @PostMapping("/adjustments")
    String adjust(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") AdjustmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        // someone who may not adjust the hours is refused before being told what is wrong with the form
        ledger.ledgerFor(id, EngagementAction.ADJUST_HOURS, me);
        return post.form(result, redirect, () -> page(id, me, model))
                .run(
                        () -> ledger.adjust(id, form.getHours(), form.getReason(), me),
                        Done.redirect("/engagements/" + id + "/hours").flash("flash.hours.adjusted"));
    }

    private String page(Long id, CurrentUser me, Model model) {
        model.addAttribute("ledger", ledger.ledger(id, me));
        return "engagement/hours";
    }
}
