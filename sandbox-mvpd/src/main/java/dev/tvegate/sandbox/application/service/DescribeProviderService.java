package dev.tvegate.sandbox.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.tvegate.sandbox.application.ProviderSettings;
import dev.tvegate.sandbox.application.port.in.DescribeProviderUseCase;
import dev.tvegate.sandbox.application.port.out.TokenSignerPort;
import dev.tvegate.sandbox.application.port.out.UserDirectoryPort;

/** Discovery metadata and public keys. */
public final class DescribeProviderService implements DescribeProviderUseCase {

    private final ProviderSettings settings;
    private final UserDirectoryPort users;
    private final TokenSignerPort signer;

    public DescribeProviderService(ProviderSettings settings, UserDirectoryPort users, TokenSignerPort signer) {
        this.settings = settings;
        this.users = users;
        this.signer = signer;
    }

    @Override
    public ProviderDescription describe() {
        List<String> claims = new ArrayList<>(UserClaims.STANDARD);
        users.directory().attributeNames().stream()
                .filter(name -> !UserClaims.RESERVED.contains(name))
                .forEach(claims::add);
        return new ProviderDescription(settings.issuer(), settings.mvpdName(), ProviderSettings.SUPPORTED_SCOPES,
                claims);
    }

    @Override
    public List<Map<String, Object>> publicKeys() {
        return signer.publicJwks();
    }
}
