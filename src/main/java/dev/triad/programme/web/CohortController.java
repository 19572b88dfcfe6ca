package dev.triad.programme.web;

import dev.triad.programme.Cohorts;
import dev.triad.programme.Cohorts.CohortRefused;
import dev.triad.programme.Programme;
import dev.triad.programme.ProgrammeDirectory;
import dev.triad.system.NotFoundException;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** HR opens a cohort: several engagements of one programme at once, all or nothing. */
@Controller
@RequestMapping("/programmes/{id}/cohort")
class CohortController {

    private final Cohorts cohorts;
    private final ProgrammeDirectory programmes;
    private final Clock clock;
    private final FormPost post;

    CohortController(Cohorts cohorts, ProgrammeDirectory programmes, Clock clock, FormPost post) {
        this.cohorts = cohorts;
        this.programmes = programmes;
        this.clock = clock;
        this.post = post;
    }

    @GetMapping
    String form(@PathVariable Long id, @ModelAttribute("form") CohortForm form, Model model) {
        Programme programme = programme(id);
        if (form.getStartsOn() == null) {
            LocalDate today = LocalDate.now(clock);
            form.setStartsOn(programme.getStartsOn().isAfter(today) ? programme.getStartsOn() : today);
            form.setPlannedEndOn(
                    programme.getEndsOn() != null && !programme.getEndsOn().isBefore(form.getStartsOn())
                            ? programme.getEndsOn()
                            : form.getStartsOn().plusMonths(6));
        }
        return page(programme, List.of(), model);
    }

    @PostMapping
    String create(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") CohortForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Programme programme = programme(id);
        // A refused cohort is no RuleViolation: it lists each line's problems beside the lines, kept by hand here.
        try {
            return post.form(result, redirect, () -> page(programme, List.of(), model))
                    .allOn("lines")
                    .run(
                            () -> cohorts.create(id, form.getLines(), form.getStartsOn(), form.getPlannedEndOn()),
                            created -> Done.redirect("/?programme=" + id + "&unassigned=true")
                                    .flash(
                                            created.size() == 1 ? "flash.cohort.created.one" : "flash.cohort.created",
                                            String.valueOf(created.size()),
                                            programme.getName()));
        } catch (CohortRefused e) {
            result.rejectValue("lines", "refused", "Nothing was created: correct the lines below and try again.");
            return page(programme, e.problems(), model);
        }
    }

    private Programme programme(Long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("Programme"));
    }

    private String page(Programme programme, List<Cohorts.LineProblem> problems, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("problems", problems);
        model.addAttribute("maxLines", Cohorts.MAX_LINES);
        return "programme/cohort";
    }
}
