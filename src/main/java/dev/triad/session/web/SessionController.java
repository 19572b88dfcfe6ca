package dev.triad.session.web;

import dev.triad.account.CurrentUser;
import dev.triad.session.CoachingSession;
import dev.triad.session.PrivateNote;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionOutcome;
import dev.triad.session.SessionService;
import dev.triad.session.SessionStatus;
import dev.triad.system.Conflict;
import dev.triad.system.Days;
import dev.triad.system.ForbiddenException;
import dev.triad.system.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.function.Supplier;

/** An engagement's sessions: the list everyone taking part sees, and each session's page for client and coach. */
@Controller
@RequestMapping("/engagements/{id}/sessions")
class SessionController {


    private final SessionService sessions;

    SessionController(SessionService sessions) {
        this.sessions = sessions;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("zone", sessions.zone());
        model.addAttribute("formats", SessionFormat.values());
    }

    @GetMapping
    String list(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("page", sessions.list(id, me));
        return "session/list";
    }

    @GetMapping("/new")
    String newSession(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me,
                      @ModelAttribute("form") SessionForm form, Model model) {
        return form(id, me, model);
    }

    @PostMapping
    String schedule(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me,
                    @Valid @ModelAttribute("form") SessionForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(id, me, model);
        }
        try {
            CoachingSession session = sessions.schedule(id, form.toRequest(), me);
            redirect.addFlashAttribute("message", "Session scheduled for " + when(session) + ".");
            return "redirect:/engagements/" + id + "/sessions/" + session.getId();
        } catch (RuleViolation e) {
            result.rejectValue(e.field(), "invalid", e.getMessage());
            return form(id, me, model);
        }
    }

    @GetMapping("/record")
    String recordForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me,
                      @ModelAttribute("form") SessionForm form, Model model) {
        return pastForm(id, me, model);
    }

    /** A conversation that already took place: held at once, on the ledger, nobody invited. */
    @PostMapping("/record")
    String record(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me,
                  @Valid @ModelAttribute("form") SessionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return pastForm(id, me, model);
        }
        try {
            CoachingSession session = sessions.recordTookPlace(id, form.toRequest(), me);
            redirect.addFlashAttribute("message", "Session of " + when(session) + " recorded as held: " + session.getMinutes()
                    + " minutes on the ledger. Add the summary and the commitments.");
            return "redirect:/engagements/" + id + "/sessions/" + session.getId();
        } catch (RuleViolation e) {
            result.rejectValue(e.field(), "invalid", e.getMessage());
            return pastForm(id, me, model);
        }
    }

    private String pastForm(Long id, CurrentUser me, Model model) {
        form(id, me, model);
        return "session/record";
    }

    private String form(Long id, CurrentUser me, Model model) {
        // The coach-only check happens in the service on POST; here it keeps others away from the form too.
        var page = sessions.list(id, me);
        if (!page.access().isCoach()) {
            throw new ForbiddenException("Only the engagement’s coach schedules sessions");
        }
        model.addAttribute("page", page);
        return "session/form";
    }

    @GetMapping("/{sessionId}")
    String show(@PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me, Model model) {
        return detail(id, sessionId, me, model);
    }

    @GetMapping(value = "/{sessionId}/calendar.ics")
    ResponseEntity<String> calendar(@PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("triad-session-" + sessionId + ".ics").build().toString())
                .body(sessions.calendarEntry(id, sessionId, me));
    }

    @PostMapping("/{sessionId}/agenda")
    String agenda(@PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me,
                  @Valid @ModelAttribute("notes") SessionNotesForm notes, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return attempt(id, sessionId, me, result, "agenda", model, redirect, response,
                () -> {
                    sessions.writeAgenda(id, sessionId, notes.getVersion(), notes.getAgenda(), me);
                    return "Agenda saved. Your coach will see it before the session.";
                });
    }

    @PostMapping("/{sessionId}/summary")
    String summary(@PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me,
                   @Valid @ModelAttribute("notes") SessionNotesForm notes, BindingResult result, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        return attempt(id, sessionId, me, result, "summary", model, redirect, response,
                () -> {
                    sessions.recordSummary(id, sessionId, notes.getVersion(), notes.getSummary(), me);
                    return "Summary saved and shared with the client.";
                });
    }

    @PostMapping("/{sessionId}/private-note")
    String privateNote(@PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me,
                       @Valid @ModelAttribute("notes") SessionNotesForm notes, BindingResult result, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        return attempt(id, sessionId, me, result, "privateNote", model, redirect, response,
                () -> {
                    sessions.writePrivateNote(id, sessionId, notes.getNoteVersion(), notes.getPrivateNote(), me);
                    return "Private note saved. Only you can read it.";
                });
    }

    @PostMapping("/{sessionId}/commitments")
    String commitments(@PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me,
                       @Valid @ModelAttribute("commitmentsForm") CommitmentsForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        if (result.hasErrors()) {
            String view = detail(id, sessionId, me, model);
            // someone who may not record commitments is refused before being told what is wrong with the form
            if (!((SessionService.SessionView) model.getAttribute("view")).access().isCoach()) {
                throw new ForbiddenException("Only the engagement’s coach records the commitments");
            }
            return view;
        }
        try {
            int made = sessions.recordCommitments(id, sessionId, form.lines(), form.getDueOn(), me).size();
            redirect.addFlashAttribute("message", made == 1 ? "1 commitment is now an action step for the client."
                    : made + " commitments are now action steps for the client.");
            return "redirect:/engagements/" + id + "/sessions/" + sessionId;
        } catch (RuleViolation e) {
            result.rejectValue("descriptions".equals(e.field()) ? "commitments" : e.field(), "invalid", e.getMessage());
            return detail(id, sessionId, me, model);
        }
    }

    /** The step before "mark as held": what goes on the ledger. */
    @GetMapping("/{sessionId}/held")
    String confirmHeld(@PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me, Model model) {
        return confirmation(id, sessionId, me, model, "held");
    }

    @PostMapping("/{sessionId}/held")
    String held(@PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me,
                @ModelAttribute("notes") SessionNotesForm notes, BindingResult result, Model model, RedirectAttributes redirect) {
        return attempt(id, sessionId, me, result, null, model, redirect, null,
                () -> OutcomeMessages.held(sessions.hold(id, sessionId, me)));
    }

    /** The step before "client did not come": the time deducted, and a run of cancellations it makes. */
    @GetMapping("/{sessionId}/no-show")
    String confirmNoShow(@PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me, Model model) {
        return confirmation(id, sessionId, me, model, "no-show");
    }

    @PostMapping("/{sessionId}/no-show")
    String noShow(@PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me,
                  @ModelAttribute("notes") SessionNotesForm notes, BindingResult result, Model model, RedirectAttributes redirect) {
        return attempt(id, sessionId, me, result, null, model, redirect, null,
                () -> OutcomeMessages.noShow(sessions.recordNoShow(id, sessionId, me)));
    }

    private String confirmation(Long id, Long sessionId, CurrentUser me, Model model, String what) {
        var view = sessions.view(id, sessionId, me);
        if (!view.access().isCoach()) {
            throw new ForbiddenException("Only the engagement’s coach records the outcome");
        }
        model.addAttribute("view", view);
        model.addAttribute("what", what);
        model.addAttribute("outcome", "held".equals(what) ? view.ifHeld() : view.ifNoShow());
        return "session/outcome";
    }

    @GetMapping("/{sessionId}/correct")
    String correctForm(@PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me,
                       @ModelAttribute("correction") CorrectionForm correction, Model model) {
        return correction(id, sessionId, me, model);
    }

    @PostMapping("/{sessionId}/correct")
    String correct(@PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me,
                   @Valid @ModelAttribute("correction") CorrectionForm correction, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return correction(id, sessionId, me, model);
        }
        try {
            SessionOutcome outcome = sessions.correct(id, sessionId, correction.getOutcome(), correction.getReason(), me);
            redirect.addFlashAttribute("message", OutcomeMessages.corrected(outcome));
            return "redirect:/engagements/" + id + "/sessions/" + sessionId;
        } catch (RuleViolation e) {
            result.rejectValue("reason".equals(e.field()) ? "reason" : "outcome", "invalid", e.getMessage());
            return correction(id, sessionId, me, model);
        }
    }

    /** The correction form, with what each outcome it may take would put on the ledger. */
    private String correction(Long id, Long sessionId, CurrentUser me, Model model) {
        var view = sessions.view(id, sessionId, me);
        if (!view.access().isCoach()) {
            throw new ForbiddenException("Only the engagement’s coach corrects an outcome");
        }
        model.addAttribute("view", view);
        model.addAttribute("choices", java.util.Arrays.stream(new SessionStatus[]{SessionStatus.HELD, SessionStatus.NO_SHOW, SessionStatus.CANCELLED})
                .filter(s -> s != view.session().getStatus()).toList());
        return "session/correct";
    }

    @GetMapping("/{sessionId}/cancel")
    String cancelForm(@PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me,
                      @ModelAttribute("change") ChangeForm change, Model model) {
        return change(id, sessionId, me, model, "session/cancel");
    }

    @PostMapping("/{sessionId}/cancel")
    String cancel(@PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me,
                  @Valid @ModelAttribute("change") ChangeForm change, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        // The cancel page has only the reason; the new time of the shared form is not read here.
        if (result.hasFieldErrors("reason")) {
            return change(id, sessionId, me, model, "session/cancel");
        }
        try {
            SessionService.Settled cancelled = sessions.cancel(id, sessionId, change.getReason(), me);
            redirect.addFlashAttribute("message", OutcomeMessages.cancelled(when(cancelled.session()), cancelled.outcome()));
            return "redirect:/engagements/" + id + "/sessions";
        } catch (RuleViolation e) {
            result.reject("invalid", e.getMessage());
            return change(id, sessionId, me, model, "session/cancel");
        }
    }

    @GetMapping("/{sessionId}/move")
    String moveForm(@PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me,
                    @ModelAttribute("change") ChangeForm change, Model model) {
        return change(id, sessionId, me, model, "session/move");
    }

    @PostMapping("/{sessionId}/move")
    String move(@PathVariable Long id, @PathVariable Long sessionId, @AuthenticationPrincipal CurrentUser me,
                @Validated({Default.class, ChangeForm.Move.class}) @ModelAttribute("change") ChangeForm change,
                BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return change(id, sessionId, me, model, "session/move");
        }
        try {
            SessionService.Moved moved = sessions.move(id, sessionId, change.getStartsAt(), change.getReason(), me);
            redirect.addFlashAttribute("message", OutcomeMessages.moved(when(moved.to()), moved.outcome()));
            return "redirect:/engagements/" + id + "/sessions/" + moved.to().getId();
        } catch (RuleViolation e) {
            result.rejectValue("startsAt", "invalid", e.getMessage());
            return change(id, sessionId, me, model, "session/move");
        }
    }

    @PostMapping("/alerts/{alertId}/acknowledge")
    String acknowledge(@PathVariable Long id, @PathVariable Long alertId, @AuthenticationPrincipal CurrentUser me,
                       RedirectAttributes redirect) {
        sessions.acknowledge(id, alertId, me);
        redirect.addFlashAttribute("message", "Alert acknowledged.");
        return "redirect:/engagements/" + id + "/sessions";
    }

    private String change(Long id, Long sessionId, CurrentUser me, Model model, String template) {
        var view = sessions.view(id, sessionId, me);
        if (!view.session().isScheduled()) {
            model.addAttribute("error", "This session is no longer scheduled.");
        }
        model.addAttribute("view", view);
        return template;
    }

    private String detail(Long id, Long sessionId, CurrentUser me, Model model) {
        var view = sessions.view(id, sessionId, me);
        model.addAttribute("view", view);
        if (!model.containsAttribute("notes")) {
            SessionNotesForm notes = new SessionNotesForm();
            model.addAttribute("notes", notes);
        }
        if (!model.containsAttribute("commitmentsForm")) {
            CommitmentsForm commitments = new CommitmentsForm();
            commitments.setDueOn(LocalDate.now(sessions.zone()).plusWeeks(2));
            model.addAttribute("commitmentsForm", commitments);
        }
        SessionNotesForm notes = (SessionNotesForm) model.getAttribute("notes");
        if (notes.getVersion() == null) {
            // neither agenda nor summary was posted with this request: their forms carry the session as it stands
            notes.setVersion(view.session().getVersion());
        }
        if (notes.getPrivateNote() == null) {
            // the note was not posted with this request: its form carries the note as it stands
            notes.setNoteVersion(view.privateNote().map(PrivateNote::getVersion).orElse(null));
        }
        if (notes.getAgenda() == null) {
            notes.setAgenda(view.session().getAgenda());
        }
        if (notes.getSummary() == null) {
            notes.setSummary(view.session().getSummary());
        }
        if (notes.getPrivateNote() == null) {
            view.privateNote().ifPresent(note -> notes.setPrivateNote(note.getText()));
        }
        return "session/detail";
    }

    /**
     * Runs a change (which answers the confirmation message) unless the posted {@code field} (if any) is invalid; an invalid field or a broken rule re-renders
     * the page with the message next to the field it concerns.
     */
    private String attempt(Long id, Long sessionId, CurrentUser me, BindingResult result, String field, Model model,
                           RedirectAttributes redirect, HttpServletResponse response, Supplier<String> change) {
        if (field != null && result.hasFieldErrors(field)) {
            return detail(id, sessionId, me, model);
        }
        String message;
        try {
            message = change.get();
        } catch (ObjectOptimisticLockingFailureException e) {
            if (field == null) {
                throw e; // a one-click outcome racing another change: the shared 409 page
            }
            return conflict(id, sessionId, me, field, (SessionNotesForm) result.getTarget(), model, response);
        } catch (RuleViolation e) {
            if (result.getFieldType(e.field()) != null) {
                result.rejectValue(e.field(), "invalid", e.getMessage());
            } else {
                result.reject("invalid", e.getMessage());
            }
            return detail(id, sessionId, me, model);
        }
        redirect.addFlashAttribute("message", message);
        return "redirect:/engagements/" + id + "/sessions/" + sessionId;
    }

    /**
     * A stale save of the agenda, summary or private note: the page as it now stands, with what was typed kept in the
     * form (and beside what is saved now) and the form's versions brought up to date, so saving again applies it.
     */
    private String conflict(Long id, Long sessionId, CurrentUser me, String field, SessionNotesForm typed, Model model,
                            HttpServletResponse response) {
        var view = sessions.view(id, sessionId, me);
        CoachingSession now = view.session();
        typed.setVersion(now.getVersion());
        typed.setNoteVersion(view.privateNote().map(PrivateNote::getVersion).orElse(null));
        Conflict conflict = switch (field) {
            case "agenda" -> Conflict.on("session agenda").line("Agenda", typed.getAgenda(), now.getAgenda());
            case "summary" -> Conflict.on("session summary").line("Summary", typed.getSummary(), now.getSummary());
            default -> Conflict.on("private note").line("Private notes", typed.getPrivateNote(),
                    view.privateNote().map(PrivateNote::getText).orElse(""));
        };
        conflict.show(model, response);
        return detail(id, sessionId, me, model);
    }

    private String when(CoachingSession session) {
        return Days.dateTime(session.getStartsAt().atZone(sessions.zone()));
    }
}
