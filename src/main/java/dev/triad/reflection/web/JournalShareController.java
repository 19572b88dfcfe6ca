package dev.triad.reflection.web;

import dev.triad.account.CurrentUser;
import dev.triad.reflection.Journal;
import dev.triad.reflection.Journal.EntryPage;
import dev.triad.reflection.Reflection;
import dev.triad.system.web.FormPost;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client shares a journal entry with the coach, or makes it private again. */
@Controller
@RequestMapping("/engagements/{id}/journal/{entryId}/share")
class JournalShareController {

    private final Journal journal;
    private final FormPost post;

    JournalShareController(Journal journal, FormPost post) {
        this.journal = journal;
        this.post = post;
    }

    /** What making a shared entry private does, before the client does it. */
    @GetMapping("/withdraw")
    String confirmMakingPrivate(
            @PathVariable Long id,
            @PathVariable Long entryId,
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(defaultValue = "journal") String from,
            Model model) {
        EntryPage page = journal.ownEntry(id, entryId, me);
        model.addAttribute("entry", page.entry());
        model.addAttribute("access", page.access());
        model.addAttribute("from", "entry".equals(from) ? "entry" : "journal");
        return "reflection/withdraw";
    }

    /**
     * Shares an entry with the coach or makes it private again. With htmx the share control is
     * swapped in place; without JavaScript the browser is sent back to the page it came from.
     */
    @PostMapping
    String share(
            @PathVariable Long id,
            @PathVariable Long entryId,
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam boolean shared,
            @RequestParam(defaultValue = "journal") String from,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        Reflection entry = journal.share(id, entryId, me, shared);
        String message = post.text(
                entry.isSharedWithCoach() ? "flash.journal.shared" : "flash.journal.private", entry.weekPhrase());
        boolean fromEntry = "entry".equals(from);
        if ("true".equals(htmx)) {
            model.addAttribute("entry", entry);
            model.addAttribute("from", fromEntry ? "entry" : "journal");
            model.addAttribute("shareMessage", message);
            return "reflection/fragments :: share";
        }
        redirect.addFlashAttribute("message", message);
        return fromEntry
                ? "redirect:/engagements/" + id + "/journal/" + entryId
                : "redirect:/engagements/" + id + "/journal";
    }
}
