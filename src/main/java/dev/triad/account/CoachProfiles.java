package dev.triad.account;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CoachProfiles extends JpaRepository<CoachProfile, Long> {
}
