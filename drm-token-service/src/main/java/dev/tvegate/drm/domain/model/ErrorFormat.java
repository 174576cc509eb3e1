package dev.tvegate.drm.domain.model;

import java.util.Optional;

/** How token-API errors are rendered: ExpressPlay's {@code errorFormat} parameter ({@code html} is the default). */
public enum ErrorFormat {
    HTML("html"),
    JSON("json");

    private final String parameterValue;

    ErrorFormat(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    public String parameterValue() {
        return parameterValue;
    }

    /** @return the format named exactly {@code value} (case-sensitive, like every token-API parameter) */
    public static Optional<ErrorFormat> fromParameter(String value) {
        for (ErrorFormat f : values()) {
            if (f.parameterValue.equals(value)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
