package dev.triad.session;

import org.springframework.data.jpa.repository.JpaRepository;

interface PrivateNotes extends JpaRepository<PrivateNote, Long> {}
