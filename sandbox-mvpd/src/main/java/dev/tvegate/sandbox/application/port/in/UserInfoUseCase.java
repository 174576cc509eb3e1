package dev.tvegate.sandbox.application.port.in;

import java.util.Map;
import java.util.Optional;

/** The userinfo endpoint (OpenID Connect Core §5.3). */
public interface UserInfoUseCase {

    /** @return the claims of the token's user, or empty when the token is unknown, expired or revoked */
    Optional<Map<String, Object>> userInfo(String accessToken);
}
