package dev.triad.scim;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The SCIM endpoints' own filter chain, before the main one: a bearer token checked against {@code scim_token} on
 * every request, nothing else. Stateless (no session is read or made, so a person's signed-in browser gets nothing
 * here: the session's principal is ignored), no CSRF (no cookie authenticates these requests, so a cross-site page
 * cannot borrow one), no sign-in redirect: without a valid token the answer is 401 in SCIM's error format.
 */
@Configuration(proxyBeanMethods = false)
class ScimSecurityConfiguration {

    static final String PATHS = "/scim/v2/**";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 100)
    SecurityFilterChain scimFilterChain(HttpSecurity http, ScimTokenService tokens) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(ScimAuthentication.AUTHORITY))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> unauthorized(response))
                        .accessDeniedHandler((request, response, e) -> unauthorized(response)))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()))
                .addFilterBefore(new BearerTokens(tokens), AuthorizationFilter.class);
        return http.build();
    }

    /** 401 with SCIM's error body and the scheme to use. */
    static void unauthorized(HttpServletResponse response) throws IOException {
        response.setStatus(401);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Triad SCIM\"");
        response.setContentType(ScimJson.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(ScimJson.write(ScimJson.error(
                        401, null, "A valid bearer token is required: HR creates one on People → SCIM tokens")));
    }

    /**
     * Replaces whatever the request carried with the token it presents, or answers 401. Not a bean: as one, Spring
     * Boot would also register it as a servlet filter in front of every page.
     */
    static final class BearerTokens extends OncePerRequestFilter {

        private final ScimTokenService tokens;

        BearerTokens(ScimTokenService tokens) {
            this.tokens = tokens;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            SecurityContextHolder.clearContext();
            Optional<ScimToken> token =
                    tokens.check(request.getHeader(HttpHeaders.AUTHORIZATION), request.getRemoteAddr());
            if (token.isEmpty()) {
                unauthorized(response);
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new ScimAuthentication(token.get()));
            SecurityContextHolder.setContext(context);
            chain.doFilter(request, response);
        }
    }
}
