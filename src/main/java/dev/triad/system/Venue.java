package dev.triad.system;

import java.net.URI;
import java.time.Instant;

/**
 * Where a session or meeting takes place, as a page shows it ({@code fragments/join}): a video link (a "Join"
 * button while {@link JoinWindow} is open), a place, or a phone number. A video link that is not a https address (one
 * saved before links were checked) is kept as {@link #text()} and shown as text, never put in an {@code href}.
 *
 * @param kind     video, in person or phone
 * @param text     the place, the number, or a video link that is not a https address; null when none was given
 * @param link     the https link to join by; null when there is none
 * @param startsAt when it starts
 * @param endsAt   when it ends
 */
public record Venue(Kind kind, String text, URI link, Instant startsAt, Instant endsAt) {

    public enum Kind {
        VIDEO("Video"),
        IN_PERSON("In person"),
        PHONE("Phone");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A video meeting: its own link, else {@code fallback} (the coach's default link), read when shown so that a coach
     * who changes their default link changes it for every meeting without a link of its own.
     */
    public static Venue video(String own, String fallback, Instant startsAt, Instant endsAt) {
        String given = blankToNull(own) != null ? own.strip() : blankToNull(fallback);
        URI link = MeetingLinks.parse(given).orElse(null);
        return new Venue(Kind.VIDEO, link == null ? given : null, link, startsAt, endsAt);
    }

    /**
     * A place given as free text (an alignment meeting's, which has no format): a https link or another link is video,
     * a phone number is phone, any other text a place, and nothing at all the coach's video link {@code fallback}.
     */
    public static Venue read(String place, String fallback, Instant startsAt, Instant endsAt) {
        String given = blankToNull(place);
        if (given == null || MeetingLinks.isValid(given) || MeetingLinks.looksLikeLink(given)) {
            return video(given, fallback, startsAt, endsAt);
        }
        if (PhoneNumbers.isValid(given)) {
            return phone(given, startsAt, endsAt);
        }
        return inPerson(given, startsAt, endsAt);
    }

    public static Venue inPerson(String place, Instant startsAt, Instant endsAt) {
        return new Venue(Kind.IN_PERSON, blankToNull(place), null, startsAt, endsAt);
    }

    public static Venue phone(String number, Instant startsAt, Instant endsAt) {
        return new Venue(Kind.PHONE, blankToNull(number), null, startsAt, endsAt);
    }

    /** The link for the Join button; null when there is no https link. */
    /** What a calendar file's LOCATION says: the link to join, else the place or number; null for nothing. */
    public String location() {
        return link != null ? link.toString() : blankToNull(text);
    }

    public String href() {
        return link == null ? null : link.toASCIIString();
    }

    /** The {@code tel:} link of a phone number; null when there is none or it cannot be dialled. */
    public String tel() {
        return kind == Kind.PHONE ? PhoneNumbers.telHref(text) : null;
    }

    public boolean isVideo() {
        return kind == Kind.VIDEO;
    }

    public boolean isInPerson() {
        return kind == Kind.IN_PERSON;
    }

    public boolean isPhone() {
        return kind == Kind.PHONE;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
