package dev.triad.feedback;

/** A rating item on the 1–5 scale, under a competency, or an open question answered in words. */
public enum QuestionKind {
    RATING,
    OPEN
}
