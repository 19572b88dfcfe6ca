package dev.triad.goal.web;

import dev.triad.account.CurrentUser;
import dev.triad.goal.GoalCategory;
import dev.triad.goal.GoalEditor;
import dev.triad.goal.GoalService;
import dev.triad.goal.GoalStatus;
import dev.triad.goal.GoalVisibility;
import dev.triad.system.Conflict;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import jakarta.servlet.http.HttpServletResponse;
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

/** An engagement's goals: the list, the goal page with its chart and leader input, and the goal form. */
@Controller
@RequestMapping("/engagements/{id}/goals")
class GoalController {

    private final GoalService goals;
    private final GoalPages pages;
    private final FormPost post;

    GoalController(GoalService goals, GoalPages pages, FormPost post) {
        this.goals = goals;
        this.pages = pages;
        this.post = post;
    }

    @GetMapping
    String list(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("list", goals.list(id, me));
        return "goal/list";
    }

    @GetMapping("/new")
    String newGoal(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        GoalEditor editor = goals.forNewGoal(id, me);
        model.addAttribute("form", GoalForm.newGoal(editor.defaultVisibility()));
        return form(editor, model);
    }

    @PostMapping
    String create(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") GoalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> form(goals.forNewGoal(id, me), model))
                .run(
                        () -> goals.create(id, form.toDetails(), me),
                        goal -> Done.redirect("/engagements/" + id + "/goals/" + goal.getId())
                                .flash("flash.goal.saved"));
    }

    @GetMapping("/{goalId}")
    String show(
            @PathVariable Long id, @PathVariable Long goalId, @AuthenticationPrincipal CurrentUser me, Model model) {
        return pages.page(goals.page(id, goalId, me), model);
    }

    @GetMapping("/{goalId}/edit")
    String edit(
            @PathVariable Long id, @PathVariable Long goalId, @AuthenticationPrincipal CurrentUser me, Model model) {
        GoalEditor editor = goals.forEdit(id, goalId, me);
        model.addAttribute("form", GoalForm.of(editor.goal()));
        return form(editor, model);
    }

    @PostMapping("/{goalId}/edit")
    String update(
            @PathVariable Long id,
            @PathVariable Long goalId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") GoalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return post.form(result, redirect, () -> form(goals.forEdit(id, goalId, me), model))
                .onStale(() -> {
                    // Keep what was typed; show the goal as it now stands, and let a second save go through.
                    GoalEditor editor = goals.forEdit(id, goalId, me);
                    form.setVersion(editor.goal().getVersion());
                    conflict(form, GoalForm.of(editor.goal())).show(model, response);
                    return form(editor, model);
                })
                .run(
                        () -> goals.update(id, goalId, form.getVersion(), form.toDetails(), me),
                        Done.redirect("/engagements/" + id + "/goals/" + goalId).flash("flash.goal.saved"));
    }

    @PostMapping("/{goalId}/leader-input")
    String leaderInput(
            @PathVariable Long id,
            @PathVariable Long goalId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("leaderInput") LeaderInputForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> pages.page(goals.pageForLeaderInput(id, goalId, me), model))
                .run(
                        () -> goals.addLeaderInput(id, goalId, form.getText(), me),
                        Done.redirect("/engagements/" + id + "/goals/" + goalId + "#leader-input")
                                .flash("flash.goal.leaderInput"));
    }

    private static Conflict conflict(GoalForm typed, GoalForm stored) {
        return Conflict.on("goal")
                .line("The goal", typed.getStatement(), stored.getStatement())
                .line("What success looks like", typed.getSuccessMeasure(), stored.getSuccessMeasure())
                .line("Category", typed.getCategory(), stored.getCategory())
                .line("Status", typed.getStatus(), stored.getStatus())
                .line("Metric unit", typed.getMetricUnit(), stored.getMetricUnit())
                .line("Baseline", typed.getMetricBaseline(), stored.getMetricBaseline())
                .line("Target", typed.getMetricTarget(), stored.getMetricTarget())
                .line("Who sees this goal", typed.getVisibility(), stored.getVisibility());
    }

    private String form(GoalEditor editor, Model model) {
        model.addAttribute("editor", editor);
        model.addAttribute("access", editor.access());
        model.addAttribute("categories", GoalCategory.values());
        model.addAttribute("statuses", GoalStatus.values());
        model.addAttribute("visibilities", GoalVisibility.values());
        return "goal/form";
    }
}
