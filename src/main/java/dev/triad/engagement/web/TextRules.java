package dev.triad.engagement.web;

/** Which characters free text may hold: no control characters (PostgreSQL rejects NUL), line breaks only where the field has lines. */
final class TextRules {

    /** A character class, not an alternation: long texts must not recurse in the regex engine. */
    static final String MULTI_LINE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    static final String MULTI_LINE_MESSAGE = "Use letters, digits, punctuation and line breaks only";

    private TextRules() {
    }
}
