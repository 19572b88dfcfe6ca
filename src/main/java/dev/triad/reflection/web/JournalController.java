package dev.triad.reflection.web;

import dev.triad.account.CurrentUser;
import dev.triad.reflection.AlreadyWritten;
import dev.triad.reflection.Journal;
import dev.triad.reflection.Journal.Writing;
import dev.triad.reflection.Reflection;
import dev.triad.system.RuleViolation;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.Violations;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;

/**
 * The weekly reflection journal of one engagement: the client writes and shares; the coach
 * reads what is shared ({@link JournalEditController}: editing, {@link JournalShareController}: sharing). Every request goes through {@link Journal}, which asks
 * the access policy.
 */
@Controller
@RequestMapping("/engagements/{id}/journal")
class JournalController {

    private final Journal journal;
    private final Violations violations;
    private final FormPost post;

    JournalController(Journal journal, Violations violations, FormPost post) {
        this.journal = journal;
        this.violations = violations;
        this.post = post;
    }

    @GetMapping
    String journal(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("page", journal.journal(id, me));
        return "reflection/journal";
    }

    /** Opens the entry of the requested week (this week by default) if it is written already. */
    @GetMapping("/new")
    String newEntry(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String week,
            @ModelAttribute("form") ReflectionForm form,
            Model model,
            RedirectAttributes redirect) {
        LocalDate requested = ReflectionForm.parseDate(week);
        Writing writing = journal.writing(id, me, requested);
        if (writing.existing() != null) {
            Reflection existing = writing.existing();
            redirect.addFlashAttribute("message", post.text("flash.journal.alreadyWritten", existing.weekPhrase()));
            return "redirect:/engagements/" + id + "/journal/" + existing.getId() + "/edit";
        }
        form.setWeek(writing.requestedWeek().toString());
        return newForm(writing, model);
    }

    @PostMapping
    String create(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") ReflectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return newForm(journal.writing(id, me, null), model);
        }
        // Hand-written rather than a FormPost flow: a week already written links to its entry (existingId).
        try {
            Reflection entry = journal.write(id, me, form.weekDate(), form.text(), form.isShare());
            redirect.addFlashAttribute(
                    "message",
                    post.text(entry.isSharedWithCoach() ? "flash.journal.savedAndShared" : "flash.journal.saved"));
            return "redirect:/engagements/" + id + "/journal/" + entry.getId();
        } catch (AlreadyWritten e) {
            result.rejectValue(e.field(), "written", violations.message(e));
            model.addAttribute("existingId", e.existingId());
            return newForm(journal.writing(id, me, null), model);
        } catch (RuleViolation e) {
            violations.reject(result, e);
            return newForm(journal.writing(id, me, null), model);
        }
    }

    @GetMapping("/{entryId}")
    String show(
            @PathVariable Long id, @PathVariable Long entryId, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("page", journal.entry(id, entryId, me));
        return "reflection/entry";
    }

    private String newForm(Writing writing, Model model) {
        model.addAttribute("writing", writing);
        model.addAttribute("access", writing.access());
        return "reflection/form";
    }
}
