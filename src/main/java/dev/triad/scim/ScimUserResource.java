package dev.triad.scim;

import dev.triad.account.Accounts.ProvisionedDetails;
import dev.triad.account.User;
import dev.triad.system.Zones;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * A person as a SCIM User (RFC 7643, section 4.1) and back. {@code userName} is the sign-in email; the name is one
 * full name ({@code name.formatted}, else given and family name, else {@code displayName}); {@code title},
 * {@code timezone}, {@code externalId} and {@code active} are the person's. Roles are not SCIM's to read or write.
 */
final class ScimUserResource {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private ScimUserResource() {}

    /** What a request says of a person; {@code active} null when it does not say. */
    record Provisioned(ProvisionedDetails details, Boolean active) {}

    /** The weak ETag of a person at a version: {@code W/"3"}. */
    static String etag(User user) {
        return "W/\"" + user.getVersion() + "\"";
    }

    static ObjectNode of(User user, String location) {
        ObjectNode resource = ScimJson.object();
        resource.putArray("schemas").add(ScimJson.USER);
        resource.put("id", String.valueOf(user.getId()));
        if (user.getExternalId() != null) {
            resource.put("externalId", user.getExternalId());
        }
        resource.put("userName", user.getEmail());
        ObjectNode name = resource.putObject("name");
        name.put("formatted", user.getFullName());
        int space = user.getFullName().indexOf(' ');
        if (space > 0) {
            name.put("givenName", user.getFullName().substring(0, space));
            name.put("familyName", user.getFullName().substring(space + 1).strip());
        } else {
            name.put("givenName", user.getFullName());
        }
        resource.put("displayName", user.getFullName());
        if (user.getTitle() != null) {
            resource.put("title", user.getTitle());
        }
        ObjectNode email = resource.putArray("emails").addObject();
        email.put("value", user.getEmail());
        email.put("type", "work");
        email.put("primary", true);
        if (user.hasOwnTimeZone()) {
            resource.put("timezone", user.zoneOr(null).getId());
        }
        resource.put("active", user.isActive());
        ObjectNode meta = resource.putObject("meta");
        meta.put("resourceType", "User");
        meta.put("created", user.getCreatedAt().toString());
        meta.put("lastModified", user.getLastModified().toString());
        meta.put("location", location);
        meta.put("version", etag(user));
        return resource;
    }

    /**
     * What a User resource in a request says of the person.
     *
     * @throws ScimException (400 invalidSyntax) for no User resource, (400 invalidValue) for a value Triad cannot keep
     */
    static Provisioned read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ScimException.invalidSyntax("The request body must be a JSON object");
        }
        if (!ScimJson.names(body, ScimJson.USER)) {
            throw ScimException.invalidSyntax("\"schemas\" must name " + ScimJson.USER);
        }
        String userName = text(body, "userName", 254);
        if (userName == null || userName.isBlank()) {
            throw ScimException.invalidValue("userName is required: the person's email address");
        }
        String email = isEmail(userName) ? userName : primaryEmail(body);
        if (email == null) {
            throw ScimException.invalidValue(
                    "userName must be an email address (people sign in to Triad by email), or emails must hold one");
        }
        String fullName = fullName(body);
        String title = text(body, "title", 120);
        String zone = text(body, "timezone", 64);
        ZoneId timeZone = null;
        if (zone != null && !zone.isBlank()) {
            timeZone = Zones.parse(zone)
                    .orElseThrow(() -> ScimException.invalidValue(
                            "timezone must be an IANA Region/City zone such as Europe/London"));
        }
        String externalId = text(body, "externalId", 255);
        return new Provisioned(
                new ProvisionedDetails(
                        fullName,
                        email,
                        title == null || title.isBlank() ? null : title.strip(),
                        timeZone,
                        externalId == null || externalId.isBlank() ? null : externalId.strip()),
                active(ScimJson.field(body, "active")));
    }

    private static String fullName(JsonNode body) {
        JsonNode name = ScimJson.field(body, "name");
        if (name != null && !name.isNull() && !name.isObject()) {
            throw ScimException.invalidValue("name must be an object (formatted, givenName, familyName)");
        }
        String formatted = text(name, "formatted", 120);
        if (formatted != null && !formatted.isBlank()) {
            return formatted.strip();
        }
        String given = text(name, "givenName", 120);
        String family = text(name, "familyName", 120);
        String joined = ((given == null ? "" : given.strip()) + " " + (family == null ? "" : family.strip())).strip();
        if (!joined.isEmpty()) {
            if (joined.length() > 120) {
                throw ScimException.invalidValue("The name is longer than 120 characters");
            }
            return joined;
        }
        String display = text(body, "displayName", 120);
        if (display != null && !display.isBlank()) {
            return display.strip();
        }
        throw ScimException.invalidValue("name (formatted, or givenName and familyName) or displayName is required");
    }

    private static String primaryEmail(JsonNode body) {
        JsonNode emails = ScimJson.field(body, "emails");
        if (emails == null || !emails.isArray()) {
            return null;
        }
        String first = null;
        for (JsonNode email : emails) {
            JsonNode value = ScimJson.field(email, "value");
            if (value == null || !value.isString() || !isEmail(value.stringValue())) {
                continue;
            }
            JsonNode primary = ScimJson.field(email, "primary");
            if (primary != null && active(primary) == Boolean.TRUE) {
                return value.stringValue().strip();
            }
            if (first == null) {
                first = value.stringValue().strip();
            }
        }
        return first;
    }

    private static boolean isEmail(String text) {
        return text.length() <= 254
                && EMAIL.matcher(text.strip()).matches()
                && !CONTROL.matcher(text).find();
    }

    /**
     * A boolean: JSON's true and false, or the strings "True" and "False" that some identity providers send in a
     * PATCH (Entra ID).
     */
    static Boolean active(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isString()
                && (value.stringValue().equalsIgnoreCase("true")
                        || value.stringValue().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(ScimJson.lower(value.stringValue()));
        }
        throw ScimException.invalidValue("active must be true or false");
    }

    /** A string attribute of at most {@code max} characters on one line, or null when absent. */
    private static String text(JsonNode object, String attribute, int max) {
        JsonNode value = ScimJson.field(object, attribute);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw ScimException.invalidValue(attribute + " must be a string");
        }
        String text = value.stringValue();
        if (text.length() > max) {
            throw ScimException.invalidValue(attribute + " is longer than " + max + " characters");
        }
        if (CONTROL.matcher(text).find()) {
            throw ScimException.invalidValue(attribute + " may not hold control characters");
        }
        return text;
    }
}
