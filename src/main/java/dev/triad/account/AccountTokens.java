package dev.triad.account;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface AccountTokens extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountLinks.Purpose purpose);

    /** Locks the row, so that two submissions of the same link cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = ?1 and t.purpose = ?2")
    Optional<AccountToken> lockByTokenHashAndPurpose(String tokenHash, AccountLinks.Purpose purpose);

    @Query(
            "select t from AccountToken t where t.userId = ?1 and t.purpose = ?2 and t.usedAt is null and t.expiresAt > ?3")
    List<AccountToken> findUsable(Long userId, AccountLinks.Purpose purpose, Instant now);

    @Query("select count(t) from AccountToken t where t.userId = ?1 and t.purpose = ?2 and t.createdAt > ?3")
    long countIssuedSince(Long userId, AccountLinks.Purpose purpose, Instant since);
}
