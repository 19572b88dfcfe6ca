package dev.triad.reflection;

import dev.triad.account.Role;
import dev.triad.account.User;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal's weeks are ISO weeks, Monday to Sunday, in the client's time zone (else Triad's). */
class WeeksTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Weeks at(String localDateTime, ZoneId zone) {
        Instant instant = LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
        return new Weeks(Clock.fixed(instant, zone));
    }

    @Test
    void aMondayStartsItsOwnWeekAndEveryOtherDayBelongsToThePrecedingMonday() {
        LocalDate monday = LocalDate.of(2026, 11, 16);
        for (int day = 0; day < 7; day++) {
            assertThat(Weeks.mondayOf(monday.plusDays(day))).isEqualTo(monday);
        }
        assertThat(Weeks.mondayOf(monday.minusDays(1))).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(Weeks.mondayOf(monday.plusDays(7))).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void sundayAtOneMinuteToMidnightIsStillThisWeekAndMondayAtMidnightIsTheNext() {
        assertThat(at("2026-11-22T23:59:59", BERLIN).thisWeek()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(at("2026-11-23T00:00:00", BERLIN).thisWeek()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void theClocksZoneDecidesWhichDayItIs() {
        // Sunday 23:30 in London is already Monday 00:30 in Berlin.
        Instant instant = Instant.parse("2026-11-22T23:30:00Z");
        assertThat(new Weeks(Clock.fixed(instant, ZoneId.of("Europe/London"))).thisWeek())
                .isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(new Weeks(Clock.fixed(instant, BERLIN)).thisWeek()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(new Weeks(Clock.fixed(instant, BERLIN)).zone()).isEqualTo(BERLIN);
    }

    @Test
    void aWeekCanStartInTheYearBefore() {
        // 1 January 2026 is a Thursday: its week began on Monday 29 December 2025.
        assertThat(at("2026-01-01T09:00:00", BERLIN).thisWeek()).isEqualTo(LocalDate.of(2025, 12, 29));
        // Sunday 3 January 2027 still belongs to the week of Monday 28 December 2026.
        assertThat(at("2027-01-03T23:59:00", BERLIN).thisWeek()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(at("2027-01-04T00:00:00", BERLIN).thisWeek()).isEqualTo(LocalDate.of(2027, 1, 4));
        // Thursday 31 December 2020 is in ISO week 53, which began on Monday 28 December.
        assertThat(Weeks.mondayOf(LocalDate.of(2020, 12, 31))).isEqualTo(LocalDate.of(2020, 12, 28));
    }

    @Test
    void aWeekIsNamedByItsMonday() {
        assertThat(Weeks.label(LocalDate.of(2026, 11, 16))).isEqualTo("Week of 16 Nov 2026");
        assertThat(Weeks.phrase(LocalDate.of(2026, 1, 5))).isEqualTo("week of 5 Jan 2026");
    }

    static User client(String zone) {
        User client = new User("client@example.test", "Chris Morgan", null, EnumSet.of(Role.CLIENT), Instant.EPOCH);
        ReflectionTestUtils.setField(client, "timeZone", zone);
        return client;
    }

    @Test
    void theWeekIsTheClientsWhateverTheOrganisationsZone() {
        // Sunday 29 November 2026, 20:00 in London: already Monday morning in Singapore, Sunday afternoon in New York
        Weeks weeks = at("2026-11-29T20:00:00", ZoneId.of("Europe/London"));
        assertThat(weeks.thisWeek()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(weeks.thisWeekOf(client("Asia/Singapore"))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(weeks.todayOf(client("Asia/Singapore"))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(weeks.thisWeekOf(client("America/New_York"))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(weeks.thisWeekOf(client(null))).as("no zone of their own").isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(weeks.thisWeekIn(ZoneId.of("Asia/Singapore"))).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
