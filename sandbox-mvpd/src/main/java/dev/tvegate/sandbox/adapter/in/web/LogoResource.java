package dev.tvegate.sandbox.adapter.in.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The MVPD's logo, used by the login page and TVE Gate's demo MVPD catalogue. */
@Path("/logo.svg")
@Tag(name = "Web")
public class LogoResource {

    static final String SVG_TYPE = "image/svg+xml";

    private static final String LOGO = """
            <svg xmlns="http://www.w3.org/2000/svg" width="160" height="48" viewBox="0 0 160 48" role="img" \
            aria-label="Sandbox TV">
              <title>Sandbox TV</title>
              <rect x="2" y="6" width="44" height="32" rx="6" fill="#1f4e79"/>
              <rect x="8" y="12" width="32" height="20" rx="3" fill="#f2c14e"/>
              <path d="M18 38 L14 44 M30 38 L34 44" stroke="#1f4e79" stroke-width="3" stroke-linecap="round"/>
              <text x="54" y="31" font-family="Verdana, sans-serif" font-size="18" font-weight="bold" \
            fill="#1f4e79">Sandbox TV</text>
            </svg>
            """;

    @GET
    @Operation(summary = "The Sandbox TV logo (SVG)")
    public Response logo() {
        return Response.ok(LOGO, SVG_TYPE + ";charset=UTF-8")
                .header("Cache-Control", "public, max-age=86400")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }
}
