package dev.tvegate.systemtests.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP user agent (a web view without JavaScript): GETs and form POSTs with cookies, redirects followed one hop
 * at a time so that each hop can be asserted, and a journal of what it saw.
 */
public final class UserAgent {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> journal = new ArrayList<>();

    /** One answer. */
    public record Page(String method, URI uri, int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        public String location() {
            return header("Location").orElseThrow(() -> new AssertionError(method + " " + uri + " answered " + status
                    + " without a Location header"));
        }

        public boolean isRedirect() {
            return status >= 300 && status < 400 && header("Location").isPresent();
        }

        public String title() {
            return text(TITLE, body);
        }

        public String heading() {
            return text(H1, body);
        }

        /** The value of the hidden input {@code name}. */
        public String hiddenField(String name) {
            Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"\\s+value=\"([^\"]*)\"").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no field " + name + " on " + uri + " (" + status + ")");
            }
            return m.group(1);
        }

        /** The visible text of the page, tags removed and white space collapsed. */
        public String text() {
            return unescape(TAG.matcher(body.replaceAll("(?s)<style.*?</style>", "")).replaceAll(" "))
                    .replaceAll("\\s+", " ").strip();
        }

        private static String text(Pattern p, String body) {
            Matcher m = p.matcher(body == null ? "" : body);
            return m.find() ? unescape(TAG.matcher(m.group(1)).replaceAll("")).replaceAll("\\s+", " ").strip() : "";
        }

        private static String unescape(String s) {
            return s.replace("&#39;", "'").replace("&#x27;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&amp;", "&");
        }
    }

    public Page get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), "GET");
    }

    public Page post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)), "POST");
    }

    /** Follows redirects from {@code page} (at most 10 hops) and returns the first answer that is not one. */
    public Page follow(Page page) {
        Page current = page;
        for (int hops = 0; current.isRedirect(); hops++) {
            if (hops == 10) {
                throw new AssertionError("more than 10 redirects from " + page.uri());
            }
            current = get(current.uri().resolve(current.location()).toString());
        }
        return current;
    }

    /**
     * Signs in on the sandbox MVPD's login form (a page from its {@code /authorize}).
     *
     * @return the sandbox's answer: a 302 back to authn's callback when the credentials are right
     */
    public Page signInAtSandbox(Page loginForm, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("request_id", loginForm.hiddenField("request_id"));
        form.put("username", username);
        form.put("password", password);
        return post(loginForm.uri().resolve("authorize").toString(), form);
    }

    public List<String> journal() {
        return List.copyOf(journal);
    }

    private Page send(HttpRequest.Builder request, String method) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Page page = new Page(method, r.uri(), r.statusCode(), r.headers().map(), r.body());
            journal.add(method + " " + shorten(r.uri()) + " -> " + r.statusCode()
                    + page.header("Location").map(l -> " Location: " + shorten(URI.create(l))).orElse("")
                    + (page.title().isEmpty() ? "" : " \"" + page.title() + "\""));
            return page;
        } catch (IOException e) {
            throw new AssertionError(method + " " + request.build().uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The URI without its query values (codes, states and tokens are never logged in full). */
    static String shorten(URI uri) {
        String s = uri.toString();
        int q = s.indexOf('?');
        if (q < 0) {
            return s;
        }
        String names = java.util.Arrays.stream(s.substring(q + 1).split("&"))
                .map(p -> p.contains("=") ? p.substring(0, p.indexOf('=')) + "=…" : p)
                .collect(Collectors.joining("&"));
        return s.substring(0, q) + "?" + names;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
