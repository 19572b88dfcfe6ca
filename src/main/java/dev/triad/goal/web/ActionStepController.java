package dev.triad.goal.web;

import dev.triad.account.CurrentUser;
import dev.triad.goal.ActionStep;
import dev.triad.goal.ActionStepService;
import dev.triad.goal.StepEditor;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Action steps: the form that adds or edits a step (its progress: {@link StepProgressController}). */
@Controller
@RequestMapping("/engagements/{id}/action-steps")
class ActionStepController {

    private final ActionStepService steps;
    private final FormPost post;

    ActionStepController(ActionStepService steps, FormPost post) {
        this.steps = steps;
        this.post = post;
    }

    @GetMapping("/new")
    String newStep(
            @PathVariable Long id,
            @RequestParam(required = false) Long goalId,
            @RequestParam(required = false) String back,
            @AuthenticationPrincipal CurrentUser me,
            Model model) {
        StepForm form = new StepForm();
        form.setGoalId(goalId);
        form.setBack(back);
        model.addAttribute("form", form);
        return form(steps.forNewStep(id, me), model);
    }

    @PostMapping
    String create(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") StepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> form(steps.forNewStep(id, me), model))
                .run(
                        () -> steps.add(id, form.getGoalId(), form.getDescription(), form.getDueOn(), me),
                        step -> Done.redirect(target(id, step, form.getBack())).flash("flash.step.added"));
    }

    @GetMapping("/{stepId}/edit")
    String edit(
            @PathVariable Long id,
            @PathVariable Long stepId,
            @RequestParam(required = false) String back,
            @AuthenticationPrincipal CurrentUser me,
            Model model) {
        StepEditor editor = steps.forEdit(id, stepId, me);
        StepForm form = StepForm.of(editor.step());
        form.setBack(back);
        model.addAttribute("form", form);
        return form(editor, model);
    }

    @PostMapping("/{stepId}/edit")
    String update(
            @PathVariable Long id,
            @PathVariable Long stepId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") StepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return post.form(result, redirect, () -> form(steps.forEdit(id, stepId, me), model))
                .onStale(() -> {
                    StepEditor editor = steps.forEdit(id, stepId, me);
                    form.setVersion(editor.step().getVersion());
                    conflict(form, StepForm.of(editor.step()), editor).show(model, response);
                    return form(editor, model);
                })
                .run(
                        () -> steps.update(
                                id,
                                stepId,
                                form.getVersion(),
                                form.getGoalId(),
                                form.getDescription(),
                                form.getDueOn(),
                                me),
                        step -> Done.redirect(target(id, step, form.getBack())).flash("flash.step.saved"));
    }

    /** Back to the goal page when the step was shown there (and has a goal), else to the action plan. */
    static String back(Long engagementId, ActionStep step, String back) {
        return "redirect:" + target(engagementId, step, back);
    }

    private static String target(Long engagementId, ActionStep step, String back) {
        if ("goal".equals(back) && step.getGoalId() != null) {
            return "/engagements/" + engagementId + "/goals/" + step.getGoalId();
        }
        return "/engagements/" + engagementId + "/plan";
    }

    private static Conflict conflict(StepForm typed, StepForm stored, StepEditor editor) {
        return Conflict.on("action step")
                .line("The step", typed.getDescription(), stored.getDescription())
                .line("Due on", typed.getDueOn(), stored.getDueOn())
                .line("Goal it serves", goal(typed.getGoalId(), editor), goal(stored.getGoalId(), editor));
    }

    private static String goal(Long goalId, StepEditor editor) {
        return goalId == null
                ? "None: the engagement as a whole"
                : editor.goals().stream()
                        .filter(g -> g.getId().equals(goalId))
                        .map(dev.triad.goal.Goal::getStatement)
                        .findFirst()
                        .orElse("");
    }

    private String form(StepEditor editor, Model model) {
        model.addAttribute("editor", editor);
        model.addAttribute("access", editor.access());
        return "goal/step-form";
    }
}
