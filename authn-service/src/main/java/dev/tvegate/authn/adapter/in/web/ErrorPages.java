package dev.tvegate.authn.adapter.in.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import dev.tvegate.authn.domain.error.MvpdLoginException;
import dev.tvegate.authn.domain.error.MvpdLoginException.Reason;
import dev.tvegate.kernel.error.Traces;

/**
 * The plain HTML error pages of the user-agent endpoints (spec §2.1: endpoint 5 answers errors in {@code text/html},
 * never EEC JSON): a title and a sentence a viewer understands, what to do next, and a trace id that also appears in
 * the log line. Never a stack trace, never the technical detail.
 */
final class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private record Text(String title, String message, String hint) {
    }

    private ErrorPages() {
    }

    /** @return the page for a login failure; logged at INFO (4xx) or WARN (5xx) with the trace id */
    static Response of(MvpdLoginException e) {
        Reason reason = e.reason();
        String trace = Traces.newTrace();
        if (reason.status() >= 500) {
            LOG.warnf("%d %s (trace %s): %s", reason.status(), reason, trace, e.getMessage());
        } else {
            LOG.infof("%d %s (trace %s): %s", reason.status(), reason, trace, e.getMessage());
        }
        Text text = text(reason);
        String retryUrl = null;
        String activateUrl = null;
        String activateLabel = null;
        if (e.code() != null && e.serviceProvider() != null) {
            if (reason == Reason.SESSION_INCOMPLETE) {
                activateUrl = "/activate?code=" + encode(e.code());
                activateLabel = "Choose your TV provider";
            } else {
                retryUrl = "/api/v2/authenticate/" + encode(e.serviceProvider()) + "/" + encode(e.code());
            }
        } else if (reason == Reason.SESSION_NOT_FOUND || reason == Reason.STATE_UNKNOWN) {
            activateUrl = "/activate";
            activateLabel = "Enter a code";
        }
        Response.ResponseBuilder page = WebPages.html(reason.status(), WebPages.Templates.error(reason.status(),
                text.title(), text.message(), text.hint(), retryUrl, activateUrl, activateLabel, trace))
                .header(WebPages.TRACE_HEADER, trace);
        if (reason.status() == 503) {
            page.header("Retry-After", "30");
        }
        return page.build();
    }

    /** @return the page for anything unexpected: 500, logged at ERROR with the stack trace */
    static Response unexpected(Throwable e, String path) {
        String trace = Traces.newTrace();
        LOG.errorf(e, "500 on %s (trace %s)", path, trace);
        return WebPages.html(500, WebPages.Templates.error(500, "Something went wrong",
                "The sign-in could not be completed because of a problem on our side.",
                "Please try again in a few minutes. If it keeps happening, contact support with the reference below.",
                null, null, null, trace)).header(WebPages.TRACE_HEADER, trace).build();
    }

    /** @return the page for an outage of a dependency (Redis, registration): 503, logged at WARN */
    static Response unavailable(Throwable e, String path) {
        String trace = Traces.newTrace();
        LOG.warnf("503 on %s (trace %s): %s", path, trace, e.toString());
        return WebPages.html(503, WebPages.Templates.error(503, "Sign-in is temporarily unavailable",
                "This page cannot look up codes at the moment.", "Please try again in a few minutes.", null, null,
                null, trace)).header(WebPages.TRACE_HEADER, trace).header("Retry-After", "30").build();
    }

    /** @return a page for a request the endpoint cannot serve (wrong method: 405; bad input: 400) */
    static Response plain(int status, String title, String message) {
        String trace = Traces.newTrace();
        LOG.debugf("%d %s (trace %s)", status, title, trace);
        return WebPages.html(status, WebPages.Templates.error(status, title, message, null, null, null, null,
                trace)).header(WebPages.TRACE_HEADER, trace).build();
    }

    private static Text text(Reason reason) {
        return switch (reason) {
            case SESSION_NOT_FOUND -> new Text("This sign-in link has expired",
                    "The code in this link is not valid any more.",
                    "Start again on your TV or in the app to get a new code.");
            case SESSION_INCOMPLETE -> new Text("Sign-in cannot start yet",
                    "The app has not finished setting up this sign-in (for example, no TV provider is chosen yet).",
                    null);
            case MVPD_NOT_AVAILABLE -> new Text("This TV provider is not available",
                    "Signing in with this TV provider is not possible for this service.",
                    "Start again on your TV or in the app and choose another provider.");
            case STATE_UNKNOWN -> new Text("This sign-in link was already used or has expired",
                    "For your security, each sign-in link works only once and only for a few minutes.",
                    "Start the sign-in again on your TV or in the app.");
            case CALLBACK_INVALID -> new Text("The sign-in could not be completed",
                    "Your TV provider sent back an incomplete or unexpected answer.", null);
            case ACCESS_DENIED -> new Text("Sign-in was cancelled",
                    "Your TV provider did not complete the sign-in.",
                    "If you did not mean to cancel, you can try again.");
            case MVPD_ERROR, MVPD_REFUSED, ID_TOKEN_INVALID -> new Text(
                    "Your TV provider's answer could not be accepted",
                    "The sign-in could not be confirmed with your TV provider.",
                    "Please try again. If it keeps happening, contact support with the reference below.");
            case MVPD_UNAVAILABLE -> new Text("Your TV provider cannot be reached right now",
                    "Your TV provider's sign-in service is not answering at the moment.",
                    "Please try again in a few minutes.");
            case CONFIGURATION_UNAVAILABLE -> new Text("Sign-in is temporarily unavailable",
                    "The sign-in service cannot load its settings at the moment.",
                    "Please try again in a few minutes.");
            case CONFIGURATION_ERROR -> new Text("Sign-in is not set up correctly",
                    "Signing in with this TV provider is not set up correctly on our side.",
                    "Please contact support with the reference below.");
        };
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
