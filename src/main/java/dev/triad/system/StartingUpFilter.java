package dev.triad.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The web server accepts connections before Spring Boot runs the application runners (the demo data among them,
 * several seconds on a first start). Until Boot declares the application ready ({@link ReadinessState#ACCEPTING_TRAFFIC},
 * published after every runner), each request but the stylesheets gets a "Triad is starting" page (503 with a
 * Retry-After): a sign-in then is never checked, so it neither fails, nor counts towards the lock-out, nor is audited.
 */
class StartingUpFilter extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 5;

    private final ApplicationAvailability availability;
    private final String page;

    StartingUpFilter(ApplicationAvailability availability, String page) {
        this.availability = availability;
        this.page = page;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || styling(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean styling(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/webjars/");
    }
}
