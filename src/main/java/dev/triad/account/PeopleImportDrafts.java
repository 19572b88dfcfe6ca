package dev.triad.account;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Optional;

interface PeopleImportDrafts extends JpaRepository<PeopleImportDraft, Long> {

    /** Locks the draft, so that two clicks on "Import" cannot both import it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from PeopleImportDraft d where d.tokenHash = ?1 and d.hrUserId = ?2")
    Optional<PeopleImportDraft> lockByTokenHashAndHrUserId(String tokenHash, Long hrUserId);

    @Query("select d from PeopleImportDraft d where d.tokenHash = ?1 and d.hrUserId = ?2")
    Optional<PeopleImportDraft> findByTokenHashAndHrUserId(String tokenHash, Long hrUserId);

    @Modifying
    @Query("delete from PeopleImportDraft d where d.expiresAt <= ?1")
    int deleteExpired(Instant now);
}
