package dev.triad.alignment;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * How other modules read alignment meetings (a schedule, a calendar feed). Only reads — meetings change through
 * {@link AlignmentService}, never through the {@link AlignmentMeetings} repository from another module.
 */
@Component
public class AlignmentDirectory {

    private final AlignmentMeetings meetings;

    AlignmentDirectory(AlignmentMeetings meetings) {
        this.meetings = meetings;
    }

    /**
     * The meetings of these engagements starting from {@code from} (inclusive) until {@code until} (exclusive), by
     * start, in one query whatever their number; cancelled and held ones too.
     */
    public List<AlignmentMeeting> startingBetween(Collection<Long> engagementIds, Instant from, Instant until) {
        return engagementIds.isEmpty() ? List.of() : meetings.startingBetween(engagementIds, from, until);
    }
}
