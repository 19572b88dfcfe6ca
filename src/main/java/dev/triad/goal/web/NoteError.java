package dev.triad.goal.web;

import java.io.Serializable;

/** A progress note that could not be saved: shown next to that step's note field, with what was typed. */
public record NoteError(Long stepId, String message, String text) implements Serializable {}
