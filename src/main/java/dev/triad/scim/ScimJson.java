package dev.triad.scim;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;

/** SCIM's schema names, its media type, and reading and writing its JSON. */
public final class ScimJson {

    public static final String MEDIA_TYPE = "application/scim+json";
    public static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    public static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    public static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    public static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    public static final String SERVICE_PROVIDER_CONFIG = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    public static final String RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    public static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    static final JsonMapper JSON = JsonMapper.builder().build();

    private ScimJson() {}

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    /**
     * A request's body as JSON.
     *
     * @throws ScimException (400 invalidSyntax) for an empty body or one that is no JSON
     */
    public static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            throw ScimException.invalidSyntax("The request has no body; send a JSON object");
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw ScimException.invalidSyntax("The request body is not valid JSON");
        }
    }

    public static String write(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    /** RFC 7644, section 3.12: the error's schema, its status as a string, the scimType if any and a detail. */
    public static ObjectNode error(int status, String scimType, String detail) {
        ObjectNode error = object();
        error.putArray("schemas").add(ERROR);
        error.put("status", String.valueOf(status));
        if (scimType != null) {
            error.put("scimType", scimType);
        }
        if (detail != null) {
            error.put("detail", detail);
        }
        return error;
    }

    /** Whether a request's {@code schemas} names {@code schema}. */
    static boolean names(JsonNode body, String schema) {
        JsonNode schemas = field(body, "schemas");
        if (schemas == null || !schemas.isArray()) {
            return false;
        }
        for (JsonNode name : schemas) {
            if (name.isString() && name.stringValue().equalsIgnoreCase(schema)) {
                return true;
            }
        }
        return false;
    }

    /** A member of an object by name in any case (SCIM's attribute names are case-insensitive), or null. */
    static JsonNode field(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The name under which an object holds {@code name}, in whatever case it uses, or null. */
    static String key(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getKey();
            }
        }
        return null;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
