package dev.triad.scim;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PATCH request (RFC 7644, section 3.5.2) applied to a User resource's JSON: its operations add, replace and remove,
 * each with a path ({@code title}, {@code name.givenName}, {@code emails[type eq "work"].value}) or without one, the
 * value then holding the attributes to set ({@code {"op":"replace","value":{"active":false}}}, as Entra ID sends; its
 * keys may themselves be paths). The result is read like a PUT's body. Attributes Triad does not keep (phone numbers,
 * addresses, the enterprise extension…) are accepted and ignored; read-only ones refused.
 */
final class ScimPatch {

    /** The attributes a User resource carries that Triad keeps (lower case). */
    private static final Set<String> KEPT =
            Set.of("username", "name", "displayname", "title", "emails", "timezone", "externalid", "active");

    private static final Set<String> READ_ONLY = Set.of("id", "meta", "schemas", "groups");

    private static final int MAX_OPERATIONS = 100;

    private ScimPatch() {}

    /**
     * The resource after the request's operations.
     *
     * @throws ScimException (400 invalidSyntax, invalidPath, invalidValue, noTarget, mutability) as RFC 7644 says
     */
    static ObjectNode apply(ObjectNode current, JsonNode request) {
        if (request == null || !request.isObject()) {
            throw ScimException.invalidSyntax("The request body must be a JSON object");
        }
        if (!ScimJson.names(request, ScimJson.PATCH_OP)) {
            throw ScimException.invalidSyntax("\"schemas\" must name " + ScimJson.PATCH_OP);
        }
        JsonNode operations = ScimJson.field(request, "Operations");
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw ScimException.invalidSyntax("\"Operations\" must be a list of at least one operation");
        }
        if (operations.size() > MAX_OPERATIONS) {
            throw ScimException.invalidSyntax("At most " + MAX_OPERATIONS + " operations in one request");
        }
        ObjectNode resource = current.deepCopy();
        for (JsonNode operation : operations) {
            if (!operation.isObject()) {
                throw ScimException.invalidSyntax("Each operation must be an object with \"op\"");
            }
            JsonNode op = ScimJson.field(operation, "op");
            if (op == null || !op.isString()) {
                throw ScimException.invalidSyntax("Each operation needs \"op\": add, replace or remove");
            }
            String kind = ScimJson.lower(op.stringValue());
            if (!Set.of("add", "replace", "remove").contains(kind)) {
                throw ScimException.invalidSyntax("\"op\" must be add, replace or remove");
            }
            JsonNode path = ScimJson.field(operation, "path");
            JsonNode value = ScimJson.field(operation, "value");
            if (path != null && !path.isNull() && !path.isString()) {
                throw ScimException.invalidPath("\"path\" must be a string");
            }
            if (path == null || path.isNull()) {
                if (kind.equals("remove")) {
                    throw ScimException.noTarget("A remove operation needs a path");
                }
                if (value == null || !value.isObject()) {
                    throw ScimException.invalidValue("Without a path, the value must be an object of attributes");
                }
                for (Map.Entry<String, JsonNode> attribute : value.properties()) {
                    if (ScimJson.lower(attribute.getKey()).equals("schemas")) {
                        continue;
                    }
                    at(resource, ScimFilter.path(attribute.getKey()), kind, attribute.getValue());
                }
            } else {
                if (!kind.equals("remove") && value == null) {
                    throw ScimException.invalidValue("An " + kind + " operation needs a value");
                }
                at(resource, ScimFilter.path(path.stringValue()), kind, value);
            }
        }
        return resource;
    }

    private static void at(ObjectNode resource, ScimFilter.Path path, String kind, JsonNode value) {
        if (path.otherSchema()) {
            // an extension's attribute (the enterprise User's department, say), which Triad does not keep;
            // the extension's own object without a path's attribute is no different
            return;
        }
        String attribute = path.attribute();
        if (READ_ONLY.contains(attribute)) {
            throw ScimException.mutability(attribute + " is read-only");
        }
        if (!KEPT.contains(attribute)) {
            return;
        }
        if (attribute.equals("username") && kind.equals("remove")) {
            throw ScimException.invalidValue("userName is required and cannot be removed");
        }
        if (path.filter() != null) {
            inElements(resource, path, kind, value);
            return;
        }
        String key = keyFor(resource, attribute);
        if (path.subAttribute() != null) {
            JsonNode parent = resource.get(key);
            List<ObjectNode> targets = new ArrayList<>();
            if (parent instanceof ObjectNode object) {
                targets.add(object);
            } else if (parent instanceof ArrayNode array) {
                array.forEach(element -> {
                    if (element instanceof ObjectNode object) {
                        targets.add(object);
                    }
                });
            }
            if (targets.isEmpty()) {
                if (kind.equals("remove")) {
                    return;
                }
                targets.add(attribute.equals("emails") ? resource.putArray(key).addObject() : resource.putObject(key));
            }
            for (ObjectNode target : targets) {
                setSub(target, path.subAttribute(), kind, value);
            }
            if (attribute.equals("name")) {
                nameChanged(resource.get(key), path.subAttribute());
            }
            return;
        }
        if (kind.equals("remove")) {
            resource.remove(key);
            return;
        }
        JsonNode existing = resource.get(key);
        if (existing instanceof ObjectNode object && value.isObject()) {
            // a complex attribute: the sub-attributes given replace theirs, the others stay (RFC 7644, 3.5.2.1,
            // 3.5.2.3)
            for (Map.Entry<String, JsonNode> sub : value.properties()) {
                setSub(object, ScimJson.lower(sub.getKey()), "replace", sub.getValue());
            }
            if (attribute.equals("name")) {
                Set<String> given = new java.util.HashSet<>();
                value.propertyNames().forEach(name -> given.add(ScimJson.lower(name)));
                if (!given.contains("formatted")) {
                    given.forEach(sub -> nameChanged(object, sub));
                }
            }
            return;
        }
        if (existing instanceof ArrayNode array && kind.equals("add")) {
            if (value.isArray()) {
                value.forEach(array::add);
            } else {
                array.add(value);
            }
            return;
        }
        resource.set(key, value);
    }

    /** A path with a filter: {@code emails[type eq "work"]} or {@code emails[type eq "work"].value}. */
    private static void inElements(ObjectNode resource, ScimFilter.Path path, String kind, JsonNode value) {
        String key = keyFor(resource, path.attribute());
        JsonNode values = resource.get(key);
        List<ObjectNode> matching = new ArrayList<>();
        if (values instanceof ArrayNode array) {
            array.forEach(element -> {
                if (element instanceof ObjectNode object && path.filter().test(object)) {
                    matching.add(object);
                }
            });
        }
        if (kind.equals("remove")) {
            if (values instanceof ArrayNode array) {
                if (path.subAttribute() == null) {
                    for (int i = array.size() - 1; i >= 0; i--) {
                        if (matching.contains(array.get(i))) {
                            array.remove(i);
                        }
                    }
                } else {
                    matching.forEach(element -> element.remove(keyFor(element, path.subAttribute())));
                }
            }
            return;
        }
        if (matching.isEmpty()) {
            if (kind.equals("replace")
                    || !(path.filter() instanceof ScimFilter.Comparison comparison)
                    || !comparison.operator().equals("eq")) {
                throw ScimException.noTarget("No " + path.attribute() + " matches the path's filter");
            }
            // add to emails[type eq "work"].value when there is no work email: a new element of that type
            ArrayNode array = values instanceof ArrayNode existing ? existing : resource.putArray(key);
            ObjectNode element = array.addObject();
            element.set(comparison.attribute(), comparison.value());
            matching.add(element);
        }
        for (ObjectNode element : matching) {
            if (path.subAttribute() == null) {
                if (!value.isObject()) {
                    throw ScimException.invalidValue("The value for " + path.attribute() + "[…] must be an object");
                }
                value.properties().forEach(sub -> setSub(element, ScimJson.lower(sub.getKey()), kind, sub.getValue()));
            } else {
                setSub(element, path.subAttribute(), kind, value);
            }
        }
    }

    private static void setSub(ObjectNode target, String sub, String kind, JsonNode value) {
        String key = keyFor(target, sub);
        if (kind.equals("remove")) {
            target.remove(key);
        } else {
            target.set(key, value);
        }
    }

    /** A given or family name changed without the formatted name: the full name is made of them again. */
    private static void nameChanged(JsonNode name, String sub) {
        if (name instanceof ObjectNode object && (sub.equals("givenname") || sub.equals("familyname"))) {
            String formatted = ScimJson.key(object, "formatted");
            if (formatted != null) {
                object.remove(formatted);
            }
        }
    }

    /** The key the object uses for {@code name} in any case, else the attribute's name in SCIM's spelling. */
    private static String keyFor(JsonNode object, String name) {
        String existing = ScimJson.key(object, name);
        if (existing != null) {
            return existing;
        }
        return switch (name) {
            case "username" -> "userName";
            case "displayname" -> "displayName";
            case "externalid" -> "externalId";
            case "givenname" -> "givenName";
            case "familyname" -> "familyName";
            default -> name;
        };
    }
}
