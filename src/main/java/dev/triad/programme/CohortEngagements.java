package dev.triad.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * What opening a cohort ({@link Cohorts}) needs from the engagement module, which implements it: that module depends
 * on programmes, not the reverse, like the extension points it declares for the modules that depend on it.
 */
public interface CohortEngagements {

    /** The emails among {@code clientEmails} (not empty) of clients with an engagement of the programme that is not closed, in one query. */
    List<String> clientsAlreadyIn(Long programmeId, List<String> clientEmails);

    /**
     * Opens one engagement of the programme in intake, with the programme's defaults (type, timing, hours), and gives its id.
     *
     * @throws dev.triad.system.RuleViolation when it cannot be opened; its field ({@code clientEmail}, {@code leaderEmail})
     *                                        says whose email is wrong
     */
    Long open(
            String clientEmail,
            String leaderEmail,
            Long programmeId,
            LocalDate startsOn,
            LocalDate plannedEndOn,
            String focus);
}
