package dev.triad.alignment.web;

import dev.triad.account.CurrentUser;
import dev.triad.alignment.ProgressReportService;
import dev.triad.alignment.ProgressReportService.ReportView;
import dev.triad.system.Conflict;
import dev.triad.system.RuleViolation;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.Violations;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing, sending and deleting a draft progress report. */
@Controller
@RequestMapping("/engagements/{id}")
class ReportDraftController {

    private final ProgressReportService reports;
    private final FormPost post;
    private final Violations violations;

    ReportDraftController(ProgressReportService reports, FormPost post, Violations violations) {
        this.reports = reports;
        this.post = post;
        this.violations = violations;
    }

    @PostMapping("/reports/{reportId}")
    String update(
            @PathVariable Long id,
            @PathVariable Long reportId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            model.addAttribute("view", reports.draft(id, reportId, me));
            return "alignment/report-form";
        }
        try {
            reports.rewrite(id, reportId, form.getVersion(), form.toText(), me);
        } catch (RuleViolation e) {
            violations.reject(result, e);
            model.addAttribute("view", reports.draft(id, reportId, me));
            return "alignment/report-form";
        } catch (ObjectOptimisticLockingFailureException e) {
            // Keep what was typed beside the draft as it now stands; saving again applies it.
            ReportView view = reports.draft(id, reportId, me);
            ReportForm stored = ReportForm.of(view.report());
            form.setVersion(stored.getVersion());
            Conflict.on("progress report")
                    .line("What I committed to", form.getCommitted(), stored.getCommitted())
                    .line("What I did", form.getDone(), stored.getDone())
                    .line("What I saw", form.getObserved(), stored.getObserved())
                    .line("What is next", form.getNextSteps(), stored.getNextSteps())
                    .show(model, response);
            model.addAttribute("view", view);
            return "alignment/report-form";
        }
        return form.sending() ? send(id, reportId, me, result, model, redirect) : saved(id, redirect);
    }

    /** What deleting a draft does, before the client does it. */
    @GetMapping("/reports/{reportId}/delete")
    String confirmDeletion(
            @PathVariable Long id, @PathVariable Long reportId, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("view", reports.draftToDelete(id, reportId, me));
        return "alignment/report-delete";
    }

    @PostMapping("/reports/{reportId}/delete")
    String delete(
            @PathVariable Long id,
            @PathVariable Long reportId,
            @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        reports.deleteDraft(id, reportId, me);
        redirect.addFlashAttribute("message", post.text("flash.report.deleted"));
        return "redirect:/engagements/" + id + "/reports";
    }

    private String send(
            Long id, Long reportId, CurrentUser me, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            reports.send(id, reportId, me);
        } catch (RuleViolation e) {
            violations.reject(result, e);
            ReportView view = reports.draft(id, reportId, me);
            model.addAttribute("view", view);
            // the draft was saved: the form goes on with its new version
            ((ReportForm) result.getTarget()).setVersion(view.report().getVersion());
            return "alignment/report-form";
        }
        redirect.addFlashAttribute("message", post.text("flash.report.sent"));
        return "redirect:/engagements/" + id + "/reports/" + reportId;
    }

    private String saved(Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", post.text("flash.report.saved"));
        return "redirect:/engagements/" + id + "/reports";
    }
}
