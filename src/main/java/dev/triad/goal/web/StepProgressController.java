package dev.triad.goal.web;

import dev.triad.account.CurrentUser;
import dev.triad.goal.ActionPlanService;
import dev.triad.goal.ActionStepService;
import dev.triad.goal.ActionStepStatus;
import dev.triad.goal.StepView;
import dev.triad.system.RuleViolation;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.Violations;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The two things the client does most often with an action step — logging a progress note and completing a step —
 * which answer an htmx request with the re-rendered step and a plain form post with a redirect, so they work without
 * JavaScript too.
 */
@Controller
@RequestMapping("/engagements/{id}/action-steps")
class StepProgressController {

    private final ActionStepService steps;
    private final ActionPlanService plans;
    private final FormPost post;
    private final Violations violations;

    StepProgressController(ActionStepService steps, ActionPlanService plans, FormPost post, Violations violations) {
        this.steps = steps;
        this.plans = plans;
        this.post = post;
        this.violations = violations;
    }

    @PostMapping("/{stepId}/notes")
    String addNote(
            @PathVariable Long id,
            @PathVariable Long stepId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("note") NoteForm form,
            BindingResult result,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        StepView view;
        NoteError error = null;
        if (result.hasErrors()) {
            view = steps.stepView(id, stepId, me);
            FieldError fieldError = result.getFieldError("text");
            error = new NoteError(
                    stepId, fieldError != null ? fieldError.getDefaultMessage() : "Write what moved", form.getText());
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
            redirect.addFlashAttribute("message", post.text("flash.step.noteLogged"));
        }
        return ActionStepController.back(id, view.step(), form.getBack()) + "#step-" + stepId;
    }

    @PostMapping("/{stepId}/status")
    String changeStatus(
            @PathVariable Long id,
            @PathVariable Long stepId,
            @RequestParam String status,
            @RequestParam(required = false) String back,
            @AuthenticationPrincipal CurrentUser me,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
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
            redirect.addFlashAttribute("error", post.text("flash.step.changedSameMoment"));
            return ActionStepController.back(id, view.step(), back) + "#step-" + stepId;
        }
        if (htmx != null) {
            if (!"goal".equals(back)) {
                // the plan's heading counts the open and overdue steps: send it again with the step
                model.addAttribute("counts", plans.counts(id, me));
            }
            return fragment(view, back, null, model);
        }
        redirect.addFlashAttribute(
                "message",
                post.text(
                        switch (newStatus) {
                            case DONE -> "flash.step.done";
                            case DROPPED -> "flash.step.dropped";
                            case OPEN -> "flash.step.reopened";
                        }));
        return ActionStepController.back(id, view.step(), back) + "#step-" + stepId;
    }

    private String fragment(StepView view, String back, NoteError error, Model model) {
        model.addAttribute("item", view);
        model.addAttribute("back", "goal".equals(back) ? "goal" : "plan");
        model.addAttribute("noteError", error);
        return "goal/step-response";
    }
}
