package dev.triad.alignment;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeInterviews extends JpaRepository<IntakeInterview, Long> {
}
