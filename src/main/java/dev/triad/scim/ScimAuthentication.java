package dev.triad.scim;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/**
 * A SCIM request's authentication: the token it presented. Its name is what the audit log records as the actor
 * ("SCIM token Entra ID"), so every change a provisioning client makes through the account module says who made it.
 */
final class ScimAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    /** The one authority of a SCIM client; no person ever holds it. */
    static final String AUTHORITY = "SCIM_PROVISIONING";

    private final Long tokenId;
    private final String actor;

    ScimAuthentication(ScimToken token) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.tokenId = token.getId();
        this.actor = token.actor();
        setAuthenticated(true);
    }

    Long tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return actor;
    }

    @Override
    public String getName() {
        return actor;
    }
}
