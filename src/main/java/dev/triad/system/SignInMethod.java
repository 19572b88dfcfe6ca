package dev.triad.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

import java.util.List;

/**
 * A way in beside the password, or a step of signing in (single sign-on, a second factor, passkeys), added to the
 * one security filter chain by the module that owns it, so that {@link SecurityConfiguration} keeps only what every
 * way in shares. Beans of this type are applied in their {@link org.springframework.core.annotation.Order}.
 */
public interface SignInMethod {

    /** Paths anyone may reach for this way in: its pages and its callbacks. */
    default List<String> openPaths() {
        return List.of();
    }

    /**
     * Adds this way in to the chain. Runs after the password sign-in, the URL rules and the headers are configured,
     * so it may extend them (the form login's success handler, say); URL rules it needs go in {@link #openPaths()}.
     */
    void configure(HttpSecurity http) throws Exception;
}
