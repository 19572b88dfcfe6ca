package dev.triad.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

import java.time.Duration;

/**
 * HTTP sessions in PostgreSQL (tables {@code spring_session*}, created by Flyway): restarting Triad logs nobody
 * out, and any number of instances serve one user. The cookie is HttpOnly and SameSite=Lax, and Secure whenever
 * the request came over HTTPS (behind a proxy: {@code server.forward-headers-strategy}). Expired sessions are
 * deleted by each instance's clean-up (a cheap indexed delete, harmless when two run).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class HttpSessionConfiguration {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${triad.session.timeout:PT2H}") Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }

    /**
     * Attributes written with PostgreSQL's upsert: two requests of one session at once (htmx, two tabs) may both add
     * the same attribute, which a plain insert would turn into a duplicate-key error and a failed request.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("TRIAD_SESSION");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        return cookie;
    }
}
