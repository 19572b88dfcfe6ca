package dev.triad.account;

import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.system.SignInMethod;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Passkeys (WebAuthn) as a way in of their own, with Spring Security's relying party: a person adds passkeys on their
 * account page ({@code /webauthn/register/options}, {@code /webauthn/register}, for the signed-in only) and signs in
 * with one on the sign-in page ({@code /webauthn/authenticate/options}, {@code /login/webauthn}), without a
 * password. The relying party is {@code triad.base-url}: its host is the rpId and its origin the only one accepted,
 * so a passkey made for Triad is of no use to a look-alike site, and a look-alike's answer is of no use here. User
 * verification (the device's PIN, fingerprint or face) is required at registration and at every sign-in, which makes
 * a passkey two factors in one (something held, something known or been): the second factor of the password sign-in
 * does not apply to it.
 *
 * <p>The signed-in result is what the password sign-in makes: a {@link CurrentUser} without password hash, named by
 * the email (Spring Session's principal index, which deactivation ends sessions by), loaded through the accounts, so a
 * deactivated person is refused; the session id changes; success and refusal are audited.
 */
@Configuration(proxyBeanMethods = false)
class PasskeySignIn {

    static final String RP_NAME = "Triad";

    /** The relying party Triad is: {@code id} the base URL's host, {@code origin} its scheme, host and port. */
    record RelyingParty(String id, String origin) {

        static RelyingParty of(String baseUrl) {
            URI uri = URI.create(baseUrl.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))) {
                throw new IllegalStateException(
                        "triad.base-url must be an http(s) address, e.g. https://triad.example.org");
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            boolean defaultPort = uri.getPort() == -1
                    || ("https".equals(scheme) && uri.getPort() == 443)
                    || ("http".equals(scheme) && uri.getPort() == 80);
            return new RelyingParty(host, scheme + "://" + host + (defaultPort ? "" : ":" + uri.getPort()));
        }
    }

    @Bean
    RelyingParty passkeyRelyingParty(@Value("${triad.base-url:http://localhost:8080}") String baseUrl) {
        return RelyingParty.of(baseUrl);
    }

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    WebAuthnRelyingPartyOperations passkeyRelyingPartyOperations(
            RelyingParty rp,
            PublicKeyCredentialUserEntityRepository userEntities,
            UserCredentialRepository credentials) {
        Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(
                userEntities,
                credentials,
                PublicKeyCredentialRpEntity.builder().id(rp.id()).name(RP_NAME).build(),
                Set.of(rp.origin()));
        // Spring's default is "preferred": a device that skips its PIN or fingerprint would still sign in
        operations.setCustomizeCreationOptions(
                options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .build()));
        operations.setCustomizeRequestOptions(
                options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        return operations;
    }

    @Bean
    SignInMethod passkeySignInMethod(
            RelyingParty rp,
            WebAuthnRelyingPartyOperations operations,
            AccountUserDetailsService accounts,
            AuditTrail audit) {
        AuthenticationProvider provider = new PasskeyProvider(operations, accounts);
        return new SignInMethod() {
            @Override
            public List<String> openPaths() {
                return List.of("/webauthn/authenticate/options", "/login/webauthn");
            }

            @Override
            public void configure(HttpSecurity http) throws Exception {
                // rpId, name and origins are those of the operations bean above, which Spring uses when present
                http.webAuthn(webAuthn -> webAuthn.rpName(RP_NAME)
                        .rpId(rp.id())
                        .allowedOrigins(rp.origin())
                        // the account page's own passkeys page replaces it
                        .disableDefaultRegistrationPage(true)
                        .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                            @Override
                            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationManager(new ProviderManager(provider));
                                // as the password sign-in: a new session id, a new CSRF token, the context kept where
                                // the chain keeps it
                                filter.setSessionAuthenticationStrategy(
                                        http.getSharedObject(SessionAuthenticationStrategy.class));
                                filter.setSecurityContextRepository(
                                        http.getSharedObject(SecurityContextRepository.class));
                                HttpMessageConverterAuthenticationSuccessHandler answer =
                                        new HttpMessageConverterAuthenticationSuccessHandler();
                                filter.setAuthenticationSuccessHandler((request, response, authentication) -> {
                                    CurrentUser me = (CurrentUser) authentication.getPrincipal();
                                    audit.recordFrom(
                                            AuditKind.SIGN_IN,
                                            me.email(),
                                            "person " + me.id(),
                                            "with a passkey",
                                            request.getRemoteAddr());
                                    answer.onAuthenticationSuccess(request, response, authentication);
                                });
                                filter.setAuthenticationFailureHandler((request, response, refused) -> {
                                    audit.recordFrom(
                                            AuditKind.SIGN_IN_FAILED,
                                            refused instanceof PasskeyRefused known ? known.email : "unknown passkey",
                                            refused instanceof PasskeyRefused known && known.userId != null
                                                    ? "person " + known.userId
                                                    : null,
                                            refused instanceof DisabledException
                                                    ? "With a passkey: the account is deactivated"
                                                    : "With a passkey: not recognised or not verified",
                                            request.getRemoteAddr());
                                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                                });
                                return filter;
                            }
                        }));
            }
        };
    }

    /**
     * Checks the passkey's signature (Spring's relying party, with webauthn4j: challenge, origin, rpId, user presence
     * and verification, signature counter), then loads the person it belongs to as the password sign-in does.
     */
    static final class PasskeyProvider implements AuthenticationProvider {

        private final WebAuthnRelyingPartyOperations operations;
        private final AccountUserDetailsService accounts;

        PasskeyProvider(WebAuthnRelyingPartyOperations operations, AccountUserDetailsService accounts) {
            this.operations = operations;
            this.accounts = accounts;
        }

        @Override
        public Authentication authenticate(Authentication attempt) throws AuthenticationException {
            PublicKeyCredentialUserEntity owner;
            try {
                owner = operations.authenticate(((WebAuthnAuthenticationRequestToken) attempt).getWebAuthnRequest());
            } catch (RuntimeException notAccepted) {
                // an unknown or removed credential, a wrong signature, origin or rpId, no user verification
                throw new BadCredentialsException("Passkey not accepted", notAccepted);
            }
            CurrentUser me;
            try {
                me = (CurrentUser) accounts.loadUserByUsername(owner.getName());
            } catch (UsernameNotFoundException gone) {
                throw new BadCredentialsException("Passkey of no account", gone);
            }
            if (!me.isEnabled()) {
                throw new PasskeyRefused(me.email(), me.id());
            }
            List<GrantedAuthority> authorities = new ArrayList<>(me.getAuthorities());
            // Spring Security's mark of a WebAuthn sign-in, as its own provider sets it
            authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
            return UsernamePasswordAuthenticationToken.authenticated(me.withoutPassword(), null, authorities);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
        }
    }

    /** A good passkey of a deactivated person: refused, and audited under their email. */
    static final class PasskeyRefused extends DisabledException {
        private static final long serialVersionUID = 1L;

        final String email;
        final Long userId;

        PasskeyRefused(String email, Long userId) {
            super("The account is deactivated");
            this.email = email;
            this.userId = userId;
        }
    }
}
