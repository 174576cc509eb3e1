package dev.tvegate.drm.adapter.out.expressplay;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.IssuedToken;

/**
 * One answer of an ExpressPlay token host, and how TVE Gate reads it (spec §2 response table, §3.2, §5.2).
 * <ul>
 * <li>2xx: a {@code text/uri-list} URL carrying {@code ExpressPlayToken=<token>} (FairPlay, Widevine, and PlayReady
 * per its HTTP table) or PlayReady's JSON {@code {"licenseAcquisitionUrl","token"}}.</li>
 * <li>otherwise: an error body ({@code errorFormat=json} is forced, but an HTML page is read too) whose ExpressPlay
 * code is the JSON {@code errorCode}, else the first {@code -dddd} in the text.</li>
 * </ul>
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type} header, may be null
 * @param body the body as text, may be null
 */
record ExpressPlayAnswer(int status, String contentType, String body) {

    static final String TOKEN_PARAMETER = "ExpressPlayToken";
    /** What ExpressPlay calls an invalid (here: our configured) customerAuthenticator. */
    static final int CREDENTIAL_REFUSED = -2018;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("(?<![\\w-])-\\d{4}(?!\\d)");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final int MESSAGE_LIMIT = 300;

    /** @return the token the 2xx answer carries, for {@code drm} */
    IssuedToken token(DrmSystem drm) {
        String text = body == null ? "" : body.strip();
        Optional<IssuedToken> token = text.startsWith("{") ? fromJson(drm) : fromUriList(drm, text);
        return token.orElseThrow(() -> new TokenRequestException(TokenErrorCode.UPSTREAM_FAILED,
                "ExpressPlay: unreadable token answer (HTTP " + status + ", " + contentType + ")"));
    }

    /** @return ExpressPlay's numeric error code, if the body names one */
    OptionalInt errorCode() {
        Optional<JsonNode> json = json();
        if (json.isPresent()) {
            JsonNode code = json.get().path("errorCode");
            if (code.canConvertToInt() || code.isTextual() && code.asText().matches("-\\d{4}")) {
                return OptionalInt.of(code.asInt());
            }
        }
        Matcher m = CODE.matcher(body == null ? "" : body);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group())) : OptionalInt.empty();
    }

    /** @return {@code "HTTP <status> <code>"} for logs ({@code -} when there is no code); never the body */
    String summary() {
        OptionalInt code = status / 100 == 2 ? OptionalInt.empty() : errorCode();
        return "HTTP " + status + " " + (code.isPresent() ? String.valueOf(code.getAsInt()) : "-");
    }

    /**
     * The refusal to report for this non-2xx answer.
     * <ul>
     * <li>4xx with a code TVE Gate answers with a 4xx itself → that {@link TokenErrorCode}, details
     * {@code "ExpressPlay: <its message>"};</li>
     * <li>{@value #CREDENTIAL_REFUSED} → {@link TokenErrorCode#ADMIN_ERROR}: the caller's own authenticator was
     * accepted by TVE Gate; ExpressPlay refused the credential TVE Gate holds for the customer;</li>
     * <li>anything else (5xx, unknown code, no code) → {@link TokenErrorCode#UPSTREAM_FAILED},
     * {@code "ExpressPlay answered <status> <code>: <message>"}.</li>
     * </ul>
     *
     * @param secrets strings never to echo (the credential and key sent), blanked out of ExpressPlay's message
     */
    TokenRequestException refusal(Collection<String> secrets) {
        OptionalInt code = errorCode();
        String message = redact(errorMessage(), secrets);
        if (code.isPresent() && code.getAsInt() == CREDENTIAL_REFUSED) {
            return new TokenRequestException(TokenErrorCode.ADMIN_ERROR, "ExpressPlay refused the configured credential");
        }
        Optional<TokenErrorCode> known = status / 100 == 4 && code.isPresent() ? callerError(code.getAsInt())
                : Optional.empty();
        if (known.isPresent()) {
            return new TokenRequestException(known.get(), "ExpressPlay: " + message);
        }
        return new TokenRequestException(TokenErrorCode.UPSTREAM_FAILED, "ExpressPlay answered " + status
                + (code.isPresent() ? " " + code.getAsInt() : "") + (message.isEmpty() ? "" : ": " + message));
    }

    private static Optional<TokenErrorCode> callerError(int code) {
        return Arrays.stream(TokenErrorCode.values())
                .filter(c -> c.code() == code && c.httpStatus() / 100 == 4)
                .findFirst();
    }

    private String errorMessage() {
        Optional<String> fromJson = json().map(j -> j.hasNonNull("errorMessage") ? j.get("errorMessage")
                : j.path("message")).filter(JsonNode::isTextual).map(JsonNode::asText);
        String text = fromJson.orElseGet(() -> TAG.matcher(body == null ? "" : body).replaceAll(" "));
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > MESSAGE_LIMIT ? text.substring(0, MESSAGE_LIMIT) + "…" : text;
    }

    private static String redact(String message, Collection<String> secrets) {
        String out = message;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                out = out.replace(secret, "…");
            }
        }
        return out;
    }

    private Optional<JsonNode> json() {
        if (body == null || !body.strip().startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(body));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private Optional<IssuedToken> fromJson(DrmSystem drm) {
        return json().flatMap(j -> {
            String url = j.path("licenseAcquisitionUrl").asText("");
            String token = j.path("token").asText("");
            return absolute(url) && !token.isBlank() ? Optional.of(new IssuedToken(drm, url, token))
                    : Optional.empty();
        });
    }

    /** The first URI of the list, split at its {@code ExpressPlayToken} parameter (other parameters are kept). */
    private static Optional<IssuedToken> fromUriList(DrmSystem drm, String text) {
        Optional<String> line = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .findFirst();
        int query = line.map(l -> l.indexOf('?')).orElse(-1);
        if (query < 0) {
            return Optional.empty();
        }
        String base = line.get().substring(0, query);
        String token = null;
        List<String> rest = new ArrayList<>();
        for (String pair : line.get().substring(query + 1).split("&")) {
            if (pair.startsWith(TOKEN_PARAMETER + "=") && token == null) {
                token = pair.substring(TOKEN_PARAMETER.length() + 1);
            } else if (!pair.isEmpty()) {
                rest.add(pair);
            }
        }
        if (token == null || token.isEmpty() || !absolute(base)) {
            return Optional.empty();
        }
        String url = rest.isEmpty() ? base : base + "?" + String.join("&", rest);
        return Optional.of(new IssuedToken(drm, url, token));
    }

    private static boolean absolute(String url) {
        try {
            URI uri = URI.create(url);
            return uri.isAbsolute() && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
