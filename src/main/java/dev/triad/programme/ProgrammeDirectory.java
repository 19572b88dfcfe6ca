package dev.triad.programme;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * How other modules read programmes: one by id, or all of them newest first (lists to choose from, the dashboards).
 * Only reads — programmes change through {@link ProgrammeService}, never through the {@link Programmes} repository from
 * another module ({@code ModularityTest} checks it).
 */
@Component
public class ProgrammeDirectory {

    private final Programmes programmes;

    ProgrammeDirectory(Programmes programmes) {
        this.programmes = programmes;
    }

    public Optional<Programme> findById(Long id) {
        return programmes.findById(id);
    }

    /** Every programme, the latest start first, then by name. */
    public List<Programme> findAllInOrder() {
        return programmes.findAllInOrder();
    }
}
