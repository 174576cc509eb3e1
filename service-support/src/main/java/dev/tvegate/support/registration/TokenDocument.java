package dev.tvegate.support.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The 201 body of registration's {@code POST /o/client/token} (spec §1.3); never prints the token. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenDocument(@JsonProperty("access_token") String accessToken,
        @JsonProperty("expires_in") long expiresIn) {
    @Override
    public String toString() {
        return "TokenDocument[expiresIn=" + expiresIn + "]";
    }
}
