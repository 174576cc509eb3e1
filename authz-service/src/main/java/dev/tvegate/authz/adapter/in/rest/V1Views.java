package dev.tvegate.authz.adapter.in.rest;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tvegate.authz.application.port.in.V1AuthorizationUseCase;
import dev.tvegate.authz.application.port.in.V1AuthorizationUseCase.V1Outcome;
import dev.tvegate.authz.domain.model.Decision;
import dev.tvegate.authz.domain.model.V1Authorization;
import dev.tvegate.kernel.error.ErrorRendering;
import dev.tvegate.kernel.error.ResponseFormat;
import dev.tvegate.kernel.error.V1StatusError;
import dev.tvegate.kernel.xml.XmlEscaper;

/** The v1 bodies of spec §6.3 in XML or JSON; {@code expires} is a string of epoch ms in JSON. */
final class V1Views {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private V1Views() {
    }

    static Response render(V1Outcome outcome, ResponseFormat format) {
        return switch (outcome) {
            case V1AuthorizationUseCase.Granted g -> ok(authorization(g.authorization(), format), format);
            case V1AuthorizationUseCase.MediaTokenIssued m -> ok(play(m, format), format);
            case V1AuthorizationUseCase.Preauthorized p -> ok(resources(p.decisions(), format), format);
            case V1AuthorizationUseCase.Denied d -> error(V1StatusError.notAuthorized(d.details()), format);
            case V1AuthorizationUseCase.NotAuthenticated n -> error(V1StatusError.userNotAuthenticated(), format);
            case V1AuthorizationUseCase.NotFound n -> error(format == ResponseFormat.XML
                    ? new V1StatusError(404, "Not found", null)
                    : V1StatusError.notFound(), format);
            case V1AuthorizationUseCase.Expired e -> error(V1StatusError.gone(), format);
        };
    }

    private static String authorization(V1Authorization a, ResponseFormat format) {
        if (format == ResponseFormat.XML) {
            return XML_HEAD + "<authorization><expires>" + a.notAfter() + "</expires>" + el("mvpd", a.mvpd())
                    + el("requestor", a.requestor()) + el("resource", a.resource())
                    + (a.proxyMvpd() == null ? "" : el("proxyMvpd", a.proxyMvpd())) + "</authorization>";
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("mvpd", a.mvpd());
        n.put("resource", a.resource());
        n.put("requestor", a.requestor());
        n.put("expires", Long.toString(a.notAfter()));
        if (a.proxyMvpd() != null) {
            n.put("proxyMvpd", a.proxyMvpd());
        }
        return n.toString();
    }

    private static String play(V1AuthorizationUseCase.MediaTokenIssued m, ResponseFormat format) {
        V1Authorization a = m.authorization();
        if (format == ResponseFormat.XML) {
            return XML_HEAD + "<play><expires>" + m.token().notAfter() + "</expires>" + el("mvpdId", a.mvpd())
                    + el("requestor", a.requestor()) + el("resource", a.resource())
                    + el("serializedToken", m.token().serializedToken()) + el("userId", a.sessionGuid()) + "</play>";
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("resource", a.resource());
        n.put("requestor", a.requestor());
        n.put("expires", Long.toString(m.token().notAfter()));
        n.put("serializedToken", m.token().serializedToken());
        n.put("userId", a.sessionGuid());
        n.put("mvpdId", a.mvpd());
        return n.toString();
    }

    private static String resources(List<Decision> decisions, ResponseFormat format) {
        if (format == ResponseFormat.XML) {
            StringBuilder b = new StringBuilder(XML_HEAD).append("<resources>");
            for (Decision d : decisions) {
                b.append("<resource>").append(el("id", d.resource())).append("<authorized>").append(d.authorized())
                        .append("</authorized>");
                if (d.error() != null) {
                    b.append(ErrorRendering.toXmlElement(d.error()));
                }
                b.append("</resource>");
            }
            return b.append("</resources>").toString();
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("resources");
        for (Decision d : decisions) {
            ObjectNode r = array.addObject();
            r.put("id", d.resource());
            r.put("authorized", d.authorized());
            if (d.error() != null) {
                r.set("error", ErrorRendering.toJsonNode(d.error()));
            }
        }
        return root.toString();
    }

    private static String el(String name, String value) {
        return "<" + name + ">" + XmlEscaper.escape(value) + "</" + name + ">";
    }

    private static Response ok(String body, ResponseFormat format) {
        return Response.ok(body).type(format.mediaTypeWithCharset()).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static Response error(V1StatusError e, ResponseFormat format) {
        return Response.status(e.status()).type(format.mediaTypeWithCharset())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(format == ResponseFormat.XML ? XML_HEAD + e.toXml() : e.toJson()).build();
    }
}
