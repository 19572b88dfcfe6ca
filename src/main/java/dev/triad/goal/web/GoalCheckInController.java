package dev.triad.goal.web;

import dev.triad.account.CurrentUser;
import dev.triad.goal.CheckInEditor;
import dev.triad.goal.GoalChart;
import dev.triad.goal.GoalService;
import dev.triad.system.Conflict;
import dev.triad.system.Numbers;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
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

import java.time.LocalDate;

/** A goal's check-ins: recorded on the goal page and corrected (deleting one: {@link CheckInDeletionController}). */
@Controller
@RequestMapping("/engagements/{id}/goals/{goalId}/check-ins")
class GoalCheckInController {

    private final GoalService goals;
    private final GoalPages pages;
    private final FormPost post;

    GoalCheckInController(GoalService goals, GoalPages pages, FormPost post) {
        this.goals = goals;
        this.pages = pages;
        this.post = post;
    }

    @PostMapping
    String checkIn(
            @PathVariable Long id,
            @PathVariable Long goalId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("checkIn") CheckInForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> pages.page(goals.pageForCheckIn(id, goalId, me), model))
                .run(
                        () -> goals.checkIn(id, goalId, form.getMeasuredOn(), form.getValue(), form.getComment(), me),
                        back(id, goalId).flash("flash.goal.checkIn.recorded"));
    }

    @GetMapping("/{checkInId}/edit")
    String editCheckIn(
            @PathVariable Long id,
            @PathVariable Long goalId,
            @PathVariable Long checkInId,
            @AuthenticationPrincipal CurrentUser me,
            Model model) {
        CheckInEditor editor = goals.forCheckInEdit(id, goalId, checkInId, me);
        model.addAttribute("checkIn", CheckInForm.of(editor.checkIn()));
        return pages.checkInForm(editor, model);
    }

    @PostMapping("/{checkInId}/edit")
    String correctCheckIn(
            @PathVariable Long id,
            @PathVariable Long goalId,
            @PathVariable Long checkInId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("checkIn") CheckInForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return post.form(
                        result,
                        redirect,
                        () -> pages.checkInForm(goals.forCheckInEdit(id, goalId, checkInId, me), model))
                .onStale(() -> {
                    // Keep what was typed; show the check-in as it now stands, and let a second save go through.
                    CheckInEditor editor = goals.forCheckInEdit(id, goalId, checkInId, me);
                    CheckInForm stored = CheckInForm.of(editor.checkIn());
                    form.setVersion(stored.getVersion());
                    Conflict.on("check-in")
                            .line("Date", day(form.getMeasuredOn()), day(stored.getMeasuredOn()))
                            .line("Value", Numbers.plain(form.getValue()), Numbers.plain(stored.getValue()))
                            .line("Comment", form.getComment(), stored.getComment())
                            .show(model, response);
                    return pages.checkInForm(editor, model);
                })
                .run(
                        () -> goals.correctCheckIn(
                                id,
                                goalId,
                                checkInId,
                                form.getVersion(),
                                form.getMeasuredOn(),
                                form.getValue(),
                                form.getComment(),
                                me),
                        back(id, goalId).flash("flash.goal.checkIn.corrected"));
    }

    private static Done back(Long id, Long goalId) {
        return Done.redirect("/engagements/" + id + "/goals/" + goalId + "#check-ins");
    }

    private static String day(LocalDate date) {
        return date == null
                ? ""
                : GoalChart.readerDates(LocaleContextHolder.getLocale()).format(date);
    }
}
