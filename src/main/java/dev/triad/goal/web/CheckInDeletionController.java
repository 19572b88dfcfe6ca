package dev.triad.goal.web;

import dev.triad.account.CurrentUser;
import dev.triad.goal.GoalService;
import dev.triad.system.web.FormPost;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Deleting a goal's check-in, after a confirmation step (recording and correcting: {@link GoalCheckInController}). */
@Controller
@RequestMapping("/engagements/{id}/goals/{goalId}/check-ins")
class CheckInDeletionController {

    private final GoalService goals;
    private final GoalPages pages;
    private final FormPost post;

    CheckInDeletionController(GoalService goals, GoalPages pages, FormPost post) {
        this.goals = goals;
        this.pages = pages;
        this.post = post;
    }

    /** The confirmation step before a check-in is deleted (no browser dialog: the CSP forbids inline script). */
    @GetMapping("/{checkInId}/delete")
    String confirmCheckInDeletion(
            @PathVariable Long id,
            @PathVariable Long goalId,
            @PathVariable Long checkInId,
            @AuthenticationPrincipal CurrentUser me,
            Model model) {
        return pages.checkInDeletion(goals.forCheckInEdit(id, goalId, checkInId, me), model);
    }

    @PostMapping("/{checkInId}/delete")
    String deleteCheckIn(
            @PathVariable Long id,
            @PathVariable Long goalId,
            @PathVariable Long checkInId,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal CurrentUser me,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            goals.deleteCheckIn(id, goalId, checkInId, version, me);
        } catch (ObjectOptimisticLockingFailureException e) {
            // Corrected since the person confirmed: nothing is deleted; they confirm again on what it says now.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("changedSince", true);
            return pages.checkInDeletion(goals.forCheckInEdit(id, goalId, checkInId, me), model);
        }
        redirect.addFlashAttribute("message", post.text("flash.goal.checkIn.deleted"));
        return "redirect:/engagements/" + id + "/goals/" + goalId + "#check-ins";
    }
}
