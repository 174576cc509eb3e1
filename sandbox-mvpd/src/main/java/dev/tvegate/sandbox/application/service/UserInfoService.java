package dev.tvegate.sandbox.application.service;

import java.util.Map;
import java.util.Optional;

import dev.tvegate.sandbox.application.port.in.UserInfoUseCase;
import dev.tvegate.sandbox.application.port.out.AccessTokenStorePort;
import dev.tvegate.sandbox.application.port.out.UserDirectoryPort;
import dev.tvegate.sandbox.domain.model.UserDirectory;

/** Answers userinfo with the same user claims the ID token carries. */
public final class UserInfoService implements UserInfoUseCase {

    private final AccessTokenStorePort accessTokens;
    private final UserDirectoryPort users;

    public UserInfoService(AccessTokenStorePort accessTokens, UserDirectoryPort users) {
        this.accessTokens = accessTokens;
        this.users = users;
    }

    @Override
    public Optional<Map<String, Object>> userInfo(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            return Optional.empty();
        }
        UserDirectory directory = users.directory();
        return accessTokens.find(accessToken)
                .flatMap(token -> directory.bySubject(token.subject()))
                .map(user -> UserClaims.of(user, directory));
    }
}
