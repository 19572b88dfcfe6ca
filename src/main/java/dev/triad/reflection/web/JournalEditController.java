package dev.triad.reflection.web;

import dev.triad.account.CurrentUser;
import dev.triad.reflection.Journal;
import dev.triad.reflection.Journal.EntryPage;
import dev.triad.system.RuleViolation;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.Violations;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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

/**
 * The client editing one of their own journal entries (writing and reading: {@link JournalController}). Every
 * request goes through {@link Journal}, which asks the access policy.
 */
@Controller
@RequestMapping("/engagements/{id}/journal")
class JournalEditController {

    private final Journal journal;
    private final Violations violations;
    private final FormPost post;

    JournalEditController(Journal journal, Violations violations, FormPost post) {
        this.journal = journal;
        this.violations = violations;
        this.post = post;
    }

    @GetMapping("/{entryId}/edit")
    String edit(
            @PathVariable Long id, @PathVariable Long entryId, @AuthenticationPrincipal CurrentUser me, Model model) {
        EntryPage page = journal.ownEntry(id, entryId, me);
        model.addAttribute("form", ReflectionForm.of(page.entry()));
        return editForm(page, model);
    }

    @PostMapping("/{entryId}")
    String update(
            @PathVariable Long id,
            @PathVariable Long entryId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") ReflectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            return editForm(journal.ownEntry(id, entryId, me), model);
        }
        // Hand-written rather than a FormPost flow: the journal refuses a stale copy with Spring's plain
        // OptimisticLockingFailureException, which FormPost's stale path (an ObjectOptimistic... one) does not catch.
        try {
            journal.rewrite(id, entryId, me, form.text(), form.getVersion());
        } catch (RuleViolation e) {
            violations.reject(result, e);
            return editForm(journal.ownEntry(id, entryId, me), model);
        } catch (OptimisticLockingFailureException e) {
            // Keep what the client typed, show what is saved now, and let a second save replace it knowingly.
            EntryPage current = journal.ownEntry(id, entryId, me);
            response.setStatus(HttpStatus.CONFLICT.value());
            result.reject(
                    "stale",
                    "This reflection was changed in another window after you opened it. "
                            + "Your text is below and what is saved now is under it: save again to replace it with your text.");
            form.setVersion(current.entry().getVersion());
            model.addAttribute("saved", current.entry());
            return editForm(current, model);
        }
        redirect.addFlashAttribute("message", post.text("flash.journal.saved"));
        return "redirect:/engagements/" + id + "/journal/" + entryId;
    }

    private String editForm(EntryPage page, Model model) {
        model.addAttribute("entry", page.entry());
        model.addAttribute("access", page.access());
        return "reflection/form";
    }
}
