package dev.triad.booking;

import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.programme.Programme;
import dev.triad.programme.Programmes;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Built by each test from its beans (not a bean itself: an import would give the tests a context of their own).
 * Triads whose programme lets clients book, with a coach in London who takes sessions 08:00-18:00 every day. */
class BookingScene {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final Fixtures fixtures;
    private final Programmes programmes;
    private final CoachAvailability availability;
    private final JdbcTemplate jdbc;

    BookingScene(Fixtures fixtures, Programmes programmes, CoachAvailability availability, JdbcTemplate jdbc) {
        this.fixtures = fixtures;
        this.programmes = programmes;
        this.availability = availability;
        this.jdbc = jdbc;
    }

    Programme programmeWhereClientsBook() {
        Programme programme = fixtures.programme();
        programme.letClientsBookSessions(true);
        return programmes.save(programme);
    }

    User coachInLondon() {
        User coach = fixtures.person(Role.COACH);
        zone(coach, LONDON);
        return coach;
    }

    void zone(User person, ZoneId zone) {
        jdbc.update("update app_user set time_zone = ? where id = ?", zone.getId(), person.getId());
    }

    Triad triad(Programme programme, User coach) {
        return fixtures.anEngagement().in(programme).withCoach(coach).buildTriad();
    }

    /** A triad whose client may book a coach who published 08:00-18:00 London every day, no notice, no buffer. */
    Triad bookable() {
        User coach = coachInLondon();
        publish(coach, null, List.of());
        return triad(programmeWhereClientsBook(), coach);
    }

    void publish(User coach, Integer maxPerDay, List<Unavailable> away) {
        List<WeeklyHours> hours = Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyHours(day, LocalTime.of(8, 0), LocalTime.of(18, 0)))
                .toList();
        availability.publish(new Availability(true, 0, 0, maxPerDay, hours, away), fixtures.principal(coach));
    }

    /** {@code hour}:00 London, {@code days} from today. */
    static Instant london(int days, int hour) {
        return LocalDate.now(LONDON)
                .plusDays(days)
                .atTime(hour, 0)
                .atZone(LONDON)
                .toInstant();
    }

    CurrentUser principal(User person, ZoneId zone) {
        return fixtures.principal(person).withTimeZone(zone);
    }

    RequestPostProcessor as(User person, ZoneId zone) {
        return user(principal(person, zone));
    }
}
