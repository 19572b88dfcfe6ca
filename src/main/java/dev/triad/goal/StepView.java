package dev.triad.goal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An action step as a page shows it: with its progress notes (oldest first) and whether it is late. */
public record StepView(ActionStep step, List<ActionStepNote> notes, boolean overdue) {

    /** How many of the latest notes a step shows before folding the older ones away. */
    static final int RECENT_NOTES = 3;

    public List<ActionStepNote> recentNotes() {
        return notes.subList(Math.max(0, notes.size() - RECENT_NOTES), notes.size());
    }

    public List<ActionStepNote> olderNotes() {
        return notes.subList(0, Math.max(0, notes.size() - RECENT_NOTES));
    }

    static List<StepView> of(
            Collection<ActionStep> steps, Collection<ActionStepNote> notes, java.time.LocalDate today) {
        Map<Long, List<ActionStepNote>> byStep = new HashMap<>();
        for (ActionStepNote note : notes) {
            byStep.computeIfAbsent(note.getStepId(), id -> new ArrayList<>()).add(note);
        }
        return steps.stream()
                .map(step -> new StepView(step, byStep.getOrDefault(step.getId(), List.of()), step.isOverdueOn(today)))
                .toList();
    }
}
