package dev.triad.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;

interface RecoveryCodes extends JpaRepository<RecoveryCode, Long> {

    /**
     * Uses the person's unused code with this hash: one update, so a code gets in once even when sent twice at once.
     *
     * @return 1 when it was an unused code of theirs, else 0
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update RecoveryCode r set r.usedAt = :now "
            + "where r.userId = :userId and r.codeHash = :hash and r.usedAt is null")
    int use(@Param("userId") Long userId, @Param("hash") String hash, @Param("now") Instant now);

    @Query("select count(r) from RecoveryCode r where r.userId = :userId and r.usedAt is null")
    int countUnusedOf(@Param("userId") Long userId);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from RecoveryCode r where r.userId = :userId")
    int deleteOf(@Param("userId") Long userId);
}
