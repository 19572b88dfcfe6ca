package dev.triad.audit.web;

import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.audit.AuditTrail.Filter;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

/** HR reads the audit log, newest first, filtered by kind, person and days. HR only (SecurityConfiguration). */
@Controller
@RequestMapping("/audit")
class AuditController {

    private static final int PAGE_SIZE = 50;
    private static final int MAX_ACTOR = 254;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) AuditKind kind,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String person = actor == null ? null : actor.strip();
        if (person != null && person.length() > MAX_ACTOR) {
            person = person.substring(0, MAX_ACTOR);
        }
        Filter filter = new Filter(kind, person, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("entries", trail.search(filter, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        if (from != null && to != null && to.isBefore(from)) {
            model.addAttribute("dateError", "The last day is before the first day: nothing can match.");
        }
        return "audit/list";
    }
}
