package dev.triad.feedback;

/** Someone to ask for feedback. */
public record NewRater(String name, String email, RaterGroup group) {}
