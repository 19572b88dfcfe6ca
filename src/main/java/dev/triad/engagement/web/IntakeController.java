package dev.triad.engagement.web;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.IntakeService;
import dev.triad.engagement.IntakeService.IntakePage;
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

/** The intake interview: the coach records it, the client reads it. */
@Controller
@RequestMapping("/engagements/{id}/intake")
class IntakeController {

    private final IntakeService intake;
    private final FormPost post;

    IntakeController(IntakeService intake, FormPost post) {
        this.intake = intake;
        this.post = post;
    }

    @GetMapping
    String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        IntakePage page = intake.page(id, me);
        model.addAttribute("form", page.interview().map(IntakeForm::of).orElseGet(IntakeForm::new));
        return page(page, model);
    }

    @PostMapping
    String write(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") IntakeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        // someone who may not record the interview is refused before being told what is wrong with the form
        intake.pageFor(id, EngagementAction.WRITE_INTAKE_INTERVIEW, me);
        return post.form(result, redirect, () -> page(intake.page(id, me), model))
                .onStale(() -> conflict(id, me, form, model, response))
                .run(
                        () -> intake.write(id, form.getVersion(), form.toText(), me),
                        Done.redirect("/engagements/" + id + "/intake").flash("flash.intake.saved"));
    }

    /** Keeps what was typed beside the interview as it now stands; saving again applies it. */
    private String conflict(Long id, CurrentUser me, IntakeForm form, Model model, HttpServletResponse response) {
        IntakePage page = intake.page(id, me);
        IntakeForm stored = page.interview().map(IntakeForm::of).orElseGet(IntakeForm::new);
        form.setVersion(stored.getVersion());
        Conflict.on("intake interview")
                .line("What prompted the coaching", form.getWhatPrompted(), stored.getWhatPrompted())
                .line(
                        "The sponsor’s stated reasons and expectations",
                        form.getSponsorReasons(),
                        stored.getSponsorReasons())
                .line("The client’s background", form.getClientBackground(), stored.getClientBackground())
                .show(model, response);
        return page(intake.page(id, me), model);
    }

    private String page(IntakePage page, Model model) {
        model.addAttribute("page", page);
        return "engagement/intake";
    }
}
