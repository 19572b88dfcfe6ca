package dev.triad.evaluation.web;

import dev.triad.account.CurrentUser;
import dev.triad.evaluation.CheckInService;
import dev.triad.evaluation.PartnershipCheckIn;
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

/** A partnership check-in: the client answers it, the coach reads the answer. */
@Controller
@RequestMapping("/engagements/{id}/check-ins/{checkInId}")
class CheckInController {

    private final CheckInService checkIns;
    private final FormPost post;

    CheckInController(CheckInService checkIns, FormPost post) {
        this.checkIns = checkIns;
        this.post = post;
    }

    @GetMapping
    String show(
            @PathVariable Long id,
            @PathVariable Long checkInId,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") CheckInAnswerForm form,
            Model model) {
        return page(id, checkInId, me, model);
    }

    @PostMapping
    String answer(
            @PathVariable Long id,
            @PathVariable Long checkInId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") CheckInAnswerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        FormPost.Form flow = post.form(result, redirect, () -> page(id, checkInId, me, model));
        if (!checkIns.page(id, checkInId, me).answerable()) {
            // Answered or replaced meanwhile: the form is gone, so the service says why, above the answer.
            flow.notValidated().allOn(null);
        }
        return flow.run(
                () -> checkIns.answer(
                        id, checkInId, form.getFit() == null ? 0 : form.getFit(), form.getWhatShouldChange(), me),
                Done.redirect("/engagements/" + id + "/evaluation").flash("flash.checkIn.answered"));
    }

    private String page(Long id, Long checkInId, CurrentUser me, Model model) {
        CheckInService.CheckInPage page = checkIns.page(id, checkInId, me);
        model.addAttribute("page", page);
        model.addAttribute("access", page.access());
        model.addAttribute("labels", PartnershipCheckIn.FIT_LABELS);
        return "evaluation/check-in";
    }
}
