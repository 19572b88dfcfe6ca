package dev.triad.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * When PostgreSQL cannot be reached, a request fails fast (the pool waits {@code spring.datasource.hikari.connection-timeout}
 * at most) with a friendly 503 page and a Retry-After, instead of a 500 or a hung page. It sits in front of every other
 * filter, the database-backed HTTP session included, and its page reads nothing from the session or the database.
 * Nothing needs restarting afterwards: the pool reconnects when the database is back.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 10;
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final String page;

    DatabaseOutageFilter(String page) {
        this.page = page;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!databaseUnreachable(e)) {
                throw e;
            }
            if (response.isCommitted()) {
                // The answer was decided before the database went (a redirect after a saved change, whose session
                // could then not be written back): it stands, rather than becoming a 500 the change did not earn.
                log.warn(
                        "Database unreachable after {} {} was answered ({}): the answer stands",
                        request.getMethod(),
                        request.getRequestURI(),
                        rootMessage(e));
                return;
            }
            log.warn(
                    "Database unreachable during {} {}: answered 503 ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    rootMessage(e));
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Whether {@code e} comes from not reaching the database (as opposed to a bug or a rule). */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof JDBCConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            // SQL state class 08: connection exception; 57P01-57P03: the server is shutting down or starting up
            if (cause instanceof SQLException sql
                    && (connectionState(sql.getSQLState()) || closedConnection(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
    }

    /** The pool's or the driver's word for a connection that died under a transaction (rolling it back then fails). */
    private static boolean closedConnection(String message) {
        return message != null
                && (message.contains("Connection is closed") || message.contains("connection has been closed"));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
