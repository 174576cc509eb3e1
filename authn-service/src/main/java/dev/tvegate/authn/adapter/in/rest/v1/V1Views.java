package dev.tvegate.authn.adapter.in.rest.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileAttribute;
import dev.tvegate.kernel.error.ErrorRendering;
import dev.tvegate.kernel.error.ResponseFormat;
import dev.tvegate.kernel.error.V1StatusError;
import dev.tvegate.kernel.xml.XmlEscaper;

/** The v1 AuthN token body (spec §6.3) in both formats. */
public final class V1Views {

    private static final ObjectMapper JSON = new ObjectMapper();

    private V1Views() {
    }

    /**
     * JSON {@code {"requestor","mvpd","userId","expires":"<ms>"}} ({@code expires} is a string, as in the spec); XML
     * {@code <authentication><expires/><userId/><mvpd/><requestor/></authentication>}.
     */
    public static String authnToken(Profile p, ResponseFormat format) {
        ProfileAttribute user = p.attributes().get(Profile.USER_ID);
        String userId = user == null || user.value() == null ? "" : user.value().toString();
        String requestor = p.key().serviceProvider();
        String expires = Long.toString(p.notAfter());
        if (format == ResponseFormat.JSON) {
            ObjectNode node = JSON.createObjectNode();
            node.put("requestor", requestor);
            node.put("mvpd", p.mvpd());
            node.put("userId", userId);
            node.put("expires", expires);
            try {
                return JSON.writeValueAsString(node);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot render an AuthN token", e);
            }
        }
        return ErrorRendering.XML_DECLARATION + "<authentication><expires>" + expires + "</expires><userId>"
                + XmlEscaper.escape(userId) + "</userId><mvpd>" + XmlEscaper.escape(p.mvpd()) + "</mvpd><requestor>"
                + XmlEscaper.escape(requestor) + "</requestor></authentication>";
    }

    /** 404 as in spec §6.3 ({@code Not Found} in JSON, {@code Not found} in XML). */
    public static V1StatusError notFound(ResponseFormat format) {
        return format == ResponseFormat.XML ? new V1StatusError(404, "Not found", null) : V1StatusError.notFound();
    }
}
