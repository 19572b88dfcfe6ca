package dev.triad.notification;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** A day's reminders wait for 08:00 where their recipient is. */
class MorningsTest {

    @Test
    void theMorningComesAtEightLocalTime() {
        Instant sevenInLondon = Instant.parse("2027-03-29T06:00:00Z"); // 07:00 BST
        assertThat(Mornings.dayOnceMorningCame(sevenInLondon, ZoneId.of("Europe/London")))
                .isEmpty();
        assertThat(Mornings.dayOnceMorningCame(sevenInLondon.plusSeconds(3600), ZoneId.of("Europe/London")))
                .contains(LocalDate.of(2027, 3, 29));
        // it is already the afternoon of the 29th in Singapore, and still the night in New York
        assertThat(Mornings.dayOnceMorningCame(sevenInLondon, ZoneId.of("Asia/Singapore")))
                .contains(LocalDate.of(2027, 3, 29));
        assertThat(Mornings.dayOnceMorningCame(sevenInLondon, ZoneId.of("America/New_York")))
                .isEmpty();
        assertThat(Mornings.dayOnceMorningCame(Instant.parse("2027-03-29T03:59:00Z"), ZoneId.of("America/New_York")))
                .contains(LocalDate.of(2027, 3, 28)); // 23:59 EDT
    }

    @Test
    void everyDateSomewhereOnEarthIsOneOfThree() {
        Instant now = Instant.parse("2027-03-29T23:30:00Z");
        assertThat(Mornings.datesSomewhere(now))
                .containsExactly(LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 3, 30))
                .contains(LocalDate.ofInstant(now, ZoneId.of("Pacific/Kiritimati")))
                .contains(LocalDate.ofInstant(now, ZoneId.of("Pacific/Pago_Pago")));
    }
}
