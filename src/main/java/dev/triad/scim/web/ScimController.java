package dev.triad.scim.web;

import dev.triad.account.User;
import dev.triad.scim.ScimDiscovery;
import dev.triad.scim.ScimException;
import dev.triad.scim.ScimJson;
import dev.triad.scim.ScimUsers;
import dev.triad.system.NotFoundException;
import dev.triad.system.StaleEdit;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * SCIM 2.0's endpoints (RFC 7644): Users, and the discovery endpoints ServiceProviderConfig, ResourceTypes and
 * Schemas. Only a provisioning client's bearer token reaches them ({@code scim.ScimSecurityConfiguration}). Every
 * answer is {@code application/scim+json}; every refusal is SCIM's error message, never an HTML page or a 500.
 */
@RestController
@RequestMapping("/scim/v2")
class ScimController {

    private static final Logger log = LoggerFactory.getLogger(ScimController.class);
    private static final MediaType SCIM = MediaType.parseMediaType(ScimJson.MEDIA_TYPE);
    /** A request body larger than this is refused unread: a User is a few hundred bytes. */
    static final int MAX_BODY = 64 * 1024;

    private static final int DEFAULT_COUNT = 100;

    private final ScimUsers users;

    ScimController(ScimUsers users) {
        this.users = users;
    }

    // ------------------------------------------------------------------------------------------------ Users

    @GetMapping("/Users")
    ResponseEntity<String> list(HttpServletRequest request) {
        // read as sent, not bound: the forms' binder refuses control characters before a filter could say why
        String filter = request.getParameter("filter");
        String startIndex = request.getParameter("startIndex");
        String count = request.getParameter("count");
        long start = number(startIndex, 1, "startIndex");
        int size = (int) Math.min(number(count, DEFAULT_COUNT, "count"), ScimUsers.MAX_RESULTS);
        String base = base();
        ScimUsers.Found found = users.find(filter, Math.max(start, 1), Math.max(size, 0), user -> resource(user, base));
        ObjectNode list = ScimJson.object();
        list.putArray("schemas").add(ScimJson.LIST_RESPONSE);
        list.put("totalResults", found.total());
        list.put("startIndex", Math.max(start, 1));
        list.put("itemsPerPage", found.people().size());
        ArrayNode resources = list.putArray("Resources");
        found.people().forEach(user -> resources.add(resource(user, base)));
        return answer(200, list);
    }

    @PostMapping("/Users")
    ResponseEntity<String> create(HttpServletRequest request) {
        User created = users.create(body(request));
        User user = users.get(String.valueOf(created.getId()));
        String location = base() + "/Users/" + user.getId();
        return ResponseEntity.status(201)
                .contentType(SCIM)
                .header(HttpHeaders.LOCATION, location)
                .eTag(etag(user))
                .body(ScimJson.write(resource(user, base())));
    }

    @GetMapping("/Users/{id}")
    ResponseEntity<String> read(@PathVariable String id) {
        User user = users.get(id);
        return withETag(user);
    }

    @PutMapping("/Users/{id}")
    ResponseEntity<String> replace(
            @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest request) {
        users.replace(id, version(ifMatch), body(request));
        return withETag(users.get(id));
    }

    @PatchMapping("/Users/{id}")
    ResponseEntity<String> patch(
            @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest request) {
        users.patch(id, version(ifMatch), body(request));
        return withETag(users.get(id));
    }

    @DeleteMapping("/Users/{id}")
    ResponseEntity<String> delete(
            @PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        users.delete(id, version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    // ------------------------------------------------------------------------------------------------ discovery

    @GetMapping("/ServiceProviderConfig")
    ResponseEntity<String> serviceProviderConfig() {
        return answer(200, ScimDiscovery.serviceProviderConfig(base()));
    }

    @GetMapping("/ResourceTypes")
    ResponseEntity<String> resourceTypes() {
        return answer(200, ScimDiscovery.list(List.of(ScimDiscovery.userResourceType(base()))));
    }

    @GetMapping("/ResourceTypes/{id}")
    ResponseEntity<String> resourceType(@PathVariable String id) {
        if (!id.equals("User")) {
            throw ScimException.notFound("Triad's one resource type is User");
        }
        return answer(200, ScimDiscovery.userResourceType(base()));
    }

    @GetMapping("/Schemas")
    ResponseEntity<String> schemas() {
        return answer(200, ScimDiscovery.list(List.of(ScimDiscovery.userSchema(base()))));
    }

    @GetMapping("/Schemas/{id}")
    ResponseEntity<String> schema(@PathVariable String id) {
        if (!id.equals(ScimJson.USER)) {
            throw ScimException.notFound("Triad's one schema is " + ScimJson.USER);
        }
        return answer(200, ScimDiscovery.userSchema(base()));
    }

    // ------------------------------------------------------------------------------------------------ refusals

    @ExceptionHandler(ScimException.class)
    ResponseEntity<String> refused(ScimException e) {
        return error(e.status(), e.scimType(), e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e) {
        return error(404, null, "No such resource");
    }

    @ExceptionHandler({StaleEdit.class})
    ResponseEntity<String> stale(RuntimeException e) {
        return error(412, null, "The resource changed since the version in If-Match; read it again");
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<String> changedMeanwhile(RuntimeException e) {
        return error(409, null, "The resource was changed by another request at the same time; try again");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<String> unique(DataIntegrityViolationException e) {
        // two requests for the same email or externalId at once: the database's unique index decided
        return error(409, "uniqueness", "Another person already has this userName (email) or externalId");
    }

    @ExceptionHandler({TypeMismatchException.class, ServletRequestBindingException.class})
    ResponseEntity<String> unreadable(Exception e) {
        // a header or path holding control characters, which the forms' binder refuses
        return error(400, "invalidValue", "A header or the path holds a value that cannot be read");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> failed(Exception e) {
        log.error("A SCIM request failed", e);
        return error(500, null, "Triad could not answer this request");
    }

    // ------------------------------------------------------------------------------------------------ plumbing

    private ResponseEntity<String> withETag(User user) {
        return ResponseEntity.ok().contentType(SCIM).eTag(etag(user)).body(ScimJson.write(resource(user, base())));
    }

    private static String etag(User user) {
        return "W/\"" + user.getVersion() + "\"";
    }

    private ObjectNode resource(User user, String base) {
        return ScimDiscovery.user(user, base + "/Users/" + user.getId());
    }

    private static ResponseEntity<String> answer(int status, ObjectNode body) {
        return ResponseEntity.status(status).contentType(SCIM).body(ScimJson.write(body));
    }

    private static ResponseEntity<String> error(int status, String scimType, String detail) {
        return answer(status, ScimJson.error(status, scimType, detail));
    }

    /** The base URL of SCIM's endpoints, as the client reached them (behind a proxy: its forwarded address). */
    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/scim/v2")
                .build()
                .toUriString();
    }

    /**
     * The request's JSON: {@code application/scim+json} or {@code application/json} (or none said), at most
     * {@link #MAX_BODY} bytes.
     */
    private static JsonNode body(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null) {
            String bare = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!bare.equals(ScimJson.MEDIA_TYPE) && !bare.equals("application/json")) {
                throw new ScimException(415, null, "Send application/scim+json (or application/json)");
            }
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            throw new ScimException(413, null, "The request body is larger than " + MAX_BODY + " bytes");
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new ScimException(413, null, "The request body is larger than " + MAX_BODY + " bytes");
            }
            return ScimJson.read(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ScimException.invalidSyntax("The request body could not be read");
        }
    }

    /** The version an If-Match header names ({@code W/"3"} or {@code "3"}); null for none or {@code *}. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.matches("\"\\d{1,18}\"")) {
            return Long.valueOf(tag.substring(1, tag.length() - 1));
        }
        // an entity tag Triad never gave cannot match the person's version
        return -1L;
    }

    private static long number(String text, long otherwise, String name) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        if (!text.strip().matches("-?\\d{1,9}")) {
            throw ScimException.invalidValue(name + " must be a whole number");
        }
        return Long.parseLong(text.strip());
    }
}
