package dev.triad.system;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import java.util.List;
import java.util.Map;

/**
 * Who may reach which URL at all. Whether a person may see a given engagement's content is decided
 * per engagement by the engagement module's access policy, not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Powerful browser features Triad never uses, denied to every page and anything it might embed. */
    static final String PERMISSIONS_POLICY =
            "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
                    + "hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=(), xr-spatial-tracking=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<SignInMethod> signInMethods)
            throws Exception {
        List<SignInMethod> methods = signInMethods.orderedStream().toList();
        String[] openPaths =
                methods.stream().flatMap(method -> method.openPaths().stream()).toArray(String[]::new);
        if (openPaths.length > 0) {
            // the pages and callbacks of the other ways in, before the rules below close everything else
            http.authorizeHttpRequests(
                    requests -> requests.requestMatchers(openPaths).permitAll());
        }
        http.authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                                .permitAll()
                                .requestMatchers(
                                        "/login",
                                        "/error",
                                        "/css/**",
                                        "/js/**",
                                        "/webjars/**",
                                        "/favicon.ico",
                                        "/favicon.svg",
                                        "/robots.txt")
                                .permitAll()
                                // single-use links to set a password, and asking for one: for people who cannot sign in
                                .requestMatchers(
                                        "/account/invitation/*", "/account/password-reset", "/account/password-reset/*")
                                .permitAll()
                                // a 360 rater's single-use link: raters have no account
                                .requestMatchers("/feedback/*")
                                .permitAll()
                                // a person's calendar feed: calendar programs fetch it without signing in; its secret
                                // address is the key (schedule.CalendarFeedService)
                                .requestMatchers(HttpMethod.GET, "/calendar/feed/*")
                                .permitAll()
                                // the schedule across the engagements one coaches
                                .requestMatchers("/schedule")
                                .hasRole("COACH")
                                .requestMatchers(
                                        "/people/**",
                                        "/programmes/**",
                                        "/engagements/new",
                                        "/outbox/**",
                                        "/audit/**",
                                        "/retention",
                                        "/retention/**",
                                        "/feedback-question-sets",
                                        "/feedback-question-sets/**")
                                .hasRole("HR_ADMIN")
                                .requestMatchers(HttpMethod.POST, "/engagements")
                                .hasRole("HR_ADMIN")
                                .requestMatchers("/engagements/*/coach", "/engagements/*/coach/**")
                                .hasRole("HR_ADMIN")
                                .anyRequest()
                                .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        // back to the page asked for (an email's link, say), else home
                        .defaultSuccessUrl("/")
                        // throttled sign-ins (LockedException) get their own explanation; every other failure the same
                        // one
                        .failureHandler(signInFailures())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        for (SignInMethod method : methods) {
            method.configure(http);
        }
        return http.build();
    }

    private static AuthenticationFailureHandler signInFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?throttled"));
        return failures;
    }

    /**
     * Passwords as {@code {bcrypt}} hashes of {@code triad.password.bcrypt-strength} (10, Spring Security's default,
     * unless set): the test suite sets 4, since it creates thousands of people and BCrypt is slow on purpose; a hash
     * carries its strength, so either kind is read back.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${triad.password.bcrypt-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }
}
