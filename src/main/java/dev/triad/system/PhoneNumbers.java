package dev.triad.system;

import java.util.regex.Pattern;

/**
 * Phone numbers, checked loosely: digits, spaces, {@code +}, {@code -} and parentheses, with 3 to 20 digits and at
 * most 40 characters. Numbers are written every way around the world; this only keeps out what cannot be dialled.
 */
public final class PhoneNumbers {

    private static final Pattern ALLOWED = Pattern.compile("\\+?[0-9 ()\\-]{1,40}");

    private PhoneNumbers() {}

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String number = text.strip();
        if (number.length() > 40 || !ALLOWED.matcher(number).matches()) {
            return false;
        }
        long digits = number.chars().filter(Character::isDigit).count();
        return digits >= 3 && digits <= 20;
    }

    /** The number for a {@code tel:} link: its digits, with the leading + if any; null when it is not valid. */
    public static String telHref(String text) {
        if (!isValid(text)) {
            return null;
        }
        String number = text.strip();
        String digits = number.replaceAll("[^0-9]", "");
        return "tel:" + (number.startsWith("+") ? "+" : "") + digits;
    }
}
