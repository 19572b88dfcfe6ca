package dev.triad.notification;

import dev.triad.system.CalendarInvite;
import dev.triad.system.CalendarInviteTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How an email tells when an invitation's event takes place: in its reader's zone, with the abbreviation. */
class CalendarWhenTest {

    @Test
    void anInvitationsTimeIsWrittenWithItsZonesAbbreviation() {
        CalendarInvite invite = CalendarInvite.request(
                "s@triad",
                0,
                CalendarInviteTest.START,
                Duration.ofHours(1),
                "S",
                null,
                null,
                CalendarInviteTest.COACH,
                List.of());
        assertThat(Notifications.when(invite)).isEqualTo("Thu 3 Dec 2026, 10:00–11:00 CET");
        assertThat(Notifications.when(invite.inZone(ZoneId.of("America/New_York"))))
                .isEqualTo("Thu 3 Dec 2026, 04:00–05:00 EST");
    }

    @Test
    void aSpanThatEndsTheNextDayWhereTheReaderIsNamesBothDays() {
        Instant start = Instant.parse("2026-12-03T15:30:00Z");
        assertThat(Notifications.when(start, start.plus(Duration.ofHours(1)), ZoneId.of("Asia/Singapore")))
                .isEqualTo("Thu 3 Dec 2026, 23:30 SGT – Fri 4 Dec 2026, 00:30 SGT");
        assertThat(Notifications.when(start, start.plus(Duration.ofHours(1)), ZoneId.of("Europe/London")))
                .isEqualTo("Thu 3 Dec 2026, 15:30–16:30 GMT");
    }
}
