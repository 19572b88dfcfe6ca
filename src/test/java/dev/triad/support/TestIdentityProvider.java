package dev.triad.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real OpenID Connect provider in the test JVM: Spring Authorization Server, as a small Spring Boot application of
 * its own on a free port of {@code localhost}, started once per JVM by the first test context that needs it, and the
 * context initializer that points Triad at it with Spring Boot's standard
 * {@code spring.security.oauth2.client.*} properties: two registrations, "Acme SSO" (asks for consent) and "Globex
 * sign-in" (does not), both clients required to send PKCE. Its people are added by the tests ({@link #add}), each
 * with the email, {@code email_verified}, groups and roles claims naming HR administrators (which Triad must ignore)
 * and, for one kind, an ID token that is already expired. Triad is reached at
 * {@code 127.0.0.1} (the redirect URIs are registered for that loopback address, any port, as RFC 8252 allows), so
 * the provider's and Triad's cookies never mix.
 */
public final class TestIdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ACME = "Acme SSO";
    public static final String GLOBEX = "Globex sign-in";
    /** A domain that signs in by single sign-on only in the test context. */
    public static final String SSO_ONLY_DOMAIN = "sso-only.test";
    /** Every provider person's password at the provider. */
    public static final String PASSWORD = "provider-password-1";

    private static final Map<String, Person> PEOPLE = new ConcurrentHashMap<>();
    private static ConfigurableApplicationContext provider;
    private static int port;

    /** Someone the provider knows: their login there, and what it says about them. */
    public record Person(String login, String email, boolean emailVerified, boolean expiredIdToken) {}

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String issuer = issuer();
        Map<String, Object> triad = new HashMap<>();
        for (String id : List.of("acme", "globex")) {
            String prefix = "spring.security.oauth2.client.registration." + id + ".";
            triad.put(prefix + "provider", "test-idp");
            triad.put(prefix + "client-id", "triad-" + id);
            triad.put(prefix + "client-secret", id + "-secret");
            triad.put(prefix + "client-name", id.equals("acme") ? ACME : GLOBEX);
            triad.put(prefix + "scope", "openid,email,profile");
        }
        triad.put("spring.security.oauth2.client.provider.test-idp.issuer-uri", issuer);
        triad.put("triad.sso.sso-only-domains", SSO_ONLY_DOMAIN);
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("triadTestIdentityProvider", triad));
    }

    /** The provider's issuer URI, starting it if it is not running. */
    public static synchronized String issuer() {
        if (provider == null) {
            SpringApplication application = new SpringApplication(ProviderApplication.class);
            // its own small application: no Triad configuration files, no listeners that would re-initialise the
            // logging Triad's test context set up
            application.setListeners(List.of());
            application.setWebApplicationType(WebApplicationType.SERVLET);
            application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
            application.setLogStartupInfo(false);
            application.setDefaultProperties(Map.of(
                    "server.port",
                    "0",
                    "server.servlet.session.cookie.name",
                    "TEST_IDP_SESSION",
                    TestDatabase.ENABLED,
                    "false"));
            provider = application.run();
            port = ((WebServerApplicationContext) provider).getWebServer().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(provider::close));
        }
        return "http://localhost:" + port;
    }

    /** A person the provider knows, with a verified email unless said otherwise. */
    public static Person add(String email) {
        return add(email, true, false);
    }

    /** A person whose email the provider has not verified. */
    public static Person addUnverified(String email) {
        return add(email, false, false);
    }

    /** A person the provider issues expired ID tokens for (as a provider with a badly wrong clock would). */
    public static Person addWithExpiredIdTokens(String email) {
        return add(email, true, true);
    }

    private static Person add(String email, boolean verified, boolean expired) {
        issuer();
        Person person = new Person("idp-" + UUID.randomUUID().toString().substring(0, 8), email, verified, expired);
        PEOPLE.put(person.login(), person);
        provider.getBean(InMemoryUserDetailsManager.class)
                .createUser(User.withUsername(person.login())
                        .password("{noop}" + PASSWORD)
                        .roles("USER")
                        .build());
        return person;
    }

    /**
     * The provider: Spring Authorization Server's endpoints with OpenID Connect (discovery, JWKS, authorize, token,
     * user info) in one chain, its sign-in form and consent page in the other, set up as its reference guide does. Not
     * a {@code @Configuration}: Triad's component scan must not find it.
     */
    @ImportAutoConfiguration({
        TomcatServletWebServerAutoConfiguration.class,
        // a servlet for Tomcat to map requests to, so that they pass the security filters (the endpoints are filters)
        DispatcherServletAutoConfiguration.class,
        SecurityAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class
    })
    static class ProviderApplication {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signInChain(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryUserDetailsManager people() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(client("acme", true), client("globex", false));
        }

        private static RegisteredClient client(String id, boolean consent) {
            return RegisteredClient.withId(id)
                    .clientId("triad-" + id)
                    .clientSecret("{noop}" + id + "-secret")
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    // a loopback address: any port matches (RFC 8252), so Triad's random port needs no registration
                    .redirectUri("http://127.0.0.1/login/oauth2/code/" + id)
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.EMAIL)
                    .scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder()
                            .requireProofKey(true)
                            .requireAuthorizationConsent(consent)
                            .build())
                    .build();
        }

        /** The ID token says who the person is by their email, verified or not, and may be issued already expired. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                Person person = PEOPLE.get(context.getPrincipal().getName());
                if (person == null) {
                    return;
                }
                context.getClaims()
                        .claim("email", person.email())
                        .claim("email_verified", person.emailVerified())
                        // what a provider's groups might say: Triad must not read roles from them
                        .claim("groups", List.of("HR_ADMIN", "ROLE_HR_ADMIN", "Triad administrators"))
                        .claim("roles", List.of("HR_ADMIN"));
                if (person.expiredIdToken()) {
                    Instant now = Instant.now();
                    context.getClaims()
                            .issuedAt(now.minus(Duration.ofHours(2)))
                            .expiresAt(now.minus(Duration.ofHours(1)));
                }
            };
        }

        @Bean
        KeyPair signingKeys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }

        @Bean
        JWKSource<SecurityContext> jwkSource(KeyPair keys) {
            RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                    .privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** Reads the access tokens the user-info endpoint is called with. */
        @Bean
        JwtDecoder jwtDecoder(KeyPair keys) {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic())
                    .build();
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            // no issuer set: it is the address asked for, http://localhost:<port>
            return AuthorizationServerSettings.builder().build();
        }
    }
}
