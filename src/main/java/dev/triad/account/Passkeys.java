package dev.triad.account;

import dev.triad.system.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A person's own passkeys: the list on their account page and removing one (a lost or replaced device). Adding one is
 * the browser's ceremony with Spring Security's endpoints ({@link PasskeySignIn}); its record is kept and audited by
 * {@link PasskeyCredentials}. Passkeys belong to the sign-in email ({@code user_entities.name}), which follows the
 * person when HR changes it.
 */
@Service
public class Passkeys {

    /** A credential id as the page writes it: base64url, as WebAuthn's ids are. */
    private static final Pattern CREDENTIAL_ID = Pattern.compile("[A-Za-z0-9_-]{1,1400}");

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final PasskeyCredentials credentials;

    Passkeys(PublicKeyCredentialUserEntityRepository userEntities, PasskeyCredentials credentials) {
        this.userEntities = userEntities;
        this.credentials = credentials;
    }

    /**
     * One of a person's passkeys. {@code lastUsed} is null when it has not signed in yet.
     *
     * @param id the credential id, base64url
     */
    public record Passkey(String id, String label, Instant created, Instant lastUsed) {}

    /** The signed-in person's passkeys, newest first. */
    @Transactional(readOnly = true)
    public List<Passkey> of(CurrentUser me) {
        PublicKeyCredentialUserEntity owner = userEntities.findByUsername(me.email());
        if (owner == null) {
            return List.of();
        }
        return credentials.findByUserId(owner.getId()).stream()
                .map(Passkeys::passkey)
                .sorted(Comparator.comparing(Passkey::created).reversed())
                .toList();
    }

    /**
     * Removes one of the signed-in person's passkeys: it signs nobody in from now on, and the person's other sessions
     * end, in case the device was lost with a session open ({@link PasskeyCredentials#delete}, which audits it).
     *
     * @throws NotFoundException for an id that is not one of the person's passkeys, someone else's included
     */
    @Transactional
    public void remove(CurrentUser me, String credentialId) {
        CredentialRecord credential = own(me, credentialId);
        credentials.delete(credential.getCredentialId());
    }

    private CredentialRecord own(CurrentUser me, String credentialId) {
        if (credentialId == null || !CREDENTIAL_ID.matcher(credentialId).matches()) {
            throw new NotFoundException("Passkey");
        }
        CredentialRecord credential = credentials.findByCredentialId(Bytes.fromBase64(credentialId));
        PublicKeyCredentialUserEntity owner = userEntities.findByUsername(me.email());
        if (credential == null || owner == null || !owner.getId().equals(credential.getUserEntityUserId())) {
            throw new NotFoundException("Passkey");
        }
        return credential;
    }

    /** The email is the passkeys' user name: they follow it, and never sign in whoever gets the old address. */
    @EventListener
    void on(EmailChanged changed) {
        PublicKeyCredentialUserEntity owner = userEntities.findByUsername(changed.oldEmail());
        if (owner != null) {
            userEntities.save(ImmutablePublicKeyCredentialUserEntity.builder()
                    .id(owner.getId())
                    .name(changed.newEmail())
                    .displayName(changed.newEmail())
                    .build());
        }
    }

    private static Passkey passkey(CredentialRecord credential) {
        Instant lastUsed = credential.getLastUsed();
        boolean used = lastUsed != null && !lastUsed.equals(credential.getCreated());
        return new Passkey(
                credential.getCredentialId().toBase64UrlString(),
                credential.getLabel(),
                credential.getCreated(),
                used ? lastUsed : null);
    }
}
