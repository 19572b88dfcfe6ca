package dev.triad.system;

/** Free text as stored: stripped, and null when blank. */
public final class Texts {

    private Texts() {}

    /** The text stripped of surrounding white space; null when there is nothing but white space, or nothing. */
    public static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
