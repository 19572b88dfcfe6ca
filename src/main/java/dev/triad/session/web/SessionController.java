package dev.triad.session.web;

import dev.triad.account.CurrentUser;
import dev.triad.session.SessionService;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import java.util.List;

/**
 * An engagement's sessions: the list everyone taking part sees, booking one (or a series) and recording one, and each
 * session's page.
 */
@Controller
@RequestMapping("/engagements/{id}/sessions")
class SessionController {

    private final SessionService sessions;
    private final SessionPages pages;
    private final FormPost post;

    SessionController(SessionService sessions, SessionPages pages, FormPost post) {
        this.sessions = sessions;
        this.pages = pages;
        this.post = post;
    }

    @ModelAttribute
    void common(Model model) {
        pages.common(model);
    }

    @GetMapping
    String list(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("page", sessions.list(id, me));
        return "session/list";
    }

    @GetMapping("/new")
    String newSession(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") SessionForm form,
            Model model) {
        return pages.form(id, me, model);
    }

    @PostMapping
    String schedule(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") SessionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> pages.form(id, me, model))
                .askingWhichTime(model)
                .run(
                        () -> form.repeat()
                                .map(repeat -> sessions.scheduleSeries(id, form.toRequest(), repeat, me))
                                .orElseGet(() -> List.of(sessions.schedule(id, form.toRequest(), me))),
                        booked -> booked.size() > 1
                                ? Done.redirect("/engagements/" + id + "/sessions")
                                        .flash("flash.session.series", booked.size(), pages.when(booked.get(0)))
                                : Done.redirect("/engagements/" + id + "/sessions/"
                                                + booked.get(0).getId())
                                        .flash("flash.session.scheduled", pages.when(booked.get(0))));
    }

    @GetMapping("/record")
    String recordForm(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") SessionForm form,
            Model model) {
        return pages.pastForm(id, me, model);
    }

    /** A conversation that already took place: held at once, on the ledger, nobody invited. */
    @PostMapping("/record")
    String record(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") SessionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> pages.pastForm(id, me, model))
                .askingWhichTime(model)
                .run(
                        () -> sessions.recordTookPlace(id, form.toRequest(), me),
                        session -> Done.redirect("/engagements/" + id + "/sessions/" + session.getId())
                                .flash(
                                        "flash.session.recorded",
                                        pages.when(session),
                                        String.valueOf(session.getMinutes())));
    }

    @GetMapping("/{sessionId}")
    String show(
            @PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me, Model model) {
        return pages.detail(id, sessionId, me, model);
    }

    @GetMapping(value = "/{sessionId}/calendar.ics")
    ResponseEntity<String> calendar(
            @PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("triad-session-" + sessionId + ".ics")
                                .build()
                                .toString())
                .body(sessions.calendarEntry(id, sessionId, me));
    }

    @PostMapping("/alerts/{alertId}/acknowledge")
    String acknowledge(
            @PathVariable Long id,
            @PathVariable Long alertId,
            @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        sessions.acknowledge(id, alertId, me);
        redirect.addFlashAttribute("message", post.text("flash.session.alert"));
        return "redirect:/engagements/" + id + "/sessions";
    }
}
