package dev.triad.session.web;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.EngagementAction;
import dev.triad.session.CoachingSession;
import dev.triad.session.PrivateNote;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.system.Conflict;
import dev.triad.system.Days;
import dev.triad.system.Zones;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.LocalDate;

/** The session pages that more than one controller renders again after a post. */
@Component
class SessionPages {

    private final SessionService sessions;
    private final Zones zones;

    SessionPages(SessionService sessions, Zones zones) {
        this.sessions = sessions;
        this.zones = zones;
    }

    void common(Model model) {
        model.addAttribute("formats", SessionFormat.values());
    }

    /** The form that books a session: the service keeps whoever may not schedule one away from it too. */
    String form(Long id, CurrentUser me, Model model) {
        model.addAttribute("page", sessions.listFor(id, EngagementAction.SCHEDULE_SESSION, me));
        return "session/form";
    }

    /** The form that records a conversation which already took place. */
    String pastForm(Long id, CurrentUser me, Model model) {
        model.addAttribute("page", sessions.listFor(id, EngagementAction.RECORD_PAST_SESSION, me));
        return "session/record";
    }

    /** The move and cancel pages. */
    String change(Long id, Long sessionId, CurrentUser me, Model model, String template) {
        var view = sessions.view(id, sessionId, me);
        if (!view.session().isScheduled()) {
            model.addAttribute("error", "This session is no longer scheduled.");
        }
        model.addAttribute("view", view);
        return template;
    }

    /** A session's page, its forms carrying the session as it stands where they were not posted with this request. */
    String detail(Long id, Long sessionId, CurrentUser me, Model model) {
        var view = sessions.view(id, sessionId, me);
        model.addAttribute("view", view);
        if (!model.containsAttribute("notes")) {
            SessionNotesForm notes = new SessionNotesForm();
            model.addAttribute("notes", notes);
        }
        if (!model.containsAttribute("commitmentsForm")) {
            CommitmentsForm commitments = new CommitmentsForm();
            commitments.setDueOn(LocalDate.ofInstant(zones.now(), zones.of(me)).plusWeeks(2));
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
     * A stale save of the agenda, summary or private note: the page as it now stands, with what was typed kept in the
     * form (and beside what is saved now) and the form's versions brought up to date, so saving again applies it.
     */
    String conflict(
            Long id,
            Long sessionId,
            CurrentUser me,
            String field,
            SessionNotesForm typed,
            Model model,
            HttpServletResponse response) {
        var view = sessions.view(id, sessionId, me);
        CoachingSession now = view.session();
        typed.setVersion(now.getVersion());
        typed.setNoteVersion(view.privateNote().map(PrivateNote::getVersion).orElse(null));
        Conflict conflict = switch (field) {
            case "agenda" -> Conflict.on("session agenda").line("Agenda", typed.getAgenda(), now.getAgenda());
            case "summary" -> Conflict.on("session summary").line("Summary", typed.getSummary(), now.getSummary());
            default ->
                Conflict.on("private note")
                        .line(
                                "Private notes",
                                typed.getPrivateNote(),
                                view.privateNote().map(PrivateNote::getText).orElse(""));
        };
        conflict.show(model, response);
        return detail(id, sessionId, me, model);
    }

    /** The session's time for a flash message, read by whoever made the change: in their zone. */
    String when(CoachingSession session) {
        return Days.dateTime(session.getStartsAt().atZone(zones.reader()));
    }
}
