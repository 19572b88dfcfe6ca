package dev.triad.scim;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface ScimTokens extends JpaRepository<ScimToken, Long> {

    Optional<ScimToken> findByTokenHash(String tokenHash);

    List<ScimToken> findAllByOrderByRevokedAtDescCreatedAtDesc();

    boolean existsByNameIgnoreCaseAndRevokedAtIsNull(String name);

    /** Not an edit of the token: no version bump, so HR's revoke never meets a stale token. */
    @Modifying
    @Query("update ScimToken t set t.lastUsedAt = ?2 where t.id = ?1")
    void markUsed(Long id, Instant at);
}
