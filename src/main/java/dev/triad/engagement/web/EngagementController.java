package dev.triad.engagement.web;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.EngagementService;
import dev.triad.programme.CoachingType;
import dev.triad.programme.ProgrammeDirectory;
import dev.triad.programme.Timing;
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

@Controller
@RequestMapping("/engagements")
class EngagementController {

    private final EngagementService engagements;
    private final ProgrammeDirectory programmes;
    private final FormPost post;

    EngagementController(EngagementService engagements, ProgrammeDirectory programmes, FormPost post) {
        this.engagements = engagements;
        this.programmes = programmes;
        this.post = post;
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
    String create(
            @Valid @ModelAttribute("form") EngagementForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> form(model))
                .field("client", "clientEmail")
                .field("leader", "leaderEmail")
                .run(
                        () -> engagements.create(form.toRequest()),
                        engagement -> Done.redirect("/engagements/" + engagement.getId())
                                .flash("flash.engagement.created"));
    }

    private String form(Model model) {
        model.addAttribute("programmes", programmes.findAllInOrder());
        model.addAttribute("coachingTypes", CoachingType.values());
        model.addAttribute("timings", Timing.values());
        return "engagement/form";
    }
}
