package dev.triad.alignment;

/** Free text as stored: stripped, and null when blank. */
final class Texts {

    private Texts() {
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
