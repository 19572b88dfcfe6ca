package dev.triad.scim;

import dev.triad.account.Accounts;
import dev.triad.account.People;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.system.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * SCIM's Users (RFC 7644, section 3) over the account module: create, read, filter, replace, patch and deactivate
 * people through {@link Accounts}, so that SCIM meets the rules HR's forms meet (a unique email in any case, open
 * sessions ended on deactivation, the audit log). A new person gets {@code triad.scim.default-role} (CLIENT unless
 * set); SCIM never changes anyone's roles. DELETE deactivates: the person's coaching record stays.
 */
@Service
public class ScimUsers {

    /** The most a page of a list holds (ServiceProviderConfig's filter.maxResults). */
    public static final int MAX_RESULTS = 200;

    private static final Set<String> INDEXED = Set.of("username", "emails", "emails.value", "externalid", "id");

    private final Accounts accounts;
    private final People people;
    private final AuditTrail audit;
    private final Role defaultRole;
    private final boolean invite;

    ScimUsers(
            Accounts accounts,
            People people,
            AuditTrail audit,
            @Value("${triad.scim.default-role:CLIENT}") Role defaultRole,
            @Value("${triad.scim.invite:true}") boolean invite) {
        this.accounts = accounts;
        this.people = people;
        this.audit = audit;
        this.defaultRole = defaultRole;
        this.invite = invite;
    }

    /** A page of a list: the matching total, and this page's people. */
    public record Found(long total, List<User> people) {}

    @Transactional
    public User create(JsonNode body) {
        ScimUserResource.Provisioned provisioned = ScimUserResource.read(body);
        User user;
        try {
            user = accounts.provision(
                    provisioned.details(), defaultRole, provisioned.active() == null || provisioned.active(), invite);
        } catch (Accounts.EmailTakenException e) {
            throw ScimException.uniqueness("Another person already has the userName (email) "
                    + provisioned.details().email());
        } catch (Accounts.ExternalIdTakenException e) {
            throw ScimException.uniqueness("Another person already has this externalId");
        }
        audit.recordBySignedIn(
                AuditKind.SCIM_PROVISIONED,
                "person " + user.getId(),
                "created with role " + defaultRole.label() + (user.isActive() ? "" : ", deactivated"));
        return user;
    }

    @Transactional(readOnly = true)
    public User get(String id) {
        return accounts.get(idOf(id));
    }

    /** PUT: the request's User replaces what SCIM says of the person. */
    @Transactional
    public User replace(String id, Long expectedVersion, JsonNode body) {
        User user = get(id);
        ObjectNode before = ScimUserResource.of(user, "");
        reprovision(user, expectedVersion, ScimUserResource.read(body), "PUT", before);
        return user;
    }

    /** PATCH: the request's operations applied to the person as SCIM shows them. */
    @Transactional
    public User patch(String id, Long expectedVersion, JsonNode body) {
        User user = get(id);
        ObjectNode before = ScimUserResource.of(user, "");
        ObjectNode after = ScimPatch.apply(before, body);
        reprovision(user, expectedVersion, ScimUserResource.read(after), "PATCH", before);
        return user;
    }

    /** DELETE: the person is deactivated (their coaching record stays), their open sessions end. */
    @Transactional
    public void delete(String id, Long expectedVersion) {
        User user = get(id);
        if (expectedVersion != null && expectedVersion != user.getVersion()) {
            throw new dev.triad.system.StaleEdit(User.class, user.getId());
        }
        if (user.isActive()) {
            accounts.deactivate(user.getId());
        }
        audit.recordBySignedIn(AuditKind.SCIM_PROVISIONED, "person " + user.getId(), "DELETE: deactivated");
    }

    private void reprovision(
            User user,
            Long expectedVersion,
            ScimUserResource.Provisioned provisioned,
            String method,
            ObjectNode before) {
        try {
            accounts.reprovision(user.getId(), expectedVersion, provisioned.details(), provisioned.active());
        } catch (Accounts.EmailTakenException e) {
            throw ScimException.uniqueness("Another person already has the userName (email) "
                    + provisioned.details().email());
        } catch (Accounts.ExternalIdTakenException e) {
            throw ScimException.uniqueness("Another person already has this externalId");
        }
        List<String> changed = changed(before, ScimUserResource.of(accounts.get(user.getId()), ""));
        audit.recordBySignedIn(
                AuditKind.SCIM_PROVISIONED,
                "person " + user.getId(),
                method + ": " + (changed.isEmpty() ? "nothing changed" : String.join(", ", changed)));
    }

    /** The attributes whose values differ (names only: the audit log holds no one's details). */
    private static List<String> changed(ObjectNode before, ObjectNode after) {
        List<String> changed = new ArrayList<>();
        for (String attribute : List.of("userName", "name", "title", "timezone", "externalId", "active")) {
            if (!java.util.Objects.equals(before.get(attribute), after.get(attribute))) {
                changed.add(attribute);
            }
        }
        return changed;
    }

    /**
     * The people a filter selects, {@code count} from the {@code startIndex}-th (1 first). Without a filter, everyone
     * in the order they were created. A filter must name a person by userName, emails, externalId or id (eq; more
     * conditions with and, several people with or), or be {@code active eq true|false}: what the database can
     * answer without reading everyone.
     *
     * @throws ScimException (400 invalidFilter) for a filter that is not valid or that Triad cannot answer
     */
    @Transactional(readOnly = true)
    public Found find(String filter, long startIndex, int count, Function<User, ObjectNode> render) {
        long offset = Math.max(startIndex, 1) - 1;
        if (filter == null || filter.isBlank()) {
            return page(null, offset, count);
        }
        ScimFilter.Expression expression = ScimFilter.parse(filter);
        Optional<List<User>> candidates = candidates(expression);
        if (candidates.isPresent()) {
            List<User> matching = candidates.get().stream()
                    .filter(user -> expression.test(render.apply(user)))
                    .sorted(Comparator.comparing(User::getId))
                    .toList();
            List<User> page = matching.stream().skip(offset).limit(count).toList();
            return new Found(matching.size(), page);
        }
        if (expression instanceof ScimFilter.Comparison comparison
                && comparison.attribute().equals("active")
                && comparison.operator().equals("eq")
                && comparison.value().isBoolean()) {
            return page(comparison.value().booleanValue(), offset, count);
        }
        throw ScimException.invalidFilter("Triad filters on userName, emails, externalId or id with eq (combined with"
                + " and, or), or on active eq true or false");
    }

    private Found page(Boolean active, long offset, int count) {
        Page<User> page = accounts.inCreationOrder(active, offset, Math.max(count, 1));
        return new Found(page.getTotalElements(), count == 0 ? List.of() : page.getContent());
    }

    /** The few people an expression can only match, looked up by an indexed attribute; empty when it names none. */
    private Optional<List<User>> candidates(ScimFilter.Expression expression) {
        if (expression instanceof ScimFilter.Comparison comparison
                && comparison.operator().equals("eq")
                && INDEXED.contains(comparison.attribute())
                && comparison.value().isString()) {
            String value = comparison.value().stringValue();
            Optional<User> found = switch (comparison.attribute()) {
                case "externalid" -> accounts.findByExternalId(value);
                case "id" -> idOrNull(value) == null ? Optional.empty() : people.findById(idOrNull(value));
                default -> people.findByEmail(value);
            };
            return Optional.of(found.map(List::of).orElse(List.of()));
        }
        if (expression instanceof ScimFilter.ValuePath valuePath
                && valuePath.attribute().equals("emails")
                && valuePath.filter() instanceof ScimFilter.Comparison inner
                && inner.attribute().equals("value")) {
            return candidates(new ScimFilter.Comparison("emails.value", inner.operator(), inner.value()));
        }
        if (expression instanceof ScimFilter.And and) {
            Optional<List<User>> left = candidates(and.left());
            return left.isPresent() ? left : candidates(and.right());
        }
        if (expression instanceof ScimFilter.Or or) {
            Optional<List<User>> left = candidates(or.left());
            Optional<List<User>> right = candidates(or.right());
            if (left.isPresent() && right.isPresent()) {
                Map<Long, User> union = new LinkedHashMap<>();
                left.get().forEach(user -> union.put(user.getId(), user));
                right.get().forEach(user -> union.put(user.getId(), user));
                return Optional.of(List.copyOf(union.values()));
            }
        }
        return Optional.empty();
    }

    private static Long idOf(String id) {
        Long parsed = idOrNull(id);
        if (parsed == null) {
            throw new NotFoundException("Person");
        }
        return parsed;
    }

    private static Long idOrNull(String id) {
        return id != null && id.matches("[1-9]\\d{0,17}") ? Long.valueOf(id) : null;
    }
}
