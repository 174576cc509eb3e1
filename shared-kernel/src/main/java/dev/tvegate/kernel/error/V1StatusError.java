package dev.tvegate.kernel.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tvegate.kernel.xml.XmlEscaper;

/**
 * The plain (non-EEC) REST v1 error body of spec §6.3, e.g. {@code {"status":412,"message":"User not
 * authenticated","details":null}} or {@code <error><status>403</status><message>User not
 * authorized</message><details>…</details></error>}. Unlike {@link EnhancedError}, {@code details} is always
 * present: JSON null / an empty element when there is none, exactly as the spec samples show.
 *
 * @param status the HTTP status (also written in the body)
 * @param message the short message
 * @param details optional details, e.g. the MVPD's deny text
 */
public record V1StatusError(int status, String message, String details) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public V1StatusError {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status code: " + status);
        }
        if (message == null) {
            throw new IllegalArgumentException("message is required");
        }
    }

    /** 412 from {@code /tokens/authz} and user metadata when there is no valid authentication. */
    public static V1StatusError userNotAuthenticated() {
        return new V1StatusError(412, "User not authenticated", null);
    }

    /** 404, e.g. no authN or authZ token. */
    public static V1StatusError notFound() {
        return new V1StatusError(404, "Not Found", null);
    }

    /** 410, e.g. the authZ token has expired. */
    public static V1StatusError gone() {
        return new V1StatusError(410, "Gone", null);
    }

    /** 403, e.g. {@code checkauthn/{code}} without authentication. */
    public static V1StatusError forbidden() {
        return new V1StatusError(403, "Forbidden", null);
    }

    /** 403 authorization deny; {@code details} carries the MVPD's text (may be null). */
    public static V1StatusError notAuthorized(String details) {
        return new V1StatusError(403, "User not authorized", details);
    }

    /** 400 with the given message, e.g. {@code Required 'deviceId' is not present}. */
    public static V1StatusError badRequest(String message) {
        return new V1StatusError(400, message, null);
    }

    /** @return the same error with other details */
    public V1StatusError withDetails(String newDetails) {
        return new V1StatusError(status, message, newDetails);
    }

    /** @return {@code {"status":…,"message":…,"details":…}} with {@code details} null when absent */
    public String toJson() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("status", status);
        node.put("message", message);
        node.put("details", details);
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render a v1 error as JSON", e);
        }
    }

    /** @return {@code <error><status/><message/><details/></error>} (no XML declaration) */
    public String toXml() {
        StringBuilder xml = new StringBuilder(128).append("<error><status>").append(status).append("</status>")
                .append("<message>").append(XmlEscaper.escape(message)).append("</message>");
        if (details == null) {
            xml.append("<details/>");
        } else {
            xml.append("<details>").append(XmlEscaper.escape(details)).append("</details>");
        }
        return xml.append("</error>").toString();
    }
}
