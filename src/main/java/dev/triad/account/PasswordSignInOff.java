package dev.triad.account;

import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses a password sign-in for an email of a single-sign-on-only domain ({@link SsoOnlyDomains}) before the password
 * is looked at, so the answer never tells whether the password was right; audited. A break-glass HR administrator of
 * such a domain passes on to the password check as anyone else does. Runs in front of the password sign-in's filter
 * and reads the same {@code email} field.
 */
final class PasswordSignInOff extends OncePerRequestFilter {

    static final String REFUSED = "/login?ssoOnly";

    private final RequestMatcher passwordSignIn =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
    private final SsoOnlyDomains ssoOnly;
    private final Users users;
    private final AuditTrail audit;

    PasswordSignInOff(SsoOnlyDomains ssoOnly, Users users, AuditTrail audit) {
        this.ssoOnly = ssoOnly;
        this.users = users;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!passwordSignIn.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        String email = User.normaliseEmail(request.getParameter("email"));
        if (!ssoOnly.covers(email) || users.isBreakGlass(email, Role.HR_ADMIN)) {
            chain.doFilter(request, response);
            return;
        }
        audit.recordFrom(
                AuditKind.SIGN_IN_FAILED,
                email,
                null,
                "Password sign-in is off for " + SsoOnlyDomains.domainOf(email) + ": single sign-on only",
                request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + REFUSED);
    }
}
