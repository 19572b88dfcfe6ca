package dev.triad.goal.web;

import dev.triad.account.CurrentUser;
import dev.triad.goal.CheckInEditor;
import dev.triad.goal.Goal;
import dev.triad.goal.GoalCategory;
import dev.triad.goal.GoalChart;
import dev.triad.goal.GoalEditor;
import dev.triad.goal.GoalPage;
import dev.triad.goal.GoalService;
import dev.triad.goal.GoalStatus;
import dev.triad.goal.GoalVisibility;
import dev.triad.system.Conflict;
import dev.triad.system.Numbers;
import dev.triad.system.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import java.time.Clock;
import java.time.LocalDate;

/**
 * An engagement's goals: the list, the goal page with its chart, check-ins (recorded, corrected, deleted) and leader
 * input, and the goal form.
 */
@Controller
@RequestMapping("/engagements/{id}/goals")
class GoalController {

    private final GoalService goals;
    private final Clock clock;

    GoalController(GoalService goals, Clock clock) {
        this.goals = goals;
        this.clock = clock;
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
    String create(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me,
                  @Valid @ModelAttribute("form") GoalForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Goal goal = goals.create(id, form.toDetails(), me);
                redirect.addFlashAttribute("message", "Goal saved.");
                return "redirect:/engagements/" + id + "/goals/" + goal.getId();
            } catch (RuleViolation e) {
                result.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return form(goals.forNewGoal(id, me), model);
    }

    @GetMapping("/{goalId}")
    String show(@PathVariable Long id, @PathVariable Long goalId, @AuthenticationPrincipal CurrentUser me, Model model) {
        return page(goals.page(id, goalId, me), model);
    }

    @GetMapping("/{goalId}/edit")
    String edit(@PathVariable Long id, @PathVariable Long goalId, @AuthenticationPrincipal CurrentUser me, Model model) {
        GoalEditor editor = goals.forEdit(id, goalId, me);
        model.addAttribute("form", GoalForm.of(editor.goal()));
        return form(editor, model);
    }

    @PostMapping("/{goalId}/edit")
    String update(@PathVariable Long id, @PathVariable Long goalId, @AuthenticationPrincipal CurrentUser me,
                  @Valid @ModelAttribute("form") GoalForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                goals.update(id, goalId, form.getVersion(), form.toDetails(), me);
                redirect.addFlashAttribute("message", "Goal saved.");
                return "redirect:/engagements/" + id + "/goals/" + goalId;
            } catch (RuleViolation e) {
                result.rejectValue(e.field(), "invalid", e.getMessage());
            } catch (ObjectOptimisticLockingFailureException e) {
                // Keep what was typed; show the goal as it now stands, and let a second save go through.
                GoalEditor editor = goals.forEdit(id, goalId, me);
                form.setVersion(editor.goal().getVersion());
                conflict(form, GoalForm.of(editor.goal())).show(model, response);
                return form(editor, model);
            }
        }
        return form(goals.forEdit(id, goalId, me), model);
    }

    @PostMapping("/{goalId}/check-ins")
    String checkIn(@PathVariable Long id, @PathVariable Long goalId, @AuthenticationPrincipal CurrentUser me,
                   @Valid @ModelAttribute("checkIn") CheckInForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                goals.checkIn(id, goalId, form.getMeasuredOn(), form.getValue(), form.getComment(), me);
                redirect.addFlashAttribute("message", "Check-in recorded.");
                return "redirect:/engagements/" + id + "/goals/" + goalId + "#check-ins";
            } catch (RuleViolation e) {
                result.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return page(goals.pageForCheckIn(id, goalId, me), model);
    }

    @GetMapping("/{goalId}/check-ins/{checkInId}/edit")
    String editCheckIn(@PathVariable Long id, @PathVariable Long goalId, @PathVariable Long checkInId,
                       @AuthenticationPrincipal CurrentUser me, Model model) {
        CheckInEditor editor = goals.forCheckInEdit(id, goalId, checkInId, me);
        model.addAttribute("checkIn", CheckInForm.of(editor.checkIn()));
        return checkInForm(editor, model);
    }

    @PostMapping("/{goalId}/check-ins/{checkInId}/edit")
    String correctCheckIn(@PathVariable Long id, @PathVariable Long goalId, @PathVariable Long checkInId,
                          @AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("checkIn") CheckInForm form,
                          BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                goals.correctCheckIn(id, goalId, checkInId, form.getVersion(), form.getMeasuredOn(), form.getValue(),
                        form.getComment(), me);
                redirect.addFlashAttribute("message", "Check-in corrected.");
                return "redirect:/engagements/" + id + "/goals/" + goalId + "#check-ins";
            } catch (RuleViolation e) {
                result.rejectValue(e.field(), "invalid", e.getMessage());
            } catch (ObjectOptimisticLockingFailureException e) {
                // Keep what was typed; show the check-in as it now stands, and let a second save go through.
                CheckInEditor editor = goals.forCheckInEdit(id, goalId, checkInId, me);
                CheckInForm stored = CheckInForm.of(editor.checkIn());
                form.setVersion(stored.getVersion());
                Conflict.on("check-in")
                        .line("Date", day(form.getMeasuredOn()), day(stored.getMeasuredOn()))
                        .line("Value", Numbers.plain(form.getValue()), Numbers.plain(stored.getValue()))
                        .line("Comment", form.getComment(), stored.getComment())
                        .show(model, response);
                return checkInForm(editor, model);
            }
        }
        return checkInForm(goals.forCheckInEdit(id, goalId, checkInId, me), model);
    }

    /** The confirmation step before a check-in is deleted (no browser dialog: the CSP forbids inline script). */
    @GetMapping("/{goalId}/check-ins/{checkInId}/delete")
    String confirmCheckInDeletion(@PathVariable Long id, @PathVariable Long goalId, @PathVariable Long checkInId,
                                  @AuthenticationPrincipal CurrentUser me, Model model) {
        return checkInDeletion(goals.forCheckInEdit(id, goalId, checkInId, me), model);
    }

    @PostMapping("/{goalId}/check-ins/{checkInId}/delete")
    String deleteCheckIn(@PathVariable Long id, @PathVariable Long goalId, @PathVariable Long checkInId,
                         @RequestParam(required = false) Long version, @AuthenticationPrincipal CurrentUser me, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        try {
            goals.deleteCheckIn(id, goalId, checkInId, version, me);
        } catch (ObjectOptimisticLockingFailureException e) {
            // Corrected since the person confirmed: nothing is deleted; they confirm again on what it says now.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("changedSince", true);
            return checkInDeletion(goals.forCheckInEdit(id, goalId, checkInId, me), model);
        }
        redirect.addFlashAttribute("message", "Check-in deleted.");
        return "redirect:/engagements/" + id + "/goals/" + goalId + "#check-ins";
    }

    @PostMapping("/{goalId}/leader-input")
    String leaderInput(@PathVariable Long id, @PathVariable Long goalId, @AuthenticationPrincipal CurrentUser me,
                       @Valid @ModelAttribute("leaderInput") LeaderInputForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                goals.addLeaderInput(id, goalId, form.getText(), me);
                redirect.addFlashAttribute("message", "Your input is recorded on the goal.");
                return "redirect:/engagements/" + id + "/goals/" + goalId + "#leader-input";
            } catch (RuleViolation e) {
                result.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return page(goals.pageForLeaderInput(id, goalId, me), model);
    }

    private String page(GoalPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("access", page.access());
        if (!model.containsAttribute("checkIn")) {
            model.addAttribute("checkIn", CheckInForm.on(LocalDate.now(clock)));
        }
        if (!model.containsAttribute("leaderInput")) {
            model.addAttribute("leaderInput", new LeaderInputForm());
        }
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("chart", GoalChart.of(page.goal(), page.checkIns(), LocaleContextHolder.getLocale(), LocalDate.now(clock)));
        return "goal/show";
    }

    private String checkInForm(CheckInEditor editor, Model model) {
        model.addAttribute("editor", editor);
        model.addAttribute("access", editor.access());
        model.addAttribute("dates", GoalChart.readerDates(LocaleContextHolder.getLocale()));
        return "goal/check-in-form";
    }

    private String checkInDeletion(CheckInEditor editor, Model model) {
        model.addAttribute("editor", editor);
        model.addAttribute("access", editor.access());
        model.addAttribute("dates", GoalChart.readerDates(LocaleContextHolder.getLocale()));
        return "goal/check-in-delete";
    }

    private static String day(LocalDate date) {
        return date == null ? "" : GoalChart.readerDates(LocaleContextHolder.getLocale()).format(date);
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
