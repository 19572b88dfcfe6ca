package dev.triad.account;

import dev.triad.system.HasTimeZone;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in person, as kept in the HTTP session. Holds no confidential content. {@code timeZone} is the person's
 * own zone, or null when they follow the organisation's default ({@code system.Zones}).
 */
public record CurrentUser(
        Long id,
        String email,
        String fullName,
        Set<Role> roles,
        boolean active,
        boolean mustChangePassword,
        String passwordHash,
        ZoneId timeZone)
        implements UserDetails, HasTimeZone {

    public CurrentUser {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Someone following the organisation's default zone. */
    public CurrentUser(
            Long id,
            String email,
            String fullName,
            Set<Role> roles,
            boolean active,
            boolean mustChangePassword,
            String passwordHash) {
        this(id, email, fullName, roles, active, mustChangePassword, passwordHash, null);
    }

    static CurrentUser of(User user) {
        return new CurrentUser(
                user.getId(),
                user.getEmail(),
                user.getFullName(),
                user.getRoles(),
                user.isActive(),
                user.isMustChangePassword(),
                user.getPasswordHash(),
                user.hasOwnTimeZone() ? user.zoneOr(null) : null);
    }

    /** After the person chose another zone (null: the organisation's default again). */
    public CurrentUser withTimeZone(ZoneId zone) {
        return new CurrentUser(id, email, fullName, roles, active, mustChangePassword, passwordHash, zone);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isHr() {
        return has(Role.HR_ADMIN);
    }

    /** After a password change: no longer asked to change it. The session keeps no password hash. */
    CurrentUser withPasswordChanged() {
        return new CurrentUser(id, email, fullName, roles, active, false, null, timeZone);
    }

    /** The principal kept in the HTTP session (stored in the database): everything but the password hash. */
    CurrentUser withoutPassword() {
        return new CurrentUser(id, email, fullName, roles, active, mustChangePassword, null, timeZone);
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
