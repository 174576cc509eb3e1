package dev.tvegate.authn.application.service;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tvegate.authn.application.port.in.LogoutCommand;
import dev.tvegate.authn.application.port.in.LogoutResult;
import dev.tvegate.authn.application.port.in.LogoutUseCase;
import dev.tvegate.authn.application.port.out.ConfigurationPort;
import dev.tvegate.authn.application.port.out.MvpdLoginPort;
import dev.tvegate.authn.application.port.out.ProfileStorePort;
import dev.tvegate.authn.domain.model.DeviceContext;
import dev.tvegate.authn.domain.model.IntegrationConfig;
import dev.tvegate.authn.domain.model.MvpdConfig;
import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileKey;
import dev.tvegate.authn.domain.model.ProfileType;
import io.smallrye.mutiny.Uni;

/**
 * Logout (spec §4.8): deletes the caller's profile for the MVPD (which tells authz to forget its cached decisions)
 * and answers
 * <ul>
 * <li>{@code logout}/{@code interactive} with the MVPD's end-session URL ({@code id_token_hint},
 * {@code post_logout_redirect_uri} = redirectUrl) when a regular profile was deleted and the MVPD has one;</li>
 * <li>{@code complete}/{@code none} for degraded and temporary profiles, TempPass MVPDs, or an MVPD without an
 * end-session URL;</li>
 * <li>{@code invalid}/{@code none} when there was no valid profile.</li>
 * </ul>
 * The end-session URL comes from the MVPD's login adapter (selected by protocol: OIDC discovery's
 * {@code end_session_endpoint} or the configured override); without an adapter for the protocol, from the configured
 * {@code logoutUrl}.
 */
public final class LogoutService implements LogoutUseCase {

    private final ConfigurationPort configuration;
    private final ProfileStorePort profiles;
    private final Map<String, MvpdLoginPort> loginAdapters;

    public LogoutService(ConfigurationPort configuration, ProfileStorePort profiles,
            Map<String, MvpdLoginPort> loginAdapters) {
        this.configuration = configuration;
        this.profiles = profiles;
        this.loginAdapters = Map.copyOf(loginAdapters);
    }

    @Override
    public Uni<LogoutResult> logout(LogoutCommand command) {
        return Requests.serviceProvider(configuration, command.serviceProvider()).chain(config -> {
            DeviceContext device = Requests.device(command.device());
            IntegrationConfig integration = Requests.enabledIntegration(config, command.mvpd());
            String redirectUrl = Requests.redirectUrl(command.redirectUrl());
            ProfileKey key = new ProfileKey(command.client().clientId(), device.deviceId(),
                    config.serviceProvider().id());
            String mvpd = integration.mvpdId();
            return profiles.delete(key, mvpd).chain(deleted -> answer(integration, deleted, redirectUrl));
        });
    }

    private Uni<LogoutResult> answer(IntegrationConfig integration, List<Profile> deleted, String redirectUrl) {
        String mvpd = integration.mvpdId();
        Optional<Profile> regular = deleted.stream().filter(p -> p.type() == ProfileType.REGULAR).findFirst();
        if (deleted.isEmpty()) {
            return Uni.createFrom().item(new LogoutResult(mvpd, LogoutResult.INVALID, LogoutResult.NONE, null));
        }
        LogoutResult complete = new LogoutResult(mvpd, LogoutResult.COMPLETE, LogoutResult.NONE, null);
        if (regular.isEmpty() || integration.isTempPass()) {
            return Uni.createFrom().item(complete);
        }
        return endSessionUrl(integration.mvpd(), regular.get().idTokenHint(), redirectUrl)
                .map(url -> url.map(u -> new LogoutResult(mvpd, LogoutResult.LOGOUT, LogoutResult.INTERACTIVE,
                        u.toString())).orElse(complete));
    }

    private Uni<Optional<URI>> endSessionUrl(MvpdConfig mvpd, String idTokenHint, String redirectUrl) {
        MvpdLoginPort adapter = loginAdapters.get(mvpd.protocol());
        if (adapter != null) {
            return adapter.endSessionUrl(mvpd, idTokenHint, redirectUrl);
        }
        return Uni.createFrom().item(configuredLogoutUrl(mvpd, idTokenHint, redirectUrl));
    }

    /** The configured {@code logoutUrl} with the OIDC RP-initiated logout parameters. */
    static Optional<URI> configuredLogoutUrl(MvpdConfig mvpd, String idTokenHint, String redirectUrl) {
        String base = mvpd.endpoints() == null ? null : mvpd.endpoints().logoutUrl();
        if (base == null || base.isBlank() || !Requests.isAbsoluteHttpUrl(base)) {
            return Optional.empty();
        }
        StringBuilder url = new StringBuilder(base);
        char separator = base.contains("?") ? '&' : '?';
        if (idTokenHint != null) {
            url.append(separator).append("id_token_hint=").append(encode(idTokenHint));
            separator = '&';
        }
        url.append(separator).append("post_logout_redirect_uri=").append(encode(redirectUrl));
        if (mvpd.endpoints().clientId() != null) {
            url.append("&client_id=").append(encode(mvpd.endpoints().clientId()));
        }
        return Optional.of(URI.create(url.toString()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
