package dev.triad.notification;

import dev.triad.system.CalendarInvite;
import dev.triad.system.CalendarInviteTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How an email tells when an invitation's event takes place. */
class CalendarWhenTest {

    @Test
    void anInvitationsTimeIsWrittenWithItsZone() {
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
        assertThat(Notifications.when(invite)).isEqualTo("3 Dec 2026, 10:00–11:00 (Europe/Paris)");
    }
}
