package dev.tvegate.authz.domain.service;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import dev.tvegate.authz.domain.model.Resource;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.kernel.xml.SafeXml;

/**
 * Reads the {@code resources} of a decisions request (spec §9): a plain id is the channel; a string starting with
 * {@code <} is MRSS, parsed with the kernel's {@link SafeXml} (any DOCTYPE — hence external entities and entity
 * expansion — is refused), from which the channel title, the first item's guid and title, and the rating value and
 * scheme (item rating first, else channel rating) are extracted. Every failure is 400
 * {@code invalid_parameter_resources} with details naming the resource's position.
 */
public final class ResourceParser {

    /** The MRSS namespace of {@code media:rating}. */
    public static final String MRSS_NS = "http://search.yahoo.com/mrss/";
    /** Longest single resource accepted (MRSS included). */
    public static final int MAX_RESOURCE_CHARS = 8192;
    private static final int MAX_PLAIN_ID_CHARS = 256;

    private ResourceParser() {
    }

    /** @return the parsed resources, in request order */
    public static List<Resource> parseAll(List<String> resources) {
        if (resources == null || resources.isEmpty()) {
            throw invalid("The resources parameter must be a non-empty array of resource ids.");
        }
        List<Resource> out = new ArrayList<>(resources.size());
        for (int i = 0; i < resources.size(); i++) {
            out.add(parse(resources.get(i), i));
        }
        return out;
    }

    static Resource parse(String value, int index) {
        if (value == null || value.isBlank()) {
            throw invalid("Resource #" + (index + 1) + " is empty.");
        }
        if (value.length() > MAX_RESOURCE_CHARS) {
            throw invalid("Resource #" + (index + 1) + " is longer than " + MAX_RESOURCE_CHARS + " characters.");
        }
        String trimmed = value.strip();
        if (!trimmed.startsWith("<")) {
            if (trimmed.length() > MAX_PLAIN_ID_CHARS || trimmed.chars().anyMatch(Character::isISOControl)) {
                throw invalid("Resource #" + (index + 1) + " is not a valid resource id.");
            }
            return new Resource(value, trimmed, null, null, null, null);
        }
        Document doc;
        try {
            doc = SafeXml.parse(trimmed);
        } catch (IllegalArgumentException e) {
            throw invalid("Resource #" + (index + 1) + " is not well-formed MRSS (DOCTYPE and entities are not"
                    + " allowed): " + e.getMessage());
        }
        Element rss = doc.getDocumentElement();
        Element channel = rss == null || !"rss".equals(rss.getLocalName()) ? null : child(rss, null, "channel");
        String channelTitle = channel == null ? null : text(child(channel, null, "title"));
        if (channelTitle == null) {
            throw invalid("Resource #" + (index + 1) + " is MRSS without <rss><channel><title>.");
        }
        Element item = child(channel, null, "item");
        String guid = item == null ? null : text(child(item, null, "guid"));
        String itemTitle = item == null ? null : text(child(item, null, "title"));
        Element rating = item == null ? null : child(item, MRSS_NS, "rating");
        if (rating == null) {
            rating = child(channel, MRSS_NS, "rating");
        }
        String scheme = rating == null || !rating.hasAttribute("scheme") ? null : rating.getAttribute("scheme");
        return new Resource(value, channelTitle, guid, itemTitle, text(rating), scheme);
    }

    private static Element child(Element parent, String namespace, String localName) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n.getNodeType() == Node.ELEMENT_NODE && localName.equals(n.getLocalName())
                    && (namespace == null ? n.getNamespaceURI() == null || !MRSS_NS.equals(n.getNamespaceURI())
                            : namespace.equals(n.getNamespaceURI()))) {
                return (Element) n;
            }
        }
        return null;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().strip();
        return t.isEmpty() ? null : t;
    }

    private static EnhancedErrorException invalid(String details) {
        return new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_RESOURCES, details);
    }
}
