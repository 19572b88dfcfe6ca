package dev.triad.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface CoachProfiles extends JpaRepository<CoachProfile, Long> {}
