package dev.triad.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Someone who must have a second factor (an HR administrator, or everyone where so configured) and signed in with a
 * password without one is sent to set one up before any other page. After a one-time password, choosing their own
 * comes first ({@link PasswordChangeRequired}). The duty is noted in the session at sign-in
 * ({@link SecondFactorSignIn}), so other requests cost no query.
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorRequired implements WebMvcConfigurer, HandlerInterceptor {

    static final String ENROLMENT_PAGE = "/account/second-factor";

    private final SecondFactors secondFactors;

    SecondFactorRequired(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .excludePathPatterns(
                        ENROLMENT_PAGE,
                        ENROLMENT_PAGE + "/**",
                        PasswordChangeRequired.PASSWORD_PAGE,
                        "/login",
                        "/login/**",
                        "/logout",
                        "/error",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/favicon.svg");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(SecondFactorSignIn.ENROLMENT_DUE) == null) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication != null && authentication.getPrincipal() instanceof CurrentUser me)
                || me.mustChangePassword()) {
            // a password HR set is replaced first
            return true;
        }
        if (secondFactors.isEnrolled(me.id())) {
            // set up in another window meanwhile
            session.removeAttribute(SecondFactorSignIn.ENROLMENT_DUE);
            return true;
        }
        response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
        return false;
    }
}
