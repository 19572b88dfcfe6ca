package dev.triad.account;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface Users extends JpaRepository<User, Long> {

    @Query("select u from User u where lower(u.email) = lower(?1)")
    Optional<User> findByEmail(String email);

    @EntityGraph(attributePaths = "roles")
    @Query("select u from User u where u.id = ?1")
    Optional<User> findWithRoles(Long id);

    @Query("select exists (select 1 from User u where lower(u.email) = lower(?1))")
    boolean emailTaken(String email);

    @Query("select exists (select 1 from User u where lower(u.email) = lower(?1) and u.id <> ?2)")
    boolean emailTakenByAnother(String email, Long userId);

    /** Which of these emails (lower case) someone has, in one statement however many there are. */
    @Query(value = "select lower(email) from app_user where lower(email) = any(cast(?1 as text[]))", nativeQuery = true)
    List<String> takenEmails(String[] emails);

    /** Which of these emails (lower case) belong to someone with the role. */
    @Query(
            value = "select lower(u.email) from app_user u join user_role r on r.user_id = u.id "
                    + "where r.role = ?2 and lower(u.email) = any(cast(?1 as text[]))",
            nativeQuery = true)
    List<String> emailsWithRole(String[] emails, String role);

    Optional<User> findByExternalId(String externalId);

    boolean existsByExternalId(String externalId);

    boolean existsByExternalIdAndIdNot(String externalId, Long userId);

    Page<User> findByActive(boolean active, Pageable pageable);

    @Query("select u from User u where ?1 member of u.roles and u.active = true order by u.fullName")
    List<User> findActiveWithRole(Role role);

    @Query(
            "select new dev.triad.account.PersonName(u.id, u.fullName) from User u where ?1 member of u.roles and u.active = true "
                    + "order by u.fullName, u.id")
    List<PersonName> namesOfActiveWithRole(Role role);

    /** A sign-in at {@code at}: a plain update, no version bump (HR's open form on the person stays current). */
    @Modifying
    @Query("update User u set u.lastSignedInAt = ?2 where u.id = ?1")
    int recordSignIn(Long id, Instant at);

    /** Everyone, with their roles, in one statement, by name: the access review. */
    @Query("select distinct u from User u left join fetch u.roles order by u.fullName, u.id")
    List<User> everyoneWithRoles();

    @Query(
            value = "select u from User u where (?1 = '' or lower(u.fullName) like lower(concat('%', ?1, '%')) "
                    + "or lower(u.email) like lower(concat('%', ?1, '%'))) order by u.fullName, u.id",
            countQuery =
                    "select count(u) from User u where (?1 = '' or lower(u.fullName) like lower(concat('%', ?1, '%')) "
                            + "or lower(u.email) like lower(concat('%', ?1, '%')))")
    Page<User> search(String text, Pageable pageable);

    /** Whether {@code email} is a break-glass account: password sign-in kept, and still an HR administrator. */
    @Query("select exists (select 1 from User u where lower(u.email) = lower(?1) and u.breakGlass = true "
            + "and ?2 member of u.roles)")
    boolean isBreakGlass(String email, Role hrAdmin);
}
