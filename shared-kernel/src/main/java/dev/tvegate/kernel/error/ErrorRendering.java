package dev.tvegate.kernel.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tvegate.kernel.xml.XmlEscaper;

/**
 * Renders an {@link EnhancedError} in the two wire formats of spec §5: JSON (v2 always, v1 when asked) and XML (v1
 * only, {@code <error><action/><status/><code/><message/><details/><helpUrl/><trace/></error>}).
 * <p>
 * Fields appear in the order action, status, code, message, details, helpUrl, trace; null fields are omitted.
 */
public final class ErrorRendering {

    /** Declaration written before every XML body. */
    public static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ErrorRendering() {
    }

    /** @return the error as a JSON object */
    public static String toJson(EnhancedError error) {
        try {
            return MAPPER.writeValueAsString(toJsonNode(error));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render an error as JSON", e);
        }
    }

    /**
     * @return the error as a Jackson tree, for embedding it item-level (e.g. inside a decision or a preauthorized
     *         resource)
     */
    public static ObjectNode toJsonNode(EnhancedError error) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("action", error.action().wire());
        node.put("status", error.status());
        node.put("code", error.code());
        putIfPresent(node, "message", error.message());
        putIfPresent(node, "details", error.details());
        putIfPresent(node, "helpUrl", error.helpUrl());
        putIfPresent(node, "trace", error.trace());
        return node;
    }

    /** @return the error as a complete XML document (with declaration) */
    public static String toXml(EnhancedError error) {
        return XML_DECLARATION + toXmlElement(error);
    }

    /** @return the {@code <error>} element alone, for embedding item-level in a larger v1 XML body */
    public static String toXmlElement(EnhancedError error) {
        StringBuilder xml = new StringBuilder(256).append("<error>");
        appendElement(xml, "action", error.action().wire());
        appendElement(xml, "status", Integer.toString(error.status()));
        appendElement(xml, "code", error.code());
        appendElement(xml, "message", error.message());
        appendElement(xml, "details", error.details());
        appendElement(xml, "helpUrl", error.helpUrl());
        appendElement(xml, "trace", error.trace());
        return xml.append("</error>").toString();
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void appendElement(StringBuilder xml, String name, String value) {
        if (value != null) {
            xml.append('<').append(name).append('>').append(XmlEscaper.escape(value)).append("</").append(name)
                    .append('>');
        }
    }
}
