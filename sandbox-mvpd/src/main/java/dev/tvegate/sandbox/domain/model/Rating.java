package dev.tvegate.sandbox.domain.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A content rating placed on one age scale so that the two US schemes compare with each other.
 * <p>
 * V-chip (TV Parental Guidelines): TV-Y &lt; TV-Y7 &lt; TV-G &lt; TV-PG &lt; TV-14 &lt; TV-MA. MPAA: G &lt; PG &lt;
 * PG-13 &lt; R &lt; NC-17. Across schemes the usual equivalences apply: G = TV-G, PG = TV-PG, PG-13 = TV-14, R =
 * TV-MA, and NC-17 sits above TV-MA.
 *
 * @param scheme the scheme the value belongs to
 * @param value the canonical value, e.g. {@code TV-PG}, {@code PG-13}
 * @param level the position on the common scale (higher is more restricted)
 */
public record Rating(Scheme scheme, String value, int level) {

    /** The rating schemes the sandbox understands. */
    public enum Scheme {
        VCHIP("urn:v-chip"),
        MPAA("urn:mpaa");

        private final String urn;

        Scheme(String urn) {
            this.urn = urn;
        }

        /** @return the scheme URN used in MRSS {@code media:rating scheme} */
        public String urn() {
            return urn;
        }
    }

    private static final Map<String, Rating> VCHIP = Map.of(
            "TVY", new Rating(Scheme.VCHIP, "TV-Y", 0),
            "TVY7", new Rating(Scheme.VCHIP, "TV-Y7", 1),
            "TVY7FV", new Rating(Scheme.VCHIP, "TV-Y7", 1),
            "TVG", new Rating(Scheme.VCHIP, "TV-G", 2),
            "TVPG", new Rating(Scheme.VCHIP, "TV-PG", 3),
            "TV14", new Rating(Scheme.VCHIP, "TV-14", 4),
            "TVMA", new Rating(Scheme.VCHIP, "TV-MA", 5));

    private static final Map<String, Rating> MPAA = Map.of(
            "G", new Rating(Scheme.MPAA, "G", 2),
            "PG", new Rating(Scheme.MPAA, "PG", 3),
            "PG13", new Rating(Scheme.MPAA, "PG-13", 4),
            "R", new Rating(Scheme.MPAA, "R", 5),
            "NC17", new Rating(Scheme.MPAA, "NC-17", 6));

    /**
     * Reads a rating. Values are case-insensitive and ignore punctuation ({@code pg-13}, {@code PG13} and
     * {@code TV_MA} are understood).
     *
     * @param value the rating value
     * @param scheme the scheme URN ({@code urn:v-chip}, {@code urn:mpaa}, also without {@code urn:}), or null/blank
     *        to infer it from the value ({@code TV-…} is V-chip, anything else MPAA)
     * @return the rating, or empty when the value or the scheme is not recognised
     */
    public static Optional<Rating> parse(String value, String scheme) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String key = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        Optional<Scheme> parsedScheme = scheme == null || scheme.isBlank()
                ? Optional.of(key.startsWith("TV") ? Scheme.VCHIP : Scheme.MPAA)
                : schemeOf(scheme);
        return parsedScheme.map(s -> (s == Scheme.VCHIP ? VCHIP : MPAA).get(key));
    }

    /** @return whether content with this rating is above {@code limit} */
    public boolean exceeds(Rating limit) {
        return level > limit.level;
    }

    private static Optional<Scheme> schemeOf(String scheme) {
        String s = scheme.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("urn:")) {
            s = s.substring(4);
        }
        return switch (s.replace("-", "")) {
            case "vchip" -> Optional.of(Scheme.VCHIP);
            case "mpaa" -> Optional.of(Scheme.MPAA);
            default -> Optional.empty();
        };
    }
}
