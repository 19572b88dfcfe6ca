package dev.triad.impact.web;

import dev.triad.account.CurrentUser;
import dev.triad.impact.ImpactMeasure;
import dev.triad.impact.ImpactMeasureService;
import dev.triad.impact.ImpactMeasureService.MeasureEditor;
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

/** The client and the coach record the impact measures agreed in alignment, and their after values later. */
@Controller
@RequestMapping("/engagements/{id}/impact-measures")
class ImpactMeasureController {

    private final ImpactMeasureService measures;
    private final FormPost post;

    ImpactMeasureController(ImpactMeasureService measures, FormPost post) {
        this.measures = measures;
        this.post = post;
    }

    @GetMapping("/new")
    String newMeasure(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") MeasureForm form,
            Model model) {
        return form(measures.editor(id, null, me), model);
    }

    @PostMapping
    String add(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") MeasureForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> form(measures.editor(id, null, me), model))
                .run(
                        () -> measures.add(id, form.toDetails(), me),
                        measure -> back(id).flash("flash.impact.recorded", measure.getName()));
    }

    @GetMapping("/{measureId}/edit")
    String edit(
            @PathVariable Long id, @PathVariable Long measureId, @AuthenticationPrincipal CurrentUser me, Model model) {
        MeasureEditor editor = measures.editor(id, measureId, me);
        model.addAttribute("form", MeasureForm.of(editor.measure()));
        return form(editor, model);
    }

    @PostMapping("/{measureId}")
    String update(
            @PathVariable Long id,
            @PathVariable Long measureId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") MeasureForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return post.form(result, redirect, () -> form(measures.editor(id, measureId, me), model))
                .onStale(() -> conflict(id, measureId, me, form, model, response))
                .run(
                        () -> measures.update(id, measureId, form.getVersion(), form.toDetails(), me),
                        back(id).flash("flash.impact.saved"));
    }

    /** What was typed beside the measure as it is saved now; saving again applies it. */
    private String conflict(
            Long id, Long measureId, CurrentUser me, MeasureForm form, Model model, HttpServletResponse response) {
        MeasureEditor current = measures.editor(id, measureId, me);
        MeasureForm stored = MeasureForm.of(current.measure());
        form.setVersion(stored.getVersion());
        Conflict.on("impact measure")
                .line("Measure", form.getName(), stored.getName())
                .line("Unit", form.getUnit(), stored.getUnit())
                .line("Before the coaching", form.getBefore(), stored.getBefore())
                .line("After the coaching", form.getAfter(), stored.getAfter())
                .show(model, response);
        return form(current, model);
    }

    @PostMapping("/{measureId}/delete")
    String remove(
            @PathVariable Long id,
            @PathVariable Long measureId,
            @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        measures.remove(id, measureId, me);
        redirect.addFlashAttribute("message", post.text("flash.impact.removed"));
        return "redirect:/engagements/" + id + "/evaluation#impact";
    }

    private static Done back(Long id) {
        return Done.redirect("/engagements/" + id + "/evaluation#impact");
    }

    private String form(MeasureEditor editor, Model model) {
        model.addAttribute("editor", editor);
        model.addAttribute("access", editor.access());
        model.addAttribute("suggestedNames", ImpactMeasure.SUGGESTED_NAMES);
        return "impact/measure-form";
    }
}
