package dev.triad.programme.web;

import dev.triad.programme.CoachingType;
import dev.triad.programme.Programmes;
import dev.triad.programme.Timing;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;

/** HR administrators list and create programmes. */
@Controller
@RequestMapping("/programmes")
class ProgrammeController {

    private final Programmes programmes;
    private final Clock clock;

    ProgrammeController(Programmes programmes, Clock clock) {
        this.programmes = programmes;
        this.clock = clock;
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
    String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("name") && programmes.nameTaken(form.getName().strip())) {
            result.rejectValue("name", "taken", "A programme with this name already exists");
        }
        if (result.hasErrors()) {
            return "programme/form";
        }
        programmes.save(form.toProgramme(clock.instant()));
        redirect.addFlashAttribute("message", "Programme " + form.getName().strip() + " created.");
        return "redirect:/programmes";
    }
}
