package dev.triad.system;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingLinksUnitTest {

    private static final Instant START = Instant.parse("2026-12-04T09:00:00Z");
    private static final Instant END = START.plusSeconds(3600);

    @Test
    void aHttpsLinkWithAHostIsAccepted() {
        assertThat(MeetingLinks.parse("https://meet.example.org/abc-defg-hij"))
                .hasValueSatisfying(uri -> assertThat(uri.getHost()).isEqualTo("meet.example.org"));
        assertThat(MeetingLinks.isValid("  https://zoom.example/j/123?pwd=x  ")).isTrue();
        assertThat(MeetingLinks.isValid("HTTPS://Teams.Example/l/meetup")).isTrue();
    }

    @Test
    void everyOtherKindOfLinkIsRefused() {
        for (String link : new String[] {
            "http://meet.example.org/abc",
            "javascript:alert(1)",
            "JavaScript:alert(document.cookie)",
            "data:text/html,<script>alert(1)</script>",
            "https://meet.example.org/a b",
            "https://",
            "https:///path-without-host",
            "https:meet.example.org",
            "meet.example.org/abc",
            "ftp://meet.example.org",
            "https://user:secret@meet.example.org/",
            "https://meet.example.org/\u0000",
            "https://meet.example.org/" + "x".repeat(500),
            "",
            "   "
        }) {
            assertThat(MeetingLinks.isValid(link)).as(link).isFalse();
        }
        assertThat(MeetingLinks.isValid(null)).isFalse();
    }

    @Test
    void noLinkAtAllIsAllowedWhereALinkIsOptional() {
        assertThat(MeetingLinks.isValidOrEmpty(null)).isTrue();
        assertThat(MeetingLinks.isValidOrEmpty("  ")).isTrue();
        assertThat(MeetingLinks.isValidOrEmpty("http://meet.example.org")).isFalse();
    }

    @Test
    void exactlyFiveHundredCharactersIsTheLongestLink() {
        String prefix = "https://meet.example.org/";
        assertThat(MeetingLinks.isValid(prefix + "x".repeat(500 - prefix.length())))
                .isTrue();
        assertThat(MeetingLinks.isValid(prefix + "x".repeat(501 - prefix.length())))
                .isFalse();
    }

    @Test
    void textMeantAsALinkIsToldFromAPlace() {
        assertThat(MeetingLinks.looksLikeLink("javascript:alert(1)")).isTrue();
        assertThat(MeetingLinks.looksLikeLink("http://meet.example.org")).isTrue();
        assertThat(MeetingLinks.looksLikeLink("www.example.org/room")).isTrue();
        assertThat(MeetingLinks.looksLikeLink("Room 4: second floor")).isFalse();
        assertThat(MeetingLinks.looksLikeLink("Café Central, Vienna")).isFalse();
    }

    @Test
    void phoneNumbersAreCheckedLoosely() {
        assertThat(PhoneNumbers.isValid("+44 20 7946 0958")).isTrue();
        assertThat(PhoneNumbers.isValid("(212) 555-0142")).isTrue();
        assertThat(PhoneNumbers.isValid("call me")).isFalse();
        assertThat(PhoneNumbers.isValid("12")).isFalse();
        assertThat(PhoneNumbers.isValid("+44 20 7946 0958 ext. 3")).isFalse();
        assertThat(PhoneNumbers.telHref("+44 (20) 7946-0958")).isEqualTo("tel:+442079460958");
        assertThat(PhoneNumbers.telHref("javascript:alert(1)")).isNull();
    }

    @Test
    void aVideoVenueUsesItsOwnLinkElseTheCoachsAndNeverAnUnsafeOneAsALink() {
        assertThat(Venue.video("https://own.example/1", "https://coach.example/2", START, END)
                        .href())
                .isEqualTo("https://own.example/1");
        assertThat(Venue.video(null, "https://coach.example/2", START, END).href())
                .isEqualTo("https://coach.example/2");
        Venue unsafe = Venue.video("javascript:alert(1)", "https://coach.example/2", START, END);
        assertThat(unsafe.href()).isNull();
        assertThat(unsafe.text()).isEqualTo("javascript:alert(1)");
        Venue old = Venue.video("http://old.example/room", null, START, END);
        assertThat(old.href()).isNull();
        assertThat(old.text()).isEqualTo("http://old.example/room");
        assertThat(Venue.video(" ", null, START, END).text()).isNull();
    }

    @Test
    void aMeetingsFreeTextPlaceIsReadAsLinkNumberOrPlace() {
        assertThat(Venue.read("https://meet.example/x", null, START, END).kind())
                .isEqualTo(Venue.Kind.VIDEO);
        assertThat(Venue.read(null, "https://coach.example/2", START, END).href())
                .isEqualTo("https://coach.example/2");
        assertThat(Venue.read("+1 212 555 0142", null, START, END).kind()).isEqualTo(Venue.Kind.PHONE);
        assertThat(Venue.read("Room 4", null, START, END).kind()).isEqualTo(Venue.Kind.IN_PERSON);
        Venue script = Venue.read("javascript:alert(1)", null, START, END);
        assertThat(script.kind()).isEqualTo(Venue.Kind.VIDEO);
        assertThat(script.href()).isNull();
    }
}
