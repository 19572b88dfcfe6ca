package dev.triad.programme;

import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import dev.triad.system.StaleEdit;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.function.Supplier;

/** HR creates and changes programmes; names are unique whatever their case. */
@Service
public class ProgrammeService {

    private final Programmes programmes;
    private final Clock clock;

    ProgrammeService(Programmes programmes, Clock clock) {
        this.programmes = programmes;
        this.clock = clock;
    }

    @Transactional
    public Programme create(ProgrammeDetails details) {
        if (programmes.nameTaken(details.name().strip())) {
            throw new RuleViolation("name", "programme.name.taken");
        }
        Programme programme = new Programme(
                details.name(),
                details.purpose(),
                details.timing(),
                details.defaultCoachingType(),
                details.defaultContractedHours(),
                details.startsOn(),
                details.endsOn(),
                clock.instant());
        apply(programme, details);
        return withAUniqueName(() -> programmes.saveAndFlush(programme));
    }

    @Transactional(readOnly = true)
    public Programme find(Long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("Programme"));
    }

    /**
     * Changes the programme as HR saw it at {@code version}.
     *
     * @throws StaleEdit when someone else saved it since
     */
    @Transactional
    public Programme update(Long id, long version, ProgrammeDetails details) {
        Programme programme = find(id);
        StaleEdit.check(Programme.class, id, version, programme.getVersion());
        if (programmes.nameTakenByAnother(details.name().strip(), id)) {
            throw new RuleViolation("name", "programme.name.taken");
        }
        programme.describe(
                details.name(),
                details.purpose(),
                details.timing(),
                details.defaultCoachingType(),
                details.defaultContractedHours(),
                details.startsOn(),
                details.endsOn());
        apply(programme, details);
        return withAUniqueName(() -> programmes.saveAndFlush(programme));
    }

    /**
     * Two HR administrators saving the same name at once both pass the check above; the database's unique index lets
     * one through, and the other hears what the check would have told them, not a server error.
     */
    private static Programme withAUniqueName(Supplier<Programme> save) {
        try {
            return save.get();
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains("programme_name_key")) {
                throw new RuleViolation("name", "programme.name.taken");
            }
            throw e;
        }
    }

    private static void apply(Programme programme, ProgrammeDetails details) {
        programme.setCancellationPolicy(details.cancellationNoticeHours(), details.consecutiveCancellationThreshold());
        programme.setEvaluation(details.checkInEverySessions(), details.mandated());
        programme.setOutcomeCorrectionDays(details.outcomeCorrectionDays());
        programme.letClientsBookSessions(details.clientsBookSessions());
    }
}
