package dev.triad.assessment.web;

import dev.triad.account.CurrentUser;
import dev.triad.assessment.AssessmentEditor;
import dev.triad.assessment.AssessmentFile;
import dev.triad.assessment.AssessmentKind;
import dev.triad.assessment.AssessmentPage;
import dev.triad.assessment.AssessmentService;
import dev.triad.assessment.Sharing;
import dev.triad.system.Conflict;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
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
import java.util.List;

/**
 * An engagement's assessments: the assessments page (strengths and development areas side by side,
 * scores as charts), the assessment page, the form and the client's access log (scores: {@link AssessmentScoresController};
 * report files and sharing with the leader: {@link AssessmentFileController}).
 */
@Controller
@RequestMapping("/engagements/{id}/assessments")
class AssessmentController {

    static final int LOG_PAGE_SIZE = 50;

    private final AssessmentService assessments;
    private final Clock clock;
    private final FormPost post;

    AssessmentController(AssessmentService assessments, Clock clock, FormPost post) {
        this.assessments = assessments;
        this.clock = clock;
        this.post = post;
    }

    @GetMapping
    String list(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("overview", assessments.overview(id, me));
        return "assessment/list";
    }

    @GetMapping("/new")
    String newAssessment(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("form", AssessmentForm.newAssessment(LocalDate.now(clock)));
        return form(assessments.forNew(id, me), model);
    }

    @PostMapping
    String create(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") AssessmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> form(assessments.forNew(id, me), model))
                .run(
                        () -> assessments.create(id, form.toDetails(), me),
                        assessment -> Done.redirect("/engagements/" + id + "/assessments/" + assessment.getId())
                                .flash("flash.assessment.created"));
    }

    @GetMapping("/access-log")
    String accessLog(
            @PathVariable Long id,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser me,
            Model model) {
        model.addAttribute("log", assessments.accessLog(id, me, PageRequest.of(Math.max(0, page), LOG_PAGE_SIZE)));
        return "assessment/access-log";
    }

    @GetMapping("/{aid}")
    String show(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me, Model model) {
        AssessmentPage page = assessments.page(id, aid, me);
        model.addAttribute("page", page);
        model.addAttribute("access", page.access());
        model.addAttribute("sharings", Sharing.values());
        model.addAttribute("maxUploadBytes", AssessmentFile.MAX_BYTES);
        return "assessment/show";
    }

    @GetMapping("/{aid}/edit")
    String edit(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me, Model model) {
        AssessmentEditor editor = assessments.forEdit(id, aid, me);
        model.addAttribute("form", AssessmentForm.of(editor.assessment()));
        return form(editor, model);
    }

    @PostMapping("/{aid}/edit")
    String update(
            @PathVariable Long id,
            @PathVariable Long aid,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") AssessmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return post.form(result, redirect, () -> form(assessments.forEdit(id, aid, me), model))
                .onStale(() -> {
                    AssessmentEditor editor = assessments.forEdit(id, aid, me);
                    AssessmentForm stored = AssessmentForm.of(editor.assessment());
                    form.setVersion(stored.getVersion());
                    Conflict.on("assessment")
                            .line("Kind", form.getKind(), stored.getKind())
                            .line("Date", form.getAssessedOn(), stored.getAssessedOn())
                            .line("Title", form.getTitle(), stored.getTitle())
                            .line("Summary", form.getSummary(), stored.getSummary())
                            .line("Strengths", form.getStrengths(), stored.getStrengths())
                            .line("Development areas", form.getDevelopmentAreas(), stored.getDevelopmentAreas())
                            .show(model, response);
                    return form(editor, model);
                })
                .run(
                        () -> assessments.update(id, aid, form.getVersion(), form.toDetails(), me),
                        Done.redirect("/engagements/" + id + "/assessments/" + aid)
                                .flash("flash.assessment.saved"));
    }

    private String form(AssessmentEditor editor, Model model) {
        model.addAttribute("editor", editor);
        model.addAttribute("access", editor.access());
        model.addAttribute(
                "kinds", editor.kindFixed() ? List.of(AssessmentKind.REVIEW_360) : List.of(AssessmentKind.values()));
        return "assessment/form";
    }
}
