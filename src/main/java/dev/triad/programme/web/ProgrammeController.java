package dev.triad.programme.web;

import dev.triad.programme.CoachingType;
import dev.triad.programme.Programme;
import dev.triad.programme.ProgrammeService;
import dev.triad.programme.Programmes;
import dev.triad.programme.Timing;
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

/** HR administrators list, create and change programmes. */
@Controller
@RequestMapping("/programmes")
class ProgrammeController {

    private final Programmes programmes;
    private final ProgrammeService service;
    private final FormPost post;

    ProgrammeController(Programmes programmes, ProgrammeService service, FormPost post) {
        this.programmes = programmes;
        this.service = service;
        this.post = post;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("timings", Timing.values());
        model.addAttribute("coachingTypes", CoachingType.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("programmes", programmes.findAllInOrder());
        return "programme/list";
    }

    @GetMapping("/new")
    String newProgramme(@ModelAttribute("form") ProgrammeForm form) {
        return "programme/form";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result, RedirectAttributes redirect) {
        return post.form(result, redirect, () -> "programme/form")
                .run(
                        () -> service.create(form.toDetails()),
                        created -> Done.redirect("/programmes")
                                .flash("flash.programme.created", form.getName().strip()));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Programme programme = service.find(id);
        model.addAttribute("form", ProgrammeForm.of(programme));
        model.addAttribute("programme", programme);
        return "programme/form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") ProgrammeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Programme programme = service.find(id);
        model.addAttribute("programme", programme);
        return post.form(result, redirect, () -> "programme/form")
                .onStale(() -> conflict(id, form, model, response))
                .run(
                        () -> service.update(id, form.getVersion(), form.toDetails()),
                        saved -> Done.redirect("/programmes")
                                .flash("flash.programme.saved", form.getName().strip()));
    }

    /** Keeps what HR typed; a second save replaces the other change knowingly. */
    private String conflict(Long id, ProgrammeForm form, Model model, HttpServletResponse response) {
        Programme current = service.find(id);
        model.addAttribute("programme", current);
        ProgrammeForm stored = ProgrammeForm.of(current);
        form.setVersion(stored.getVersion());
        Conflict.on("programme")
                .line("Name", form.getName(), stored.getName())
                .line("Purpose", form.getPurpose(), stored.getPurpose())
                .line("Timing", form.getTiming(), stored.getTiming())
                .line("Default coaching type", form.getDefaultCoachingType(), stored.getDefaultCoachingType())
                .line("Default contracted hours", form.getDefaultContractedHours(), stored.getDefaultContractedHours())
                .line("Starts on", form.getStartsOn(), stored.getStartsOn())
                .line("Ends on", form.getEndsOn(), stored.getEndsOn())
                .line(
                        "Cancellation notice (hours)",
                        form.getCancellationNoticeHours(),
                        stored.getCancellationNoticeHours())
                .line(
                        "Cancellations in a row before HR is alerted",
                        form.getConsecutiveCancellationThreshold(),
                        stored.getConsecutiveCancellationThreshold())
                .line(
                        "Days to correct a session’s outcome",
                        form.getOutcomeCorrectionDays(),
                        stored.getOutcomeCorrectionDays())
                .line("Check-in every … sessions", form.getCheckInEverySessions(), stored.getCheckInEverySessions())
                .line("Mandated", form.getMandated(), stored.getMandated())
                .show(model, response);
        return "programme/form";
    }
}
