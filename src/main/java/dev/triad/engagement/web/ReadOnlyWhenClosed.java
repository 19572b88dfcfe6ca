package dev.triad.engagement.web;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.EngagementClosed;
import dev.triad.engagement.Phase;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one gate every state-changing request under {@code /engagements/{id}/} passes before its handler runs, so that no
 * form, present or future, can forget that a closed engagement is read-only (and a form sent back with its messages is
 * refused too, not shown again): a participant's write to a closed engagement is refused unless the route's act is one
 * that {@link EngagementAction} lets a closed engagement take ({@link #ACTS_WHEN_CLOSED}); the service of that route
 * then asks {@link EngagementAccessPolicy#require(Long, CurrentUser, EngagementAction)} itself, knowing what is shared
 * now. A refusal is the "This engagement is closed" page (409); an htmx request is sent to reload the page it came
 * from, which now says the engagement is closed and offers nothing to change.
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyWhenClosed implements WebMvcConfigurer, HandlerInterceptor {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * The routes whose act may reach a closed engagement, with the act a request to them is (by its posted values):
     * the close-out answers, and taking a share back (an assessment's to none or whole to summary, a reflection made
     * private). Whether the act is taken on a closed engagement is the table's {@link EngagementAction#takenIn}.
     */
    static final Map<String, Function<HttpServletRequest, EngagementAction>> ACTS_WHEN_CLOSED = Map.of(
            "/engagements/{id}/close-out", request -> EngagementAction.ANSWER_CLOSE_OUT,
            "/engagements/{id}/assessments/{aid}/sharing",
                    request -> "NONE".equals(request.getParameter("sharing"))
                                    || "SUMMARY".equals(request.getParameter("sharing"))
                            ? EngagementAction.WITHDRAW_ASSESSMENT_SHARE
                            : EngagementAction.SHARE_ASSESSMENT,
            "/engagements/{id}/journal/{entryId}/share",
                    request -> "false".equals(request.getParameter("shared"))
                            ? EngagementAction.MAKE_JOURNAL_ENTRY_PRIVATE
                            : EngagementAction.SHARE_JOURNAL_ENTRY);

    private final EngagementAccessPolicy policy;

    ReadOnlyWhenClosed(EngagementAccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/engagements/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (READS.contains(request.getMethod())) {
            return true;
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (!(variables instanceof Map<?, ?> vars)
                || !(vars.get("id") instanceof String id)
                || !id.matches("\\d{1,18}")
                || pattern == null) {
            return true; // no engagement in the address, or one that cannot be read: the handler answers as it does
        }
        Function<HttpServletRequest, EngagementAction> act = ACTS_WHEN_CLOSED.get(pattern.toString());
        if (act != null && act.apply(request).takenIn(Phase.CLOSED)) {
            return true; // the service asks the policy, knowing what is shared now
        }
        policy.refuseIfClosed(Long.valueOf(id), currentUser());
        return true;
    }

    private static CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser me ? me : null;
    }

    /** The refusal, wherever the write was refused: the page saying so, for full pages and htmx requests alike. */
    @ControllerAdvice
    static class Refusal {

        @ExceptionHandler(EngagementClosed.class)
        String closed(EngagementClosed closed, HttpServletRequest request, HttpServletResponse response, Model model) {
            response.setStatus(HttpStatus.CONFLICT.value());
            String overview = "/engagements/" + closed.engagementId();
            if (request.getHeader("HX-Request") != null) {
                response.setHeader(
                        "HX-Redirect",
                        request.getContextPath() + samePage(request.getHeader("HX-Current-URL"), overview));
            }
            model.addAttribute("engagementId", closed.engagementId());
            return "engagement/closed";
        }

        /** The path of the page an htmx request came from, if it is one of this engagement's pages; else its overview. */
        private static String samePage(String currentUrl, String overview) {
            try {
                String path = currentUrl == null ? null : URI.create(currentUrl).getPath();
                return path != null
                                && (path.equals(overview) || path.startsWith(overview + "/"))
                                && path.matches("[A-Za-z0-9/_.-]+")
                        ? path
                        : overview;
            } catch (IllegalArgumentException unreadable) {
                return overview;
            }
        }
    }
}
