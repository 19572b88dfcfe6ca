package dev.triad.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in with email and password against the accounts. The signed-in principal is kept without its password
 * hash: HTTP sessions live in the database (Spring Session JDBC), and a hash has no business there.
 * Unknown emails still cost a password check ({@link DaoAuthenticationProvider}'s timing defence), so the
 * time taken does not tell whether an account exists.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    DaoAuthenticationProvider authenticationProvider(AccountUserDetailsService accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts) {
            @Override
            protected Authentication createSuccessAuthentication(Object principal, Authentication authentication, UserDetails user) {
                Object kept = principal instanceof CurrentUser signedIn ? signedIn.withoutPassword() : principal;
                return super.createSuccessAuthentication(kept, authentication, user);
            }
        };
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }
}
