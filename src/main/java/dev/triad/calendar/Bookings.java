package dev.triad.calendar;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.Engagement;
import dev.triad.system.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/**
 * An engagement's session or meeting holds its time for the engagement's coach and client, or the person booking it
 * hears why not: what holds the time when they may see it ({@link TakenTimeMessages}), else only that it is taken.
 */
@Service
public class Bookings {

    private final BookedTimes booked;
    private final TakenTimeMessages takenTimes;

    Bookings(BookedTimes booked, TakenTimeMessages takenTimes) {
        this.booked = booked;
        this.takenTimes = takenTimes;
    }

    /**
     * Holds [{@code start}, {@code end}) for the item (its row is replaced when it moves); an engagement without a
     * coach books nothing.
     *
     * @throws RuleViolation on {@code startsAt} when the coach or the client is booked then
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(BookedItem item, Long itemId, Engagement engagement, Instant start, Instant end, CurrentUser me) {
        if (engagement.getCoach() == null) {
            return;
        }
        Long coachId = engagement.getCoach().getId();
        Long clientId = engagement.getClient().getId();
        try {
            booked.book(item, itemId, engagement.getId(), coachId, clientId, start, end);
        } catch (TimeTaken taken) {
            throw takenTimes.violation(taken, "startsAt", coachId, clientId, me);
        }
    }
}
