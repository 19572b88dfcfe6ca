package dev.triad.engagement.web;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.CoachMatching;
import dev.triad.engagement.CoachRoster;
import dev.triad.engagement.EngagementOverview;
import dev.triad.engagement.EngagementService;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** HR assigns and reassigns an engagement's coach from the roster, ranked by fit (see {@link CoachMatching}). */
@Controller
@RequestMapping("/engagements/{id}/coach")
class CoachAssignmentController {

    private final EngagementService engagements;
    private final CoachRoster roster;
    private final CoachMatching matching;
    private final FormPost post;

    CoachAssignmentController(
            EngagementService engagements, CoachRoster roster, CoachMatching matching, FormPost post) {
        this.engagements = engagements;
        this.roster = roster;
        this.matching = matching;
        this.post = post;
    }

    @GetMapping
    String form(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String language,
            @ModelAttribute("form") AssignCoachForm form,
            Model model) {
        return page(id, me, language, model);
    }

    @PostMapping
    String assign(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String language,
            @Valid @ModelAttribute("form") AssignCoachForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> page(id, me, language, model))
                .field("coach", "coachId")
                .run(
                        () -> roster.assign(id, form.getCoachId(), form.isOverrideCapacity(), form.getReason(), me),
                        assigned -> Done.redirect("/engagements/" + id)
                                .flash(
                                        assigned.changed()
                                                ? "flash.engagement.coachChanged"
                                                : "flash.engagement.coachAssigned",
                                        assigned.coachName()));
    }

    private String page(Long id, CurrentUser me, String language, Model model) {
        EngagementOverview overview = engagements.overview(id, me);
        List<String> languages = matching.languages();
        // Only a language someone on the roster speaks: anything else would rank every coach alike.
        String chosen = languages.stream()
                .filter(l -> l.equalsIgnoreCase(language == null ? "" : language.strip()))
                .findFirst()
                .orElse(null);
        model.addAttribute("overview", overview);
        model.addAttribute("languages", languages);
        model.addAttribute("language", chosen);
        model.addAttribute("roster", matching.suggest(overview.engagement(), chosen));
        return "engagement/coach";
    }
}
