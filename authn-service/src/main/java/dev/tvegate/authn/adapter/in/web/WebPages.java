package dev.tvegate.authn.adapter.in.web;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import dev.tvegate.authn.application.port.in.ActivationResult.ProviderOption;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The service's HTML pages: Qute templates (type-checked at build time, HTML-escaped), self-contained — one inline
 * style sheet, no scripts, no fonts or styles from anywhere else. MVPD logos are the only images; their URLs come
 * from configuration.
 */
final class WebPages {

    /**
     * No scripts at all; inline styles only; images from anywhere (MVPD logos are configured URLs); never framed
     * (click-jacking the provider picker). No {@code form-action}: browsers apply it to the redirect chain that
     * follows a form, which here ends at the MVPD's sign-in page.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "img-src https: http: data:; base-uri 'none'; frame-ancestors 'none'";

    /** Response header repeating the page's support reference (as the JSON APIs do). */
    static final String TRACE_HEADER = "X-Trace-Id";

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance activate(String csrf, String code, String message);

        static native TemplateInstance providers(String csrf, String code, String serviceProviderName,
                List<ProviderOption> providers, String chosenMvpd);

        static native TemplateInstance done();

        static native TemplateInstance error(int status, String title, String message, String hint,
                String retryUrl, String activateUrl, String activateLabel, String trace);
    }

    private WebPages() {
    }

    /** @return {@code page} as an HTML response that is never cached, framed, sniffed or referred from */
    static Response.ResponseBuilder html(int status, TemplateInstance page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.render())
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }

    /** @return a redirect ({@code 302} or {@code 303}) to {@code location}, never cached */
    static Response redirect(int status, String location, NewCookie... cookies) {
        return Response.status(status)
                .header("Location", location)
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .cookie(cookies)
                .build();
    }

    /** @return {@code logoUrl} if an image may be loaded from it (http, https or a data: image), else null */
    static String safeLogo(String logoUrl) {
        if (logoUrl == null) {
            return null;
        }
        String lower = logoUrl.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("data:image/")
                ? logoUrl.strip()
                : null;
    }
}
