package dev.triad.account;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

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

    @Query("select u from User u where ?1 member of u.roles and u.active = true order by u.fullName")
    List<User> findActiveWithRole(Role role);

    @Query(
            "select new dev.triad.account.PersonName(u.id, u.fullName) from User u where ?1 member of u.roles and u.active = true "
                    + "order by u.fullName, u.id")
    List<PersonName> namesOfActiveWithRole(Role role);

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
