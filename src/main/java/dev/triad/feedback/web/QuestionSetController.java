package dev.triad.feedback.web;

import dev.triad.feedback.FeedbackQuestionSet;
import dev.triad.feedback.QuestionSetDetails;
import dev.triad.feedback.QuestionSetService;
import dev.triad.system.Conflict;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HR's question sets for 360 feedback (HR only: see the security configuration). */
@Controller
@RequestMapping("/feedback-question-sets")
class QuestionSetController {

    private final QuestionSetService sets;
    private final FormPost post;

    QuestionSetController(QuestionSetService sets, FormPost post) {
        this.sets = sets;
        this.post = post;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("sets", sets.all());
        return "feedback/question-sets";
    }

    @GetMapping("/new")
    String newSet(Model model) {
        model.addAttribute("form", new QuestionSetForm());
        return "feedback/question-set-form";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") QuestionSetForm form, BindingResult result, RedirectAttributes redirect) {
        return post.form(result, redirect, () -> "feedback/question-set-form")
                .run(() -> sets.create(form.toDetails()), QuestionSetController::saved);
    }

    @GetMapping("/{setId}/edit")
    String edit(@PathVariable Long setId, Model model) {
        FeedbackQuestionSet set = sets.get(setId);
        model.addAttribute("form", QuestionSetForm.of(QuestionSetDetails.of(set), set.getVersion()));
        model.addAttribute("set", set);
        return "feedback/question-set-form";
    }

    @PostMapping("/{setId}/edit")
    String update(
            @PathVariable Long setId,
            @Valid @ModelAttribute("form") QuestionSetForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return post.form(result, redirect, () -> formPage(setId, model))
                .onStale(() -> {
                    FeedbackQuestionSet current = sets.get(setId);
                    QuestionSetForm stored = QuestionSetForm.of(QuestionSetDetails.of(current), current.getVersion());
                    form.setVersion(stored.getVersion());
                    Conflict.on("question set")
                            .line("Name", form.getName(), stored.getName())
                            .line("Description", form.getDescription(), stored.getDescription())
                            .line("Offered to coaches", form.isOffered(), stored.isOffered())
                            .line("Rating items", form.getRatingItems(), stored.getRatingItems())
                            .line("Open questions", form.getOpenQuestions(), stored.getOpenQuestions())
                            .show(model, response);
                    return formPage(setId, model);
                })
                .run(() -> sets.update(setId, form.getVersion(), form.toDetails()), QuestionSetController::saved);
    }

    private String formPage(Long setId, Model model) {
        model.addAttribute("set", sets.get(setId));
        return "feedback/question-set-form";
    }

    private static Done saved(FeedbackQuestionSet set) {
        return Done.redirect("/feedback-question-sets").flash("flash.feedback.questionSetSaved", set.getName());
    }
}
