package dev.triad.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.account.User;
import dev.triad.programme.Programme;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19's journey in two time zones at once: the coach in London publishes her hours; a client in New York (her
 * browser in New York too) sees the free times in her own time, books one and finds it first on her home page; the
 * coach finds it on her schedule at the London time; both calendar files describe the same instant, each in its
 * reader's zone; a second client of the same coach, who had the same time on his screen, is told it was just taken.
 */
class ClientBooksAcrossTimeZonesJourneyTest extends BrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClientInNewYorkBooksHerLondonCoachsFreeTimeAndASecondClientIsToldItWasJustTaken() throws Exception {
        Programme booking = fixtures.programme();
        jdbc.update("update programme set clients_book_sessions = true where id = ?", booking.getId());
        User coach = fixtures.inZone(fixtures.person(dev.triad.account.Role.COACH), LONDON);
        Triad dana = fixtures.anEngagement()
                .in(booking)
                .withCoach(coach)
                .withClient(fixtures.inZone(fixtures.person(dev.triad.account.Role.CLIENT), NEW_YORK))
                .buildTriad();
        Triad eli = fixtures.anEngagement()
                .in(booking)
                .withCoach(coach)
                .withClient(fixtures.inZone(fixtures.person(dev.triad.account.Role.CLIENT), NEW_YORK))
                .buildTriad();

        // The coach, in London, publishes the same hours every day of the week.
        Page london = signInFrom("Europe/London", coach.getEmail(), Fixtures.PASSWORD);
        london.navigate(url("/availability"));
        for (String day : new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}) {
            london.getByLabel(day, new Page.GetByLabelOptions().setExact(true)).fill("09:00-17:00");
        }
        london.getByRole(AriaRole.BUTTON, named("Publish availability")).click();
        assertThat(london.getByRole(AriaRole.STATUS)).containsText("Availability published");

        // Both clients open their coach's free times, in New York time; each sees the same first free time.
        Page danaPage = signInFrom("America/New_York", dana.client().getEmail(), Fixtures.PASSWORD);
        danaPage.navigate(url("/engagements/" + dana.id() + "/sessions/book"));
        assertThat(danaPage.locator("#usual-session")).containsText("America/New_York");
        Locator danasFirst = danaPage.locator("button.slot").first();
        Instant slot = Instant.parse(danasFirst.getAttribute("data-start"));
        assertThat(danasFirst).hasText(HOUR.format(slot.atZone(NEW_YORK)));
        int londonHour = slot.atZone(LONDON).getHour();
        assertThat(londonHour).as("inside the coach's London hours").isBetween(9, 16);
        assertAccessible(danaPage);
        assertWorksOnAPhone(danaPage);

        Page eliPage = signInFrom("America/New_York", eli.client().getEmail(), Fixtures.PASSWORD);
        eliPage.navigate(url("/engagements/" + eli.id() + "/sessions/book"));
        Locator elisSameSlot = eliPage.locator("button.slot[data-start='" + slot + "']");
        assertThat(elisSameSlot).hasCount(1);

        // Dana books it, and finds it first on her home page at her own time.
        danasFirst.click();
        assertThat(danaPage.getByRole(AriaRole.STATUS)).containsText("Session booked");
        String sessionPath = danaPage.url().replaceFirst("^https?://[^/]+", "");
        danaPage.navigate(url("/"));
        assertThat(danaPage.locator("[data-test=next-when]")).containsText(when(slot, NEW_YORK));
        // the reminder to write the agenda speaks of the same time, in her zone too
        assertThat(danaPage.locator("#reminders")).containsText(when(slot, NEW_YORK));
        screenshot(danaPage, "booking-client-home-new-york");

        // Eli, with the same time still on his screen, is told it was just taken and shown the next free times.
        elisSameSlot.click();
        assertThat(eliPage.locator("body")).containsText("That time was just taken");
        assertThat(eliPage.locator("button.slot[data-start='" + slot + "']")).hasCount(0);
        assertThat(eliPage.locator("button.slot").first()).isVisible();

        // The coach finds it on her schedule, at the London time.
        LocalDate londonDay = slot.atZone(LONDON).toLocalDate();
        london.navigate(url("/schedule?week=" + londonDay));
        Locator item = london.locator(
                        ".schedule-session",
                        new Page.LocatorOptions().setHasText(dana.client().getFullName()))
                .first();
        assertThat(item.locator(".schedule-time")).containsText(HOUR.format(slot.atZone(LONDON)));
        screenshot(london, "booking-coach-schedule-london");

        // Both calendar files describe the same instant, each in its reader's zone.
        VEvent forDana =
                event(danaPage.request().get(url(sessionPath + "/calendar.ics")).text());
        VEvent forCoach =
                event(london.request().get(url(sessionPath + "/calendar.ics")).text());
        assertThat(start(forDana)).isEqualTo(slot);
        assertThat(start(forCoach)).isEqualTo(slot);
        assertThat(zone(forDana)).isEqualTo("America/New_York");
        assertThat(zone(forCoach)).isEqualTo("Europe/London");
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    /** "Thu 4 Dec 2026, 04:00 EST", as Triad writes a time with its zone. */
    private static String when(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH)
                .format(instant.atZone(zone));
    }

    private static VEvent event(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    private static Instant start(VEvent event) {
        DtStart<Temporal> start = event.getDateTimeStart();
        return Instant.from(start.getDate());
    }

    private static String zone(VEvent event) {
        return event.getDateTimeStart()
                .getParameter("TZID")
                .map(p -> p.getValue())
                .orElse("none");
    }
}
