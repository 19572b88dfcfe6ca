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
    COACH_CHANGE_DECLINED("Request for another coach declined"),
    SHARED("Shared"),
    UNSHARED("Sharing withdrawn"),
    EXPORTED("Exported"),
    ERASED("Personal content erased"),
    SESSION_OUTCOME_CORRECTED("Session outcome corrected"),
    SESSIONS_ENDED("Signed-in sessions ended"),
    SESSION_END_REFUSED("Ending a session refused"),
    PASSKEY_ADDED("Passkey added"),
    PASSKEY_REMOVED("Passkey removed"),
    SECOND_FACTOR_PASSED("Second factor passed"),
    SECOND_FACTOR_FAILED("Second factor failed"),
    SECOND_FACTOR_ENROLLED("Second factor set up"),
    SECOND_FACTOR_REPLACED("Second factor replaced"),
    SECOND_FACTOR_TURNED_OFF("Second factor turned off"),
    SECOND_FACTOR_RESET("Second factor reset by HR"),
    SCIM_TOKEN_CREATED("SCIM token created"),
    SCIM_TOKEN_REVOKED("SCIM token revoked"),
    SCIM_REFUSED("SCIM request refused"),
    SCIM_PROVISIONED("Changed by SCIM provisioning"),
    BREAK_GLASS_CHANGED("Break-glass password sign-in changed");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
