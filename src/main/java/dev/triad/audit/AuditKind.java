package dev.triad.audit;

/** What an audit entry records. */
public enum AuditKind {
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_THROTTLED("Sign-in held back (too many failures)"),
    PERSON_CREATED("Person created"),
    ROLES_CHANGED("Roles changed"),
    EMAIL_CHANGED("Email changed"),
    PERSON_DEACTIVATED("Person deactivated"),
    PERSON_REACTIVATED("Person reactivated"),
    PASSWORD_CHANGED("Password changed"),
    TIME_ZONE_CHANGED("Time zone changed"),
    COACH_ASSIGNED("Coach assigned"),
    COACH_REASSIGNED("Coach changed"),
    SHARED("Shared"),
    UNSHARED("Sharing withdrawn"),
    EXPORTED("Exported"),
    ERASED("Personal content erased"),
    SESSION_OUTCOME_CORRECTED("Session outcome corrected"),
    BREAK_GLASS_CHANGED("Break-glass password sign-in changed");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
