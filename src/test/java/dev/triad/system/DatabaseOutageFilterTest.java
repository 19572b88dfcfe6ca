package dev.triad.system;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database going away answers 503, unless the answer was already given; a bug still fails loudly. */
class DatabaseOutageFilterTest {

    private final DatabaseOutageFilter filter = new DatabaseOutageFilter("<p>Back soon</p>");

    /** What Spring Session's write-back after a redirect throws when PostgreSQL stops at that moment. */
    private static RuntimeException closedConnection() {
        return new JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
    }

    @Test
    void anOutageBeforeTheAnswerIsA503WithRetryAfter() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (request, answer) -> {
            throw closedConnection();
        };
        filter.doFilter(new MockHttpServletRequest("POST", "/programmes"), response, chain);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getContentAsString()).contains("Back soon");
    }

    @Test
    void anOutageAfterARedirectWasDecidedLeavesTheRedirect() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (request, answer) -> {
            ((MockHttpServletResponse) answer).sendRedirect("/programmes/7");
            throw closedConnection();
        };
        filter.doFilter(new MockHttpServletRequest("POST", "/programmes"), response, chain);
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/programmes/7");
    }

    @Test
    void anythingElseIsNotMistakenForAnOutage() {
        FilterChain chain = (request, answer) -> {
            throw new IllegalStateException("a bug");
        };
        assertThatThrownBy(() ->
                        filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), chain))
                .isInstanceOf(IllegalStateException.class);
    }
}
