package dev.triad.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Notes, the first time an HTTP session carries a signed-in {@link CurrentUser}, from which device and address and
 * when ({@link SessionSignIn}, in the session), and sets the person's last sign-in. It runs after the security filters
 * and looks only at the session's principal, so it serves every way in alike (password, a second factor, single
 * sign-on, a passkey) without hooking any of them: a sign-in's own request ends in a redirect, and the next one is
 * noted. Requests without a session (a calendar program's feed fetch) note nothing.
 */
class SignInRecorder extends OncePerRequestFilter {

    private static final List<String> STATIC =
            List.of("/css/", "/js/", "/webjars/", "/favicon.ico", "/favicon.svg", "/robots.txt");

    private final Users users;
    private final TransactionOperations transactions;
    private final Clock clock;

    SignInRecorder(Users users, TransactionOperations transactions, Clock clock) {
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Files served to anyone: looking at their session would load it from the database and write its last access
     * back, for every stylesheet and script of every page.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        CurrentUser me = signedIn();
        if (session != null && me != null && !alreadyNoted(session, me)) {
            Instant now = clock.instant();
            session.setAttribute(
                    SessionSignIn.ATTRIBUTE,
                    new SessionSignIn(
                            me.id(), Device.describe(request.getHeader("User-Agent")), address(request), now));
            transactions.executeWithoutResult(status -> users.recordSignIn(me.id(), now));
        }
        chain.doFilter(request, response);
    }

    private static boolean alreadyNoted(HttpSession session, CurrentUser me) {
        return session.getAttribute(SessionSignIn.ATTRIBUTE) instanceof SessionSignIn noted
                && me.id().equals(noted.userId());
    }

    private static CurrentUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getPrincipal() instanceof CurrentUser me && me.id() != null ? me : null;
    }

    /** The client's address (behind a proxy, the forwarded one: {@code server.forward-headers-strategy}). */
    private static String address(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address == null) {
            return null;
        }
        return address.length() <= 64 ? address : address.substring(0, 64);
    }
}
