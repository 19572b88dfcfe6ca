package dev.triad.assessment.web;

import dev.triad.account.CurrentUser;
import dev.triad.assessment.AssessmentEditor;
import dev.triad.assessment.AssessmentService;
import dev.triad.assessment.ScoreLine;
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

import java.util.List;

/** The scores of an assessment, typed one per line, and shown as charts on the assessments page. */
@Controller
@RequestMapping("/engagements/{id}/assessments")
class AssessmentScoresController {

    private final AssessmentService assessments;
    private final FormPost post;

    AssessmentScoresController(AssessmentService assessments, FormPost post) {
        this.assessments = assessments;
        this.post = post;
    }

    @GetMapping("/{aid}/scores")
    String scores(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me, Model model) {
        AssessmentEditor editor = assessments.forEdit(id, aid, me);
        model.addAttribute(
                "form",
                new ScoresForm(
                        ScoreLine.format(editor.scores()), editor.assessment().getVersion()));
        return scoresPage(editor, model);
    }

    @PostMapping("/{aid}/scores")
    String saveScores(
            @PathVariable Long id,
            @PathVariable Long aid,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") ScoresForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return post.form(result, redirect, () -> scoresPage(assessments.forEdit(id, aid, me), model))
                .onStale(() -> {
                    AssessmentEditor editor = assessments.forEdit(id, aid, me);
                    form.setVersion(editor.assessment().getVersion());
                    Conflict.on("assessment’s scores")
                            .line("Scores", form.getScores(), ScoreLine.format(editor.scores()))
                            .show(model, response);
                    return scoresPage(editor, model);
                })
                .run(
                        () -> {
                            List<ScoreLine> lines = ScoreLine.parse(form.getScores());
                            assessments.replaceScores(id, aid, form.getVersion(), lines, me);
                            return lines.isEmpty();
                        },
                        removed -> Done.redirect("/engagements/" + id + "/assessments/" + aid + "#scores")
                                .flash(removed ? "flash.assessment.scoresRemoved" : "flash.assessment.scoresSaved"));
    }

    private String scoresPage(AssessmentEditor editor, Model model) {
        model.addAttribute("editor", editor);
        model.addAttribute("access", editor.access());
        return "assessment/scores";
    }
}
