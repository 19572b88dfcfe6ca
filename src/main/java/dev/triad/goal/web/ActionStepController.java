package dev.triad.goal.web;

import dev.triad.account.CurrentUser;
import dev.triad.goal.ActionPlanService;
import dev.triad.goal.ActionStep;
import dev.triad.goal.ActionStepService;
import dev.triad.goal.ActionStepStatus;
import dev.triad.goal.StepEditor;
import dev.triad.goal.StepView;
import dev.triad.system.Conflict;
import dev.triad.system.RuleViolation;
import dev.triad.system.web.Violations;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Action steps: the step form, and the two things the client does most often — logging a progress
 * note and completing a step — which answer an htmx request with the re-rendered step and a plain
 * form post with a redirect, so they work without JavaScript too.
 */
@Controller
@RequestMapping("/engagements/{id}/action-steps")
class ActionStepController {


    private final ActionStepService steps;
    private final ActionPlanService plans;
    private final Violations violations;

    ActionStepController(ActionStepService steps, ActionPlanService plans, Violations violations) {
        this.steps = steps;
        this.plans = plans;
        this.violations = violations;
    }

    @GetMapping("/new")
    String newStep(@PathVariable Long id, @RequestParam(required = false) Long goalId,
                   @RequestParam(required = false) String back, @AuthenticationPrincipal CurrentUser me, Model model) {
        StepForm form = new StepForm();
        form.setGoalId(goalId);
        form.setBack(back);
        model.addAttribute("form", form);
        return form(steps.forNewStep(id, me), model);
    }

    @PostMapping
    String create(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me,
                  @Valid @ModelAttribute("form") StepForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ActionStep step = steps.add(id, form.getGoalId(), form.getDescription(), form.getDueOn(), me);
                redirect.addFlashAttribute("message", "Action step added.");
                return back(id, step, form.getBack());
            } catch (RuleViolation e) {
                violations.reject(result, e);
            }
        }
        return form(steps.forNewStep(id, me), model);
    }

    @GetMapping("/{stepId}/edit")
    String edit(@PathVariable Long id, @PathVariable Long stepId, @RequestParam(required = false) String back,
                @AuthenticationPrincipal CurrentUser me, Model model) {
        StepEditor editor = steps.forEdit(id, stepId, me);
        StepForm form = StepForm.of(editor.step());
        form.setBack(back);
        model.addAttribute("form", form);
        return form(editor, model);
    }

    @PostMapping("/{stepId}/edit")
    String update(@PathVariable Long id, @PathVariable Long stepId, @AuthenticationPrincipal CurrentUser me,
                  @Valid @ModelAttribute("form") StepForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                ActionStep step = steps.update(id, stepId, form.getVersion(), form.getGoalId(), form.getDescription(),
                        form.getDueOn(), me);
                redirect.addFlashAttribute("message", "Action step saved.");
                return back(id, step, form.getBack());
            } catch (RuleViolation e) {
                violations.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                StepEditor editor = steps.forEdit(id, stepId, me);
                form.setVersion(editor.step().getVersion());
                conflict(form, StepForm.of(editor.step()), editor).show(model, response);
                return form(editor, model);
            }
        }
        return form(steps.forEdit(id, stepId, me), model);
    }

    @PostMapping("/{stepId}/notes")
    String addNote(@PathVariable Long id, @PathVariable Long stepId, @AuthenticationPrincipal CurrentUser me,
                   @Valid @ModelAttribute("note") NoteForm form, BindingResult result,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                   RedirectAttributes redirect) {
        StepView view;
        NoteError error = null;
        if (result.hasErrors()) {
            view = steps.stepView(id, stepId, me);
            FieldError fieldError = result.getFieldError("text");
            error = new NoteError(stepId, fieldError != null ? fieldError.getDefaultMessage() : "Write what moved",
                    form.getText());
        } else {
            try {
                view = steps.addNote(id, stepId, form.getText(), me);
            } catch (RuleViolation e) {
                view = steps.stepView(id, stepId, me);
                error = new NoteError(stepId, violations.message(e), form.getText());
            }
        }
        if (htmx != null) {
            return fragment(view, form.getBack(), error, model);
        }
        if (error != null) {
            redirect.addFlashAttribute("noteError", error);
        } else {
            redirect.addFlashAttribute("message", "Progress note logged.");
        }
        return back(id, view.step(), form.getBack()) + "#step-" + stepId;
    }

    @PostMapping("/{stepId}/status")
    String changeStatus(@PathVariable Long id, @PathVariable Long stepId, @RequestParam String status,
                        @RequestParam(required = false) String back, @AuthenticationPrincipal CurrentUser me,
                        @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                        RedirectAttributes redirect) {
        ActionStepStatus newStatus = ActionStepStatus.parse(status)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown status"));
        StepView view;
        try {
            view = steps.changeStatus(id, stepId, newStatus, me);
        } catch (ObjectOptimisticLockingFailureException e) {
            // Someone changed the step at the same moment: show it as it now stands, unchanged by this click.
            view = steps.stepView(id, stepId, me);
            if (htmx != null) {
                return fragment(view, back, null, model);
            }
            redirect.addFlashAttribute("error", "Someone else changed this step at the same moment; check it and try again.");
            return back(id, view.step(), back) + "#step-" + stepId;
        }
        if (htmx != null) {
            if (!"goal".equals(back)) {
                // the plan's heading counts the open and overdue steps: send it again with the step
                model.addAttribute("counts", plans.counts(id, me));
            }
            return fragment(view, back, null, model);
        }
        redirect.addFlashAttribute("message", switch (newStatus) {
            case DONE -> "Step done. Well done.";
            case DROPPED -> "Step dropped.";
            case OPEN -> "Step reopened.";
        });
        return back(id, view.step(), back) + "#step-" + stepId;
    }

    private String fragment(StepView view, String back, NoteError error, Model model) {
        model.addAttribute("item", view);
        model.addAttribute("back", "goal".equals(back) ? "goal" : "plan");
        model.addAttribute("noteError", error);
        return "goal/step-response";
    }

    /** Back to the goal page when the step was shown there (and has a goal), else to the action plan. */
    private static String back(Long engagementId, ActionStep step, String back) {
        if ("goal".equals(back) && step.getGoalId() != null) {
            return "redirect:/engagements/" + engagementId + "/goals/" + step.getGoalId();
        }
        return "redirect:/engagements/" + engagementId + "/plan";
    }

    private static Conflict conflict(StepForm typed, StepForm stored, StepEditor editor) {
        return Conflict.on("action step")
                .line("The step", typed.getDescription(), stored.getDescription())
                .line("Due on", typed.getDueOn(), stored.getDueOn())
                .line("Goal it serves", goal(typed.getGoalId(), editor), goal(stored.getGoalId(), editor));
    }

    private static String goal(Long goalId, StepEditor editor) {
        return goalId == null ? "None: the engagement as a whole" : editor.goals().stream()
                .filter(g -> g.getId().equals(goalId)).map(dev.triad.goal.Goal::getStatement).findFirst().orElse("");
    }

    private String form(StepEditor editor, Model model) {
        model.addAttribute("editor", editor);
        model.addAttribute("access", editor.access());
        return "goal/step-form";
    }
}
