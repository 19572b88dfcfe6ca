package dev.triad.account;

import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The passkeys' store (Spring Security's JDBC repository, table {@code user_credentials}), through which every way of
 * adding or removing one passes: a new or removed passkey is audited whichever endpoint adds or removes it (the
 * account's page, or Spring Security's own {@code DELETE /webauthn/register/{id}}, which checks the owner), and the
 * label, which the
 * browser sends, is kept to a short line of plain text. Saving a known passkey again is the sign-in updating its
 * counter and last use, not an addition.
 */
@Component
class PasskeyCredentials implements UserCredentialRepository {

    static final int LABEL_LENGTH = 60;

    private final UserCredentialRepository stored;
    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final Users users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PasskeyCredentials(
            JdbcOperations jdbc,
            PublicKeyCredentialUserEntityRepository userEntities,
            Users users,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.stored = new JdbcUserCredentialRepository(jdbc);
        this.userEntities = userEntities;
        this.users = users;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional
    public void save(CredentialRecord credential) {
        if (stored.findByCredentialId(credential.getCredentialId()) != null) {
            stored.save(credential);
            return;
        }
        CredentialRecord labelled = ImmutableCredentialRecord.fromCredentialRecord(credential)
                .label(label(credential.getLabel()))
                .build();
        stored.save(labelled);
        PublicKeyCredentialUserEntity owner = userEntities.findById(credential.getUserEntityUserId());
        String email = owner == null ? "unknown" : owner.getName();
        String subject =
                users.findByEmail(email).map(user -> "person " + user.getId()).orElse(null);
        audit.record(AuditKind.PASSKEY_ADDED, email, subject, "“" + labelled.getLabel() + "”");
    }

    /**
     * Removes a passkey (callers have checked it is the signed-in person's own): it signs nobody in from now on, and
     * the person's other sessions end ({@link SecondFactorChanged}), in case the device was lost with a session open.
     */
    @Override
    @Transactional
    public void delete(Bytes credentialId) {
        CredentialRecord credential = stored.findByCredentialId(credentialId);
        if (credential == null) {
            return;
        }
        stored.delete(credentialId);
        PublicKeyCredentialUserEntity owner = userEntities.findById(credential.getUserEntityUserId());
        String email = owner == null ? "unknown" : owner.getName();
        Long userId = users.findByEmail(email).map(User::getId).orElse(null);
        audit.record(
                AuditKind.PASSKEY_REMOVED,
                email,
                userId == null ? null : "person " + userId,
                "“" + credential.getLabel() + "”");
        if (userId != null) {
            events.publishEvent(new SecondFactorChanged(userId, email));
        }
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return stored.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return stored.findByUserId(userId);
    }

    /** One line of at most {@link #LABEL_LENGTH} characters without control or direction characters, never blank. */
    static String label(String typed) {
        String line = typed == null
                ? ""
                : typed.replaceAll("[\\p{Cc}\\u2028\\u2029\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", " ")
                        .replaceAll("\\s+", " ")
                        .strip();
        if (line.codePointCount(0, line.length()) > LABEL_LENGTH) {
            line = line.substring(0, line.offsetByCodePoints(0, LABEL_LENGTH)).strip();
        }
        return line.isEmpty() ? "Passkey" : line;
    }
}
