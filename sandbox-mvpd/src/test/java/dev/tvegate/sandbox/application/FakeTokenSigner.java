package dev.tvegate.sandbox.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tvegate.sandbox.application.port.out.TokenSignerPort;

/** Remembers what it "signed"; tokens are opaque handles. */
final class FakeTokenSigner implements TokenSignerPort {

    private final Map<String, Map<String, Object>> signed = new HashMap<>();
    private Map<String, Object> last;

    @Override
    public String sign(Map<String, Object> claims) {
        String token = "fake-jwt-" + signed.size();
        signed.put(token, Map.copyOf(claims));
        last = claims;
        return token;
    }

    @Override
    public Optional<Map<String, Object>> readOwnToken(String compactJws) {
        return Optional.ofNullable(signed.get(compactJws));
    }

    @Override
    public List<Map<String, Object>> publicJwks() {
        return List.of(Map.of("kty", "RSA", "kid", "fake"));
    }

    Map<String, Object> lastClaims() {
        return last;
    }
}
