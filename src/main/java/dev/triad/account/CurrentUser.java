package dev.triad.account;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The signed-in person, as kept in the HTTP session. Holds no confidential content. */
public record CurrentUser(
        Long id,
        String email,
        String fullName,
        Set<Role> roles,
        boolean active,
        boolean mustChangePassword,
        String passwordHash)
        implements UserDetails {

    public CurrentUser {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    static CurrentUser of(User user) {
        return new CurrentUser(
                user.getId(),
                user.getEmail(),
                user.getFullName(),
                user.getRoles(),
                user.isActive(),
                user.isMustChangePassword(),
                user.getPasswordHash());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isHr() {
        return has(Role.HR_ADMIN);
    }

    /** After a password change: no longer asked to change it. The session keeps no password hash. */
    CurrentUser withPasswordChanged() {
        return new CurrentUser(id, email, fullName, roles, active, false, null);
    }

    /** The principal kept in the HTTP session (stored in the database): everything but the password hash. */
    CurrentUser withoutPassword() {
        return new CurrentUser(id, email, fullName, roles, active, mustChangePassword, null);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public String toString() {
        return "CurrentUser[" + id + ", " + email + "]";
    }
}
