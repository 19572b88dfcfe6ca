package dev.triad.account;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * How other modules read people: by id, by email, by role, or as a reference for an association. Only reads — people are
 * created and changed through {@link Accounts}, never through the {@link Users} repository, which stays inside this
 * module ({@code ModularityTest} checks it).
 */
@Component
public class People {

    private final Users users;
    private final CoachProfiles coachProfiles;

    People(Users users, CoachProfiles coachProfiles) {
        this.users = users;
        this.coachProfiles = coachProfiles;
    }

    /** The person as a reference for an association (who wrote, who decided), without loading them. */
    public User getReferenceById(Long id) {
        return users.getReferenceById(id);
    }

    public Optional<User> findById(Long id) {
        return users.findById(id);
    }

    /** The person with their roles loaded. */
    public Optional<User> findWithRoles(Long id) {
        return users.findWithRoles(id);
    }

    public List<User> findAllById(Iterable<Long> ids) {
        return users.findAllById(ids);
    }

    /** The person with this email, whatever its case. */
    public Optional<User> findByEmail(String email) {
        return users.findByEmail(email);
    }

    /** The active people with this role, by name. */
    public List<User> findActiveWithRole(Role role) {
        return users.findActiveWithRole(role);
    }

    /** The active people with this role as names only, by name (a list to choose from). */
    public List<PersonName> namesOfActiveWithRole(Role role) {
        return users.namesOfActiveWithRole(role);
    }

    /** The coach roster profiles of these people (a person without one is left out). */
    public List<CoachProfile> coachProfiles(Iterable<Long> userIds) {
        return coachProfiles.findAllById(userIds);
    }

    /** Everyone with an account, active or not, with their roles, by name, in one statement (the access review). */
    public List<User> everyoneWithRoles() {
        return users.everyoneWithRoles();
    }

    /** How many people have an account. */
    public long count() {
        return users.count();
    }
}
