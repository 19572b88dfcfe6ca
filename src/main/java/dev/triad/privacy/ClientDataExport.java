package dev.triad.privacy;

import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.engagement.EngagementDirectory;
import dev.triad.engagement.PersonalData;
import dev.triad.engagement.PersonalData.ClientScope;
import dev.triad.system.ForbiddenException;
import dev.triad.system.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client's download of all their own data: what every module holds of the engagements in which the signed-in person
 * is the client, exactly as much as the client may see in the application, as a ZIP of JSON files (one per kind) and
 * the report files, with a README.txt. There is no parameter naming whose data: nobody can export someone else's.
 */
@Service
public class ClientDataExport {

    private final People users;
    private final EngagementDirectory engagements;
    private final ObjectProvider<PersonalData> modules;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    ClientDataExport(
            People users,
            EngagementDirectory engagements,
            ObjectProvider<PersonalData> modules,
            JsonMapper json,
            AuditTrail audit,
            Clock clock) {
        this.users = users;
        this.engagements = engagements;
        this.modules = modules;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws ForbiddenException unless {@code me} is a client: the export is the client's right (DOMAIN.md: the client owns their data) */
    public void requireClient(CurrentUser me) {
        if (!me.has(Role.CLIENT)) {
            throw new ForbiddenException(
                    "Downloading your data is for clients: it holds a client's own coaching content");
        }
    }

    public String fileName() {
        return "triad-my-data-" + LocalDate.now(clock) + ".zip";
    }

    /** How many engagements the export covers, for the page that offers it. */
    @Transactional(readOnly = true)
    public int engagementCount(CurrentUser me) {
        requireClient(me);
        return engagements.idsWithClient(me.id()).size();
    }

    /**
     * Writes the archive to {@code out} as it is read, and records the export in the audit log. Reads one consistent
     * snapshot (repeatable read), so that files written a moment apart agree with each other.
     */
    @Transactional(isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public void write(CurrentUser me, OutputStream out) {
        requireClient(me);
        User client = users.findWithRoles(me.id()).orElseThrow(() -> new NotFoundException("Person"));
        List<Long> ids = engagements.idsWithClient(client.getId());
        ClientScope scope = new ClientScope(client.getId(), ids);
        ZipExport zip = new ZipExport(out, json.writerWithDefaultPrettyPrinter());
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", client.getFullName());
        profile.put("email", client.getEmail());
        profile.put("title", client.getTitle());
        profile.put("roles", client.getRoles().stream().map(Role::name).sorted().toList());
        profile.put("active", client.isActive());
        profile.put(
                "accountCreatedAt",
                client.getCreatedAt() == null ? null : client.getCreatedAt().toString());
        profile.put("exportedAt", clock.instant().toString());
        zip.json("profile.json", "Your account: name, email, title, roles, and when this export was made.", profile);
        modules.orderedStream().forEach(module -> module.export(scope, zip));
        zip.finish("Triad: all your data, for " + client.getFullName() + " <" + client.getEmail() + ">, exported on "
                + LocalDate.now(clock) + ".\nIt covers the " + ids.size() + " engagement" + (ids.size() == 1 ? "" : "s")
                + " in which you are the client, and holds what you can see in Triad: never your coach's private notes, "
                + "their coachability ratings, or who answered a 360 review.");
        audit.record(
                AuditKind.EXPORTED,
                me.email(),
                "person " + client.getId(),
                "Own data (ZIP): " + ids.size() + " engagement(s), " + zip.fileCount() + " report file(s)");
    }
}
