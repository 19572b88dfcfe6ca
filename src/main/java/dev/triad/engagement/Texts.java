package dev.triad.engagement;

/** Free text as stored: stripped, and null when blank (as alignment's, for the intake interview that moved here). */
final class Texts {

    private Texts() {
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
