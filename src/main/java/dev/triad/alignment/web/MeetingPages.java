package dev.triad.alignment.web;

import dev.triad.account.CurrentUser;
import dev.triad.alignment.AgendaItem;
import dev.triad.alignment.AlignmentMeeting;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.AlignmentService.MeetingPage;
import dev.triad.alignment.LeaderInputTopic;
import dev.triad.alignment.MeetingKind;
import dev.triad.alignment.ReportCadence;
import dev.triad.engagement.EngagementAction;
import dev.triad.system.Conflict;
import dev.triad.system.Days;
import dev.triad.system.Zones;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The pages of alignment meetings that more than one controller renders again after a post. */
@Component
class MeetingPages {

    /** Questions the coach may have prepared for the leader; any other question can be typed. */
    static final List<String> PREPARED_QUESTIONS = List.of(
            "What are the client’s greatest strengths in your eyes?",
            "What would you most like to see the client do differently?",
            "How will you know the coaching has worked?",
            "What support can you and the organisation offer?");

    private final AlignmentService alignment;
    private final Zones zones;
    private final FormPost post;

    MeetingPages(AlignmentService alignment, Zones zones, FormPost post) {
        this.alignment = alignment;
        this.zones = zones;
        this.post = post;
    }

    void common(Model model) {
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("cadences", ReportCadence.values());
        model.addAttribute("topics", LeaderInputTopic.values());
        model.addAttribute("questions", PREPARED_QUESTIONS);
    }

    /** The booking form. */
    String form(Long id, CurrentUser me, Model model) {
        model.addAttribute("page", alignment.listFor(id, EngagementAction.SCHEDULE_ALIGNMENT_MEETING, me));
        return "alignment/meeting-form";
    }

    /** The move and cancel pages: only for the client and the coach. */
    MeetingPage changePage(Long id, Long meetingId, CurrentUser me, Model model) {
        MeetingPage page = alignment.pageFor(id, meetingId, EngagementAction.CHANGE_ALIGNMENT_MEETING, me);
        if (!page.meeting().isScheduled()) {
            model.addAttribute("error", "This meeting is no longer scheduled.");
        }
        model.addAttribute("view", page);
        return page;
    }

    /** A meeting's page with its checklist, leader input and outcome forms (those not posted with this request). */
    String detail(Long id, Long meetingId, CurrentUser me, Model model) {
        MeetingPage page = alignment.page(id, meetingId, me);
        model.addAttribute("view", page);
        if (!model.containsAttribute("objectivesForm")) {
            ObjectivesForm objectives = new ObjectivesForm();
            objectives.setObjectives(page.meeting().getClientObjectives());
            objectives.setVersion(page.meeting().getVersion());
            model.addAttribute("objectivesForm", objectives);
        }
        if (!model.containsAttribute("checklist")) {
            model.addAttribute("checklist", ChecklistForm.of(page.agenda()));
        }
        if (!model.containsAttribute("leaderInput")) {
            model.addAttribute("leaderInput", new LeaderInputForm());
        }
        if (!model.containsAttribute("outcomeForm")) {
            model.addAttribute(
                    "outcomeForm", page.current().map(OutcomeForm::of).orElseGet(() -> {
                        OutcomeForm fresh = new OutcomeForm();
                        if (page.meeting().getKind() == MeetingKind.INITIAL) {
                            fresh.setReportCadence(ReportCadence.MONTHLY);
                        }
                        return fresh;
                    }));
        }
        return "alignment/meeting";
    }

    /**
     * A stale save of the objectives, the checklist or the outcome: the meeting as it now stands, with what was typed
     * kept in its form (and beside what is saved now) and the form brought up to the stored versions.
     */
    String conflict(Long id, Long meetingId, CurrentUser me, Object typed, Model model, HttpServletResponse response) {
        MeetingPage page = alignment.page(id, meetingId, me);
        Conflict conflict;
        if (typed instanceof ObjectivesForm objectives) {
            objectives.setVersion(page.meeting().getVersion());
            conflict = Conflict.on("meeting’s objectives")
                    .line(
                            "Objectives I will present",
                            objectives.getObjectives(),
                            page.meeting().getClientObjectives());
        } else if (typed instanceof ChecklistForm checklist) {
            conflict = Conflict.on("checklist");
            Map<Long, AgendaItem> stored =
                    page.agenda().stream().collect(Collectors.toMap(AgendaItem::getId, item -> item));
            for (ChecklistForm.Item item : checklist.getItems()) {
                AgendaItem now = stored.get(item.getId());
                if (now != null) {
                    item.setVersion(now.getVersion());
                    conflict.line(
                            now.getTopic().label(),
                            covered(item.isCovered(), item.getNotes()),
                            covered(now.isCovered(), now.getNotes()));
                }
            }
        } else {
            OutcomeForm outcome = (OutcomeForm) typed;
            OutcomeForm stored = page.current().map(OutcomeForm::of).orElseGet(OutcomeForm::new);
            outcome.setOutcomeId(stored.getOutcomeId());
            outcome.setOutcomeVersion(stored.getOutcomeVersion());
            conflict = Conflict.on("outcome")
                    .line("Goals agreed", outcome.getAgreedGoals(), stored.getAgreedGoals())
                    .line("Measures agreed", outcome.getAgreedMeasures(), stored.getAgreedMeasures())
                    .line("Progress reports to the leader", outcome.getReportCadence(), stored.getReportCadence());
        }
        conflict.show(model, response);
        return detail(id, meetingId, me, model);
    }

    /** A form on the meeting's page, which is rendered again when the form cannot be saved. */
    FormPost.Form onPage(
            Long id,
            Long meetingId,
            CurrentUser me,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            EngagementAction action) {
        return post.form(result, redirect, () -> detail(id, meetingId, me, model))
                // someone who may not make this change is refused before being told what is wrong with the form
                .whenInvalid(() -> alignment.pageFor(id, meetingId, action, me));
    }

    static Done back(Long id, Long meetingId, String anchor) {
        return Done.redirect("/engagements/" + id + "/alignment/meetings/" + meetingId + "#" + anchor);
    }

    private static String covered(boolean covered, String notes) {
        return (covered ? "Covered" : "Not covered") + (notes == null || notes.isBlank() ? "" : " — " + notes.strip());
    }

    /** The meeting's time for a flash message, read by whoever made the change: in their zone. */
    String when(AlignmentMeeting meeting) {
        return Days.dateTime(meeting.getStartsAt().atZone(zones.reader()));
    }

    /** A time as the form shows it to be typed again (the move form's current time): in the typer's zone. */
    LocalDateTime typedBy(CurrentUser me, Instant at) {
        return LocalDateTime.ofInstant(at, zones.of(me));
    }
}
