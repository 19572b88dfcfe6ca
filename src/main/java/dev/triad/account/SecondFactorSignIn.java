package dev.triad.account;

import dev.triad.system.SignInMethod;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The second step of a password sign-in. When the password is right and the person has an authenticator app, the
 * form login's success does not sign them in: the security context it just made is thrown away, the session keeps only
 * a {@link PendingSecondFactor} (for {@code triad.second-factor.sign-in-window}, 5 minutes), and the browser goes to
 * {@link #STEP_PATH}, which asks for a code. Only a right code there signs the person in, under a new session id, and
 * goes on to the page first asked for. Someone who must have a second factor and has none is signed in and sent to set
 * one up before any other page ({@link SecondFactorRequired}).
 *
 * <p>Only the password path passes here: single sign-on and passkeys are strong on their own and do not use the form
 * login's success handler.
 */
@Component
@Order(0)
public class SecondFactorSignIn implements SignInMethod {

    /** The page that asks for the code. */
    public static final String STEP_PATH = "/login/second-factor";

    static final String PENDING = PendingSecondFactor.class.getName();
    /** Set at sign-in for someone who must set up a second factor and has none: {@link SecondFactorRequired}. */
    static final String ENROLMENT_DUE = SecondFactorSignIn.class.getName() + ".ENROLMENT_DUE";

    private final SecondFactors secondFactors;
    private final AccountUserDetailsService accounts;
    private final Clock clock;
    private final Duration window;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final RequestCache requests = new HttpSessionRequestCache();
    private final SavedRequestAwareAuthenticationSuccessHandler onwards =
            new SavedRequestAwareAuthenticationSuccessHandler();
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    SecondFactorSignIn(
            SecondFactors secondFactors,
            AccountUserDetailsService accounts,
            Clock clock,
            @Value("${triad.second-factor.sign-in-window:PT5M}") Duration window) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.clock = clock;
        this.window = window;
        onwards.setDefaultTargetUrl("/");
        onwards.setRequestCache(requests);
    }

    @Override
    public List<String> openPaths() {
        return List.of(STEP_PATH);
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.formLogin(form -> form.successHandler(this::passwordAccepted));
    }

    /** The form login's success: signed in, or only half-way. */
    void passwordAccepted(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        if (authentication.getPrincipal() instanceof CurrentUser me) {
            if (secondFactors.isEnrolled(me.id())) {
                SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
                holder.clearContext();
                SecurityContext empty = holder.createEmptyContext();
                contexts.saveContext(empty, request, response);
                HttpSession session = request.getSession();
                session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                session.removeAttribute(ENROLMENT_DUE);
                session.setAttribute(
                        PENDING,
                        new PendingSecondFactor(
                                me.id(), me.email(), clock.instant().plus(window)));
                response.sendRedirect(request.getContextPath() + STEP_PATH);
                return;
            }
            if (secondFactors.requiredFor(me.roles())) {
                request.getSession().setAttribute(ENROLMENT_DUE, Boolean.TRUE);
            }
        }
        onwards.onAuthenticationSuccess(request, response, authentication);
    }

    /** Whose code the step page waits for; empty when nobody's, or when the window has passed. */
    public Optional<PendingSecondFactor> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof PendingSecondFactor pending)) {
            return Optional.empty();
        }
        return pending.isOverAt(clock.instant()) ? Optional.empty() : Optional.of(pending);
    }

    /** Whether this session had a pending sign-in whose window has passed (the page says so, once). */
    public boolean hadExpired(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null
                && session.getAttribute(PENDING) instanceof PendingSecondFactor pending
                && pending.isOverAt(clock.instant());
    }

    /** The sign-in is given up (held back by the throttle, say): back to the password. */
    public void abandon(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }

    /**
     * The right code came: signs {@code pending}'s person in under a new session id.
     *
     * @return where to go now: the page first asked for, else home; empty when the account was deactivated (or its
     *     email changed) meanwhile
     */
    public Optional<String> complete(
            PendingSecondFactor pending, HttpServletRequest request, HttpServletResponse response) {
        abandon(request);
        CurrentUser me;
        try {
            me = (CurrentUser) accounts.loadUserByUsername(pending.email());
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException emailChangedMeanwhile) {
            return Optional.empty();
        }
        if (!me.isEnabled() || !me.id().equals(pending.userId())) {
            return Optional.empty();
        }
        CurrentUser kept = me.withoutPassword();
        request.changeSessionId();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(kept, null, kept.getAuthorities());
        authentication.setDetails(details.buildDetails(request));
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        SavedRequest saved = requests.getRequest(request, response);
        if (saved == null) {
            return Optional.of("/");
        }
        requests.removeRequest(request, response);
        return Optional.of(saved.getRedirectUrl());
    }
}
