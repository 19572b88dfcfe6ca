package dev.triad.account;

import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR keeps password sign-in for a few HR administrators of a single-sign-on-only domain ({@link SsoOnlyDomains}), so
 * that someone can still run Triad when the identity provider is down or misconfigured. Every change is audited.
 */
@Service
public class BreakGlassAccounts {

    private final Users users;
    private final AuditTrail audit;

    BreakGlassAccounts(Users users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    /**
     * Keeps ({@code keep}) or withdraws the person's password sign-in.
     *
     * @throws dev.triad.system.RuleViolation ({@code account.breakGlass.hrOnly}) when keeping it for someone who is not
     *     an HR administrator
     */
    @Transactional
    public void keepPasswordSignIn(Long userId, boolean keep) {
        User user = users.findWithRoles(userId).orElseThrow(() -> new NotFoundException("Person"));
        if (user.isBreakGlass() == keep) {
            return;
        }
        user.keepPasswordSignIn(keep);
        audit.recordBySignedIn(
                AuditKind.BREAK_GLASS_CHANGED,
                "person " + user.getId(),
                user.getEmail() + ": password sign-in " + (keep ? "kept (break-glass account)" : "withdrawn"));
    }
}
