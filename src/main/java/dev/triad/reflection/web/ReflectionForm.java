package dev.triad.reflection.web;

import dev.triad.reflection.Reflection;
import dev.triad.reflection.ReflectionText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A weekly reflection as the client types it: the three parts of the seed's prompt. */
public class ReflectionForm {

    /** The week (any day of it, normally its Monday, yyyy-MM-dd); only when writing a new entry. */
    private String week;

    @Size(max = ReflectionText.MAX_LENGTH, message = "Use at most {max} characters")
    private String actionPlanReview;

    @Size(max = ReflectionText.MAX_LENGTH, message = "Use at most {max} characters")
    private String goalsAndProgress;

    @Size(max = ReflectionText.MAX_LENGTH, message = "Use at most {max} characters")
    private String nextSessionAgenda;

    /** Only when writing a new entry: share it with the coach straight away. */
    private boolean share;

    /** The entry's version when the edit form was opened. */
    private Long version;

    static ReflectionForm of(Reflection entry) {
        ReflectionForm form = new ReflectionForm();
        form.actionPlanReview = entry.getActionPlanReview();
        form.goalsAndProgress = entry.getGoalsAndProgress();
        form.nextSessionAgenda = entry.getNextSessionAgenda();
        form.version = entry.getVersion();
        return form;
    }

    @AssertTrue(message = "Write something in at least one of the three parts")
    public boolean isAnythingWritten() {
        return hasText(actionPlanReview) || hasText(goalsAndProgress) || hasText(nextSessionAgenda);
    }

    ReflectionText text() {
        return new ReflectionText(actionPlanReview, goalsAndProgress, nextSessionAgenda);
    }

    /** The chosen week, or null when none or not a date. */
    LocalDate weekDate() {
        return parseDate(week);
    }

    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    /** Browsers send a line break as CR LF; the limit counts it as the one character the client typed. */
    private static String oneCharacterLineBreaks(String s) {
        return s == null ? null : s.replace("\r\n", "\n");
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }

    public String getActionPlanReview() {
        return actionPlanReview;
    }

    public void setActionPlanReview(String s) {
        this.actionPlanReview = oneCharacterLineBreaks(s);
    }

    public String getGoalsAndProgress() {
        return goalsAndProgress;
    }

    public void setGoalsAndProgress(String s) {
        this.goalsAndProgress = oneCharacterLineBreaks(s);
    }

    public String getNextSessionAgenda() {
        return nextSessionAgenda;
    }

    public void setNextSessionAgenda(String s) {
        this.nextSessionAgenda = oneCharacterLineBreaks(s);
    }

    public boolean isShare() {
        return share;
    }

    public void setShare(boolean share) {
        this.share = share;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
