package dev.triad.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Authenticators extends JpaRepository<Authenticator, Long> {

    /**
     * Takes {@code step} as the last one used, if no code of it or of a later step was accepted yet: one update, so
     * that two requests with the same code cannot both get in.
     *
     * @return 1 when taken, 0 when the step (or a later one) was used already
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Authenticator a set a.lastUsedStep = :step where a.userId = :userId and a.lastUsedStep < :step")
    int use(@Param("userId") Long userId, @Param("step") long step);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from Authenticator a where a.userId = :userId")
    int deleteOf(@Param("userId") Long userId);
}
