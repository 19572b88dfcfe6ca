package dev.triad.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in with email and password against the accounts, throttled ({@link SignInThrottle}: a refused attempt is a
 * {@link org.springframework.security.authentication.LockedException}, which the sign-in page explains). Unknown
 * emails still cost a password check ({@link DaoAuthenticationProvider}'s timing defence), so neither the answer nor
 * the time taken tells whether an account exists. The signed-in principal is kept without its password hash: HTTP
 * sessions live in the database (Spring Session JDBC), and a hash has no business there.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    DaoAuthenticationProvider authenticationProvider(
            AccountUserDetailsService accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts) {
            @Override
            public Authentication authenticate(Authentication attempt) throws AuthenticationException {
                String email = attempt.getName();
                String address =
                        attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
                throttle.check(email, address);
                try {
                    return super.authenticate(attempt);
                } catch (BadCredentialsException wrong) {
                    throttle.recordFailure(email, address);
                    throw wrong;
                }
            }

            @Override
            protected Authentication createSuccessAuthentication(
                    Object principal, Authentication authentication, UserDetails user) {
                Object kept = principal instanceof CurrentUser signedIn ? signedIn.withoutPassword() : principal;
                return super.createSuccessAuthentication(kept, authentication, user);
            }
        };
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }
}
