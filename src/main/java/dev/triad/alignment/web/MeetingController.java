package dev.triad.alignment.web;

import dev.triad.account.CurrentUser;
import dev.triad.alignment.AgendaItem;
import dev.triad.alignment.AlignmentMeeting;
import dev.triad.alignment.AlignmentOutcome;
import dev.triad.alignment.AlignmentService.MeetingPage;
import dev.triad.alignment.AlignmentService.SeenOutcome;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.AlignmentTime;
import dev.triad.alignment.LeaderInputTopic;
import dev.triad.alignment.MeetingKind;
import dev.triad.alignment.ReportCadence;
import dev.triad.engagement.EngagementAccess;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Predicate;

/** An engagement's alignment meetings: the list, booking, each meeting's page with its checklist, leader input and outcome. */
@Controller
@RequestMapping("/engagements/{id}/alignment")
class MeetingController {

    /** Questions the coach may have prepared for the leader; any other question can be typed. */
    static final List<String> PREPARED_QUESTIONS = List.of(
            "What are the client’s greatest strengths in your eyes?",
            "What would you most like to see the client do differently?",
            "How will you know the coaching has worked?",
            "What support can you and the organisation offer?");

    private static final Predicate<EngagementAccess> CLIENT = EngagementAccess::isClient;
    private static final Predicate<EngagementAccess> COACH = EngagementAccess::isCoach;

    private final AlignmentService alignment;
    private final AlignmentTime time;

    MeetingController(AlignmentService alignment, AlignmentTime time) {
        this.alignment = alignment;
        this.time = time;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("zone", time.zone());
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("cadences", ReportCadence.values());
        model.addAttribute("topics", LeaderInputTopic.values());
        model.addAttribute("questions", PREPARED_QUESTIONS);
    }

    @GetMapping
    String list(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("page", alignment.list(id, me));
        return "alignment/meetings";
    }

    @GetMapping("/meetings/new")
    String newMeeting(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") MeetingForm form, Model model) {
        return form(id, me, model);
    }

    @PostMapping("/meetings")
    String schedule(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") MeetingForm form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(id, me, model);
        }
        try {
            AlignmentMeeting meeting = alignment.schedule(id, form.toRequest(), me);
            redirect.addFlashAttribute("message", meeting.getKind().label() + " scheduled for " + when(meeting)
                    + ". Client, coach and leader get a calendar invitation.");
            return "redirect:/engagements/" + id + "/alignment/meetings/" + meeting.getId();
        } catch (RuleViolation e) {
            result.rejectValue(e.field(), "invalid", e.getMessage());
            return form(id, me, model);
        }
    }

    private String form(Long id, CurrentUser me, Model model) {
        var page = alignment.list(id, me);
        if (!page.access().isClient() && !page.access().isCoach()) {
            throw new ForbiddenException("The client or the coach schedules alignment meetings");
        }
        model.addAttribute("page", page);
        return "alignment/meeting-form";
    }

    @GetMapping("/meetings/{meetingId}")
    String show(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser me, Model model) {
        return detail(id, meetingId, me, model);
    }

    @GetMapping("/meetings/{meetingId}/calendar.ics")
    ResponseEntity<String> calendar(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser me) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("triad-alignment-meeting-" + meetingId + ".ics").build().toString())
                .body(alignment.calendarEntry(id, meetingId, me));
    }

    @PostMapping("/meetings/{meetingId}/objectives")
    String objectives(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser me,
                      @Valid @ModelAttribute("objectivesForm") ObjectivesForm form, BindingResult result, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) {
        return attempt(id, meetingId, me, result, model, redirect, response, "Objectives saved. Your coach and your leader see them.", "objectives", CLIENT,
                () -> alignment.prepareObjectives(id, meetingId, form.getVersion(), form.getObjectives(), me));
    }

    @PostMapping("/meetings/{meetingId}/checklist")
    String checklist(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser me,
                     @Valid @ModelAttribute("checklist") ChecklistForm form, BindingResult result, Model model,
                     RedirectAttributes redirect, HttpServletResponse response) {
        return attempt(id, meetingId, me, result, model, redirect, response, "Checklist saved.", "checklist", COACH,
                () -> alignment.recordChecklist(id, meetingId, form.entries(), me));
    }

    @PostMapping("/meetings/{meetingId}/leader-input")
    String leaderInput(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser me,
                       @Valid @ModelAttribute("leaderInput") LeaderInputForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        return attempt(id, meetingId, me, result, model, redirect, null,
                form.getTopic() == LeaderInputTopic.GOAL ? "The leader’s input is recorded on the goal, in the leader’s words."
                        : "The leader’s input is recorded, in the leader’s words.", "leader-input", COACH,
                () -> alignment.recordLeaderInput(id, meetingId, form.toWords(), me));
    }

    @PostMapping("/meetings/{meetingId}/outcome")
    String outcome(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser me,
                   @Valid @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult result, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        AlignmentOutcome[] written = new AlignmentOutcome[1];
        String view = attempt(id, meetingId, me, result, model, redirect, response, null, "outcome", COACH,
                () -> written[0] = alignment.writeOutcome(id, meetingId, form.seen(), form.toText(), me));
        if (written[0] != null) {
            redirect.addFlashAttribute("message", "Outcome version " + written[0].getNumber()
                    + " saved. It is pending until the client, the coach and the leader have each confirmed it.");
        }
        return view;
    }

    @PostMapping("/meetings/{meetingId}/confirm")
    String confirm(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser me,
                   @RequestParam(required = false) Long outcomeId, @RequestParam(required = false) Long outcomeVersion,
                   RedirectAttributes redirect) {
        try {
            AlignmentOutcome outcome = alignment.confirm(id, meetingId, new SeenOutcome(outcomeId, outcomeVersion), me);
            redirect.addFlashAttribute("message", outcome.isConfirmed()
                    ? "You confirmed the outcome. Client, coach and leader have now all confirmed it."
                    : "You confirmed the outcome. It stays pending until all three have confirmed it.");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/engagements/" + id + "/alignment/meetings/" + meetingId + "#outcome";
    }

    @PostMapping("/meetings/{meetingId}/held")
    String held(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        try {
            alignment.markHeld(id, meetingId, me);
            redirect.addFlashAttribute("message", "Meeting recorded as held.");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/engagements/" + id + "/alignment/meetings/" + meetingId;
    }

    @GetMapping("/meetings/{meetingId}/move")
    String moveForm(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser me,
                    @ModelAttribute("change") MeetingChangeForm change, Model model) {
        MeetingPage page = changePage(id, meetingId, me, model);
        if (change.getStartsAt() == null) {
            change.setStartsAt(LocalDateTime.ofInstant(page.meeting().getStartsAt(), time.zone()));
            change.setMinutes(page.meeting().getMinutes());
            change.setLocation(page.meeting().getLocation());
        }
        return "alignment/meeting-move";
    }

    @PostMapping("/meetings/{meetingId}/move")
    String move(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser me,
                @Validated({Default.class, MeetingChangeForm.Move.class}) @ModelAttribute("change") MeetingChangeForm change,
                BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            changePage(id, meetingId, me, model);
            return "alignment/meeting-move";
        }
        try {
            AlignmentMeeting moved = alignment.move(id, meetingId, change.getStartsAt(), change.getMinutes(), change.getLocation(),
                    change.getReason(), me);
            redirect.addFlashAttribute("message", "Meeting moved to " + when(moved) + ". The calendar invitations move with it.");
            return "redirect:/engagements/" + id + "/alignment/meetings/" + meetingId;
        } catch (RuleViolation e) {
            result.rejectValue(result.getFieldType(e.field()) != null ? e.field() : "startsAt", "invalid", e.getMessage());
            changePage(id, meetingId, me, model);
            return "alignment/meeting-move";
        }
    }

    @GetMapping("/meetings/{meetingId}/cancel")
    String cancelForm(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser me,
                      @ModelAttribute("change") MeetingChangeForm change, Model model) {
        changePage(id, meetingId, me, model);
        return "alignment/meeting-cancel";
    }

    @PostMapping("/meetings/{meetingId}/cancel")
    String cancel(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser me,
                  @Valid @ModelAttribute("change") MeetingChangeForm change, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        // The cancel page has only the reason; the move fields of the shared form are not read here.
        if (result.hasFieldErrors("reason")) {
            changePage(id, meetingId, me, model);
            return "alignment/meeting-cancel";
        }
        try {
            AlignmentMeeting cancelled = alignment.cancel(id, meetingId, change.getReason(), me);
            redirect.addFlashAttribute("message", cancelled.getKind().label() + " of " + when(cancelled) + " cancelled.");
            return "redirect:/engagements/" + id + "/alignment";
        } catch (RuleViolation e) {
            result.reject("invalid", e.getMessage());
            changePage(id, meetingId, me, model);
            return "alignment/meeting-cancel";
        }
    }

    /** The move and cancel pages: only for the client and the coach. */
    private MeetingPage changePage(Long id, Long meetingId, CurrentUser me, Model model) {
        MeetingPage page = alignment.page(id, meetingId, me);
        if (!page.access().isClient() && !page.access().isCoach()) {
            throw new ForbiddenException("The client or the coach changes alignment meetings");
        }
        if (!page.meeting().isScheduled()) {
            model.addAttribute("error", "This meeting is no longer scheduled.");
        }
        model.addAttribute("view", page);
        return page;
    }

    private String detail(Long id, Long meetingId, CurrentUser me, Model model) {
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
            model.addAttribute("outcomeForm", page.current().map(OutcomeForm::of).orElseGet(() -> {
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
     * Runs a change unless the form is invalid; an invalid form or a broken rule re-renders the page with the message
     * next to the field it concerns.
     */
    private String attempt(Long id, Long meetingId, CurrentUser me, BindingResult result, Model model, RedirectAttributes redirect,
                           HttpServletResponse response, String message, String anchor, Predicate<EngagementAccess> mayAct,
                           Runnable change) {
        if (result.hasErrors()) {
            // someone who may not make this change is refused before being told what is wrong with the form
            String view = detail(id, meetingId, me, model);
            if (!mayAct.test(((MeetingPage) model.getAttribute("view")).access())) {
                throw new ForbiddenException("You may not change this part of the meeting");
            }
            return view;
        }
        try {
            change.run();
        } catch (ObjectOptimisticLockingFailureException e) {
            if (response == null) {
                throw e; // an append-only record racing a change to the meeting: the shared 409 page
            }
            return conflict(id, meetingId, me, result.getTarget(), model, response);
        } catch (RuleViolation e) {
            if (result.getFieldType(e.field()) != null) {
                result.rejectValue(e.field(), "invalid", e.getMessage());
            } else {
                result.reject("invalid", e.getMessage());
            }
            return detail(id, meetingId, me, model);
        }
        if (message != null) {
            redirect.addFlashAttribute("message", message);
        }
        return "redirect:/engagements/" + id + "/alignment/meetings/" + meetingId + "#" + anchor;
    }

    /**
     * A stale save of the objectives, the checklist or the outcome: the meeting as it now stands, with what was typed
     * kept in its form (and beside what is saved now) and the form brought up to the stored versions.
     */
    private String conflict(Long id, Long meetingId, CurrentUser me, Object typed, Model model, HttpServletResponse response) {
        MeetingPage page = alignment.page(id, meetingId, me);
        Conflict conflict;
        if (typed instanceof ObjectivesForm objectives) {
            objectives.setVersion(page.meeting().getVersion());
            conflict = Conflict.on("meeting’s objectives")
                    .line("Objectives I will present", objectives.getObjectives(), page.meeting().getClientObjectives());
        } else if (typed instanceof ChecklistForm checklist) {
            conflict = Conflict.on("checklist");
            java.util.Map<Long, AgendaItem> stored = page.agenda().stream()
                    .collect(java.util.stream.Collectors.toMap(AgendaItem::getId, item -> item));
            for (ChecklistForm.Item item : checklist.getItems()) {
                AgendaItem now = stored.get(item.getId());
                if (now != null) {
                    item.setVersion(now.getVersion());
                    conflict.line(now.getTopic().label(), covered(item.isCovered(), item.getNotes()), covered(now.isCovered(), now.getNotes()));
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

    private static String covered(boolean covered, String notes) {
        return (covered ? "Covered" : "Not covered") + (notes == null || notes.isBlank() ? "" : " — " + notes.strip());
    }

    private String when(AlignmentMeeting meeting) {
        return Days.dateTime(meeting.getStartsAt().atZone(time.zone()));
    }
}
