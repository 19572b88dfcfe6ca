package dev.triad.security;

import java.util.List;

/**
 * The shared corpus of bad values posted to every form field: markup and script, SQL metacharacters, a megabyte,
 * control characters, right-to-left and astral text, impossible dates, out-of-range numbers, a choice that does
 * not exist, someone else's record, and nothing at all. {@link #OTHER_ENGAGEMENTS_ID} is a stand-in the test
 * replaces with the id of a record in an engagement the poster has no part in.
 */
final class HostileInput {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    static final String ATTRIBUTE_BREAKER = "\"><img src=x onerror=alert(1)>";
    /** What must never reach a page unescaped: the element the attribute breaker would open. */
    static final String ATTRIBUTE_BREAKER_RAW = "<img src=x onerror=alert(1)>";

    static final String ATTRIBUTE_BREAKER_ESCAPED = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
    static final String SQL_TAUTOLOGY = "' OR 1=1 --";
    static final String SQL_DROP = "'; drop table goal; --";
    static final String MEGABYTE = "x".repeat(1024 * 1024);
    static final String CONTROL_CHARACTERS = "bell\u0007 escape\u001B[31m backspace\u0008";
    static final String NULL_BYTE = "before\u0000after";
    static final String RIGHT_TO_LEFT = "invoice\u202Efdp.exe";
    static final String EMOJI =
            "Goal \uD83D\uDE80 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD835\uDD4B\uD835\uDD63\uD835\uDD52\uD835\uDD5A\uD835\uDD55";
    static final String IMPOSSIBLE_DATE = "2026-02-30";
    static final String ZERO_DATE = "0000-00-00";
    static final String FAR_FUTURE_DATE = "99999-01-01";
    static final String NEGATIVE = "-1";
    static final String DOUBLE_OVERFLOW = "1e309";
    static final String HUGE_INTEGER = "99999999999999999999";
    static final String NOT_A_NUMBER = "NaN";
    static final String WRONG_CHOICE = "NOT_A_CHOICE";
    static final String OTHER_ENGAGEMENTS_ID = "{another engagement's id}";
    static final String EMPTY = "";
    static final String WHITESPACE = " \t  ";

    /** Markup first, so a form that stores it does so before later values change the record's state. */
    static final List<String> ALL = List.of(
            SCRIPT,
            ATTRIBUTE_BREAKER,
            SQL_TAUTOLOGY,
            SQL_DROP,
            MEGABYTE,
            CONTROL_CHARACTERS,
            NULL_BYTE,
            RIGHT_TO_LEFT,
            EMOJI,
            IMPOSSIBLE_DATE,
            ZERO_DATE,
            FAR_FUTURE_DATE,
            NEGATIVE,
            DOUBLE_OVERFLOW,
            HUGE_INTEGER,
            NOT_A_NUMBER,
            WRONG_CHOICE,
            OTHER_ENGAGEMENTS_ID,
            EMPTY,
            WHITESPACE);

    /** A short name for failure messages (the megabyte is not printed). */
    static String label(String value) {
        if (value.equals(MEGABYTE)) {
            return "<1 MB of x>";
        }
        return value.replace("\u0000", "\\u0000")
                .replace("\u0007", "\\u0007")
                .replace("\u001B", "\\u001B")
                .replace("\u0008", "\\u0008")
                .replace("\u202E", "\\u202E")
                .replace("\t", "\\t");
    }

    private HostileInput() {}
}
