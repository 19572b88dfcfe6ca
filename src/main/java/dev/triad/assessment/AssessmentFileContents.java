package dev.triad.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentFileContents extends JpaRepository<AssessmentFileContent, Long> {}
