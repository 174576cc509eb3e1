package dev.tvegate.registration.adapter.in.rest.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tvegate.kernel.error.ErrorRendering;
import dev.tvegate.kernel.error.ResponseFormat;
import dev.tvegate.kernel.xml.XmlEscaper;
import dev.tvegate.registration.domain.model.RegCode;
import dev.tvegate.registration.domain.model.RegCodeInfo;

/**
 * The regcode record of spec §6.3. JSON: {@code generated}/{@code expires} are numbers (epoch ms), {@code info}
 * carries the device fields, the normalised device info and the user agent (absent fields are omitted). XML:
 * {@code <ns2:regcode xmlns:ns2="model.mvc.reggie.pass.adobe.com">} with {@code info{deviceId, deviceType,
 * deviceUser, appId, appVersion, registrationURL}} as Adobe documents it.
 */
final class RegCodeViews {

    static final String XML_NAMESPACE = "model.mvc.reggie.pass.adobe.com";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RegCodeViews() {
    }

    static String render(RegCode r, ResponseFormat format) {
        return format == ResponseFormat.JSON ? json(r) : xml(r);
    }

    static String json(RegCode r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", r.id());
        root.put("code", r.code());
        root.put("requestor", r.requestor());
        putIfPresent(root, "mvpd", r.mvpd());
        root.put("generated", r.generated());
        root.put("expires", r.expires());
        RegCodeInfo i = r.info();
        ObjectNode info = root.putObject("info");
        putIfPresent(info, "deviceId", i.deviceId());
        putIfPresent(info, "deviceType", i.deviceType());
        putIfPresent(info, "deviceUser", i.deviceUser());
        putIfPresent(info, "appId", i.appId());
        putIfPresent(info, "appVersion", i.appVersion());
        putIfPresent(info, "registrationURL", i.registrationURL());
        putIfPresent(info, "deviceInfo", i.deviceInfo());
        putIfPresent(info, "userAgent", i.userAgent());
        putIfPresent(info, "originalUserAgent", i.userAgent());
        putIfPresent(info, "authorizationType", i.authorizationType());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render a regcode", e);
        }
    }

    static String xml(RegCode r) {
        StringBuilder x = new StringBuilder(512).append(ErrorRendering.XML_DECLARATION)
                .append("<ns2:regcode xmlns:ns2=\"").append(XML_NAMESPACE).append("\">");
        element(x, "id", r.id());
        element(x, "code", r.code());
        element(x, "requestor", r.requestor());
        element(x, "mvpd", r.mvpd());
        element(x, "generated", Long.toString(r.generated()));
        element(x, "expires", Long.toString(r.expires()));
        RegCodeInfo i = r.info();
        x.append("<info>");
        element(x, "deviceId", i.deviceId());
        element(x, "deviceType", i.deviceType());
        element(x, "deviceUser", i.deviceUser());
        element(x, "appId", i.appId());
        element(x, "appVersion", i.appVersion());
        element(x, "registrationURL", i.registrationURL());
        x.append("</info>");
        return x.append("</ns2:regcode>").toString();
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void element(StringBuilder x, String name, String value) {
        if (value != null) {
            x.append('<').append(name).append('>').append(XmlEscaper.escape(value)).append("</").append(name)
                    .append('>');
        }
    }
}
