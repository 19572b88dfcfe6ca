package dev.triad.scim;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * What the service provider says of itself (RFC 7644, section 4; RFC 7643, sections 5 to 7): its
 * ServiceProviderConfig, its one resource type (User) and the User schema's attributes Triad keeps.
 */
public final class ScimDiscovery {

    private ScimDiscovery() {}

    public static ObjectNode serviceProviderConfig(String base) {
        ObjectNode config = ScimJson.object();
        config.putArray("schemas").add(ScimJson.SERVICE_PROVIDER_CONFIG);
        config.putObject("patch").put("supported", true);
        config.putObject("bulk").put("supported", false).put("maxOperations", 0).put("maxPayloadSize", 0);
        config.putObject("filter").put("supported", true).put("maxResults", ScimUsers.MAX_RESULTS);
        config.putObject("changePassword").put("supported", false);
        config.putObject("sort").put("supported", false);
        config.putObject("etag").put("supported", true);
        ObjectNode scheme = config.putArray("authenticationSchemes").addObject();
        scheme.put("type", "oauthbearertoken");
        scheme.put("name", "Bearer token");
        scheme.put("description", "A token an HR administrator creates on Triad's page People → SCIM tokens");
        scheme.put("primary", true);
        meta(config, "ServiceProviderConfig", base + "/ServiceProviderConfig");
        return config;
    }

    public static ObjectNode userResourceType(String base) {
        ObjectNode type = ScimJson.object();
        type.putArray("schemas").add(ScimJson.RESOURCE_TYPE);
        type.put("id", "User");
        type.put("name", "User");
        type.put("endpoint", "/Users");
        type.put("description", "A person with a Triad account");
        type.put("schema", ScimJson.USER);
        meta(type, "ResourceType", base + "/ResourceTypes/User");
        return type;
    }

    public static ObjectNode userSchema(String base) {
        ObjectNode schema = ScimJson.object();
        schema.putArray("schemas").add(ScimJson.SCHEMA);
        schema.put("id", ScimJson.USER);
        schema.put("name", "User");
        schema.put("description", "A person with a Triad account; roles are HR's and not provisioned");
        ArrayNode attributes = schema.putArray("attributes");
        attribute(attributes, "userName", "string", "The sign-in email; unique whatever its case", true, "server");
        ObjectNode name = attribute(attributes, "name", "complex", "The person's full name", false, "none");
        ArrayNode subs = name.putArray("subAttributes");
        for (String sub : List.of("formatted", "givenName", "familyName")) {
            attribute(subs, sub, "string", "Kept as one full name", false, "none");
        }
        attribute(attributes, "displayName", "string", "The full name, when name is not given", false, "none");
        attribute(attributes, "title", "string", "The person's job title", false, "none");
        ObjectNode emails = attribute(attributes, "emails", "complex", "The sign-in email", false, "none");
        emails.put("multiValued", true);
        ArrayNode emailSubs = emails.putArray("subAttributes");
        attribute(emailSubs, "value", "string", "An email address", false, "none");
        attribute(emailSubs, "type", "string", "work", false, "none");
        attribute(emailSubs, "primary", "boolean", "The one Triad keeps", false, "none");
        attribute(
                attributes,
                "timezone",
                "string",
                "An IANA Region/City zone; absent: the organisation's",
                false,
                "none");
        attribute(
                attributes, "active", "boolean", "false deactivates the person and ends their sessions", false, "none");
        ObjectNode externalId =
                attribute(attributes, "externalId", "string", "The provisioning client's id", false, "server");
        externalId.put("caseExact", true);
        meta(schema, "Schema", base + "/Schemas/" + ScimJson.USER);
        return schema;
    }

    /** A person as a SCIM User resource at {@code location}. */
    public static ObjectNode user(dev.triad.account.User user, String location) {
        return ScimUserResource.of(user, location);
    }

    private static ObjectNode attribute(
            ArrayNode into, String name, String type, String description, boolean required, String uniqueness) {
        ObjectNode attribute = into.addObject();
        attribute.put("name", name);
        attribute.put("type", type);
        attribute.put("multiValued", false);
        attribute.put("description", description);
        attribute.put("required", required);
        attribute.put("caseExact", false);
        attribute.put("mutability", "readWrite");
        attribute.put("returned", "default");
        attribute.put("uniqueness", uniqueness);
        return attribute;
    }

    private static void meta(ObjectNode resource, String type, String location) {
        resource.putObject("meta").put("resourceType", type).put("location", location);
    }

    public static ObjectNode list(List<ObjectNode> resources) {
        ObjectNode list = ScimJson.object();
        list.putArray("schemas").add(ScimJson.LIST_RESPONSE);
        list.put("totalResults", resources.size());
        list.put("itemsPerPage", resources.size());
        list.put("startIndex", 1);
        ArrayNode all = list.putArray("Resources");
        resources.forEach(all::add);
        return list;
    }
}
