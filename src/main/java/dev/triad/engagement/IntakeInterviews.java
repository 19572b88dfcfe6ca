package dev.triad.engagement;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IntakeInterviews extends JpaRepository<IntakeInterview, Long> {}
