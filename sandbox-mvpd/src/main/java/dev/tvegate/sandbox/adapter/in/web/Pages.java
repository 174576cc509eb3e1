package dev.tvegate.sandbox.adapter.in.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.tvegate.sandbox.application.port.in.LoginForm;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The HTML pages (Qute, type-checked at build time, HTML-escaped). Pages are self-contained: one inline style
 * sheet, the logo from this service, no scripts, no external assets.
 */
final class Pages {

    /** No scripts at all; inline styles only; images from here; never framed; no base tag games. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance login(LoginForm form);

        static native TemplateInstance error(String mvpdName, String title, String message);

        static native TemplateInstance signedOut(String mvpdName, String clientName);
    }

    private Pages() {
    }

    /** @return {@code page} as an HTML response that is never cached, framed or sniffed */
    static Response html(Response.Status status, TemplateInstance page) {
        return html(status.getStatusCode(), page);
    }

    static Response html(int status, TemplateInstance page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.render())
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    /** @return a 302 to {@code location}, never cached */
    static Response redirect(String location) {
        return Response.status(Response.Status.FOUND)
                .header("Location", location)
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
