package dev.triad.account;

import dev.triad.account.SingleSignOnAccounts.SingleSignOnUser;
import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.system.SignInMethod;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import java.io.IOException;
import java.util.List;

/**
 * Single sign-on with OpenID Connect, beside the password: Spring Security's OAuth2 login for every provider configured
 * with Spring Boot's {@code spring.security.oauth2.client.registration.<id>.*} properties, and nothing at all when none
 * is (then Boot defines no {@link ClientRegistrationRepository}). Every authorization request carries PKCE (S256) and,
 * since the scope holds {@code openid}, a nonce; the {@code state} and the code verifier wait in the HTTP session.
 * <p>
 * After the provider's answer is checked and matched to a person ({@link SingleSignOnAccounts}), the session keeps
 * that person's {@link CurrentUser} as the principal, like a password sign-in, with the email as its name, so that
 * deactivation ends these sessions too. The provider's tokens are kept nowhere: Triad calls none of its APIs. The
 * session id changes at sign-in (the chain's session fixation protection applies to every way in). Refusals go to
 * their own page ({@code /login/sso-refused}), audited with the provider and the reason.
 * <p>
 * Also here, since it belongs to single sign-on: the email domains that sign in by single sign-on only
 * ({@link SsoOnlyDomains}) have their password sign-ins refused before any password is checked.
 */
@Component
@Order(10)
class SingleSignOnSignIn implements SignInMethod {

    static final String REFUSED_PAGE = "/login/sso-refused";

    /** Flash attributes the refusal page shows. */
    static final String REFUSAL = "ssoRefusal";

    static final String PROVIDER = "ssoProvider";
    static final String EMAIL = "ssoEmail";

    private static final String CALLBACK_PREFIX = "/login/oauth2/code/";

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final SingleSignOnAccounts accounts;
    private final SsoOnlyDomains ssoOnly;
    private final Users users;
    private final AuditTrail audit;

    SingleSignOnSignIn(
            ObjectProvider<ClientRegistrationRepository> registrations,
            SingleSignOnAccounts accounts,
            SsoOnlyDomains ssoOnly,
            Users users,
            AuditTrail audit) {
        this.registrations = registrations;
        this.accounts = accounts;
        this.ssoOnly = ssoOnly;
        this.users = users;
        this.audit = audit;
    }

    @Override
    public List<String> openPaths() {
        return List.of(REFUSED_PAGE);
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        if (ssoOnly.any()) {
            http.addFilterBefore(
                    new PasswordSignInOff(ssoOnly, users, audit), UsernamePasswordAuthenticationFilter.class);
        }
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null) {
            return;
        }
        DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(
                repository, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        Refusals refusals = new Refusals(repository, audit);
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(repository)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                .authorizedClientRepository(new NoAuthorizedClients())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts).userService(new OpenIdConnectOnly()))
                .successHandler(new SignedInAsTheirTriadPerson())
                .failureHandler(refusals)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        // a provider id nobody configured is "Not found", not a 500
                        filter.setAuthenticationFailureHandler(
                                (request, response, e) -> response.sendError(HttpServletResponse.SC_NOT_FOUND));
                        return filter;
                    }
                }));
    }

    /**
     * Puts the matched person in the security context instead of the provider's user, in the session as in this
     * request, then goes where a password sign-in goes: the page asked for, else home.
     */
    private static final class SignedInAsTheirTriadPerson implements AuthenticationSuccessHandler {

        private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        private final SavedRequestAwareAuthenticationSuccessHandler then =
                new SavedRequestAwareAuthenticationSuccessHandler();

        SignedInAsTheirTriadPerson() {
            then.setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws IOException, jakarta.servlet.ServletException {
            CurrentUser person = ((SingleSignOnUser) authentication.getPrincipal()).person();
            UsernamePasswordAuthenticationToken signedIn =
                    UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities());
            signedIn.setDetails(authentication.getDetails());
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(signedIn);
            holder.setContext(context);
            contexts.saveContext(context, request, response);
            then.onAuthenticationSuccess(request, response, signedIn);
        }
    }

    /**
     * Every refused single sign-on: audited (who, if the provider said, which provider, why; never a token or a code)
     * and answered with the refusal page.
     */
    private static final class Refusals implements AuthenticationFailureHandler {

        private final ClientRegistrationRepository repository;
        private final AuditTrail audit;
        private final SessionFlashMapManager flash = new SessionFlashMapManager();

        Refusals(ClientRegistrationRepository repository, AuditTrail audit) {
            this.repository = repository;
            this.audit = audit;
        }

        @Override
        public void onAuthenticationFailure(
                HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
                throws IOException {
            String provider = providerName(request);
            SingleSignOnRefused refused = exception instanceof SingleSignOnRefused r ? r : null;
            String email = refused == null ? null : refused.email();
            audit.recordFrom(
                    AuditKind.SIGN_IN_FAILED,
                    email == null ? "unknown" : User.normaliseEmail(email),
                    "single sign-on with " + provider,
                    refused != null ? "refused: " + refused.reason().audited() : protocolFailure(exception),
                    request.getRemoteAddr());
            FlashMap shown = new FlashMap();
            shown.put(REFUSAL, refused == null ? "FAILED" : refused.reason().name());
            shown.put(PROVIDER, provider);
            if (email != null) {
                shown.put(EMAIL, email);
            }
            shown.setTargetRequestPath(request.getContextPath() + REFUSED_PAGE);
            flash.saveOutputFlashMap(shown, request, response);
            response.sendRedirect(request.getContextPath() + REFUSED_PAGE);
        }

        /** The provider's display name, from the callback's address. */
        private String providerName(HttpServletRequest request) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (!path.startsWith(CALLBACK_PREFIX)) {
                return "an identity provider";
            }
            ClientRegistration registration = repository.findByRegistrationId(path.substring(CALLBACK_PREFIX.length()));
            return registration == null ? "an identity provider" : registration.getClientName();
        }

        /**
         * What went wrong in the protocol, in the OAuth error's own code (a forged or replayed {@code state} is
         * {@code authorization_request_not_found}, a used code {@code invalid_grant}, an expired ID token
         * {@code invalid_id_token}); descriptions name claims, never their values' secrets.
         */
        private static String protocolFailure(AuthenticationException exception) {
            if (exception instanceof OAuth2AuthenticationException oauth) {
                String description = oauth.getError().getDescription();
                return "failed: " + oauth.getError().getErrorCode()
                        + (description == null || description.isBlank() ? "" : " (" + shortened(description) + ")");
            }
            return "failed: " + exception.getClass().getSimpleName();
        }

        private static String shortened(String text) {
            String line = text.replaceAll("\\s+", " ").strip();
            return line.length() <= 200 ? line : line.substring(0, 199) + "…";
        }
    }

    /** A provider that answers without an ID token is refused: Triad trusts an email only from OpenID Connect. */
    private static final class OpenIdConnectOnly implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {
        @Override
        public OAuth2User loadUser(OAuth2UserRequest request) {
            throw new SingleSignOnRefused(SingleSignOnRefused.Reason.NOT_OPENID_CONNECT, null);
        }
    }

    /**
     * Triad calls none of the provider's APIs after the sign-in, so the access token it was given is kept nowhere (the
     * default would hold every person's token in memory for the life of the process).
     */
    private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String clientRegistrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient authorizedClient,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {
            // kept nowhere, on purpose
        }

        @Override
        public void removeAuthorizedClient(
                String clientRegistrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {
            // nothing was kept
        }
    }
}
