package dev.triad.alignment.web;

import dev.triad.account.CurrentUser;
import dev.triad.alignment.ProgressReportService;
import dev.triad.alignment.ProgressReportService.ReportView;
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

/**
 * The client's progress reports to the leader: the list, writing a new one and opening one (changing, sending and
 * deleting a draft: {@link ReportDraftController}; the leader's feedback: {@link LeaderFeedbackController}).
 */
@Controller
@RequestMapping("/engagements/{id}")
class ReportController {

    private final ProgressReportService reports;
    private final FormPost post;

    ReportController(ProgressReportService reports, FormPost post) {
        this.reports = reports;
        this.post = post;
    }

    @GetMapping("/reports")
    String list(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("page", reports.page(id, me));
        return "alignment/reports";
    }

    @GetMapping("/reports/new")
    String newReport(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") ReportForm form,
            Model model) {
        model.addAttribute("view", reports.forNewReport(id, me));
        return "alignment/report-form";
    }

    @PostMapping("/reports")
    String create(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> {
                    model.addAttribute("view", reports.forNewReport(id, me));
                    return "alignment/report-form";
                })
                .run(
                        () -> form.sending()
                                ? reports.writeAndSend(id, form.toText(), me)
                                : reports.write(id, form.toText(), me),
                        report -> form.sending()
                                ? Done.redirect("/engagements/" + id + "/reports/" + report.getId())
                                        .flash("flash.report.sent")
                                : Done.redirect("/engagements/" + id + "/reports")
                                        .flash("flash.report.saved"));
    }

    @GetMapping("/reports/{reportId}")
    String show(
            @PathVariable Long id, @PathVariable Long reportId, @AuthenticationPrincipal CurrentUser me, Model model) {
        ReportView view = reports.open(id, reportId, me);
        model.addAttribute("view", view);
        if (view.report().isDraft()) {
            model.addAttribute("form", ReportForm.of(view.report()));
            return "alignment/report-form";
        }
        return "alignment/report";
    }
}
