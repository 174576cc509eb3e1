package dev.tvegate.drm.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.tvegate.drm.application.port.in.IssueTokenCommand;
import dev.tvegate.drm.application.port.in.IssueTokenUseCase;
import dev.tvegate.drm.application.port.out.ContentKeyPort;
import dev.tvegate.drm.application.port.out.MediaTokenGatePort;
import dev.tvegate.drm.application.port.out.SingleUseLedgerPort;
import dev.tvegate.drm.application.port.out.TokenIssuerPort;
import dev.tvegate.drm.application.port.out.TokenIssuerPort.IssueRequest;
import dev.tvegate.drm.application.port.out.TokenQuotaPort;
import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.ContentKey;
import dev.tvegate.drm.domain.model.Customer;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.ErrorFormat;
import dev.tvegate.drm.domain.model.IssuedToken;
import dev.tvegate.drm.domain.model.KeySource;
import dev.tvegate.drm.domain.model.TokenBackend;
import dev.tvegate.drm.domain.model.TokenGrant;
import dev.tvegate.drm.domain.model.TokenParameters;
import dev.tvegate.drm.domain.service.ContentKeyUnwrap;
import dev.tvegate.drm.domain.service.TokenRequestValidator;
import dev.tvegate.kernel.mediatoken.MediaTokenVerification;
import io.smallrye.mutiny.Uni;

/**
 * The token request, in ExpressPlay's order (spec §8.1): authenticator (-2017/-2018/-2031) → {@code errorFormat}
 * (-3004) → the DRM enabled for the customer → the parameters ({@link TokenRequestValidator}) → the content key
 * (key storage -4019, unwrap -6005) → the media-token gate → the monthly quota (-2019) → the customer's issuer.
 * <p>
 * The gate (on unless the customer turned it off): the request carries a media token from authz-service
 * ({@code mediaToken} or {@code Authorization: Bearer}) for the resource the key belongs to (the key-storage entry's
 * resource, else the request's {@code resourceId}), signed by authz, unexpired, issued to one of the customer's
 * requestors, and never used before (spent here, before minting: a request that then fails does not get it back).
 */
public final class IssueTokenService implements IssueTokenUseCase {

    /** TVE Gate's own parameters: read here, never forwarded to ExpressPlay. */
    public static final String MEDIA_TOKEN = "mediaToken";
    public static final String RESOURCE_ID = "resourceId";
    static final String AUTHENTICATOR = "customerAuthenticator";
    static final String ERROR_FORMAT = "errorFormat";
    private static final Set<String> OWN_PARAMETERS = Set.of(MEDIA_TOKEN, RESOURCE_ID);
    private static final Duration LEDGER_SKEW = Duration.ofSeconds(30);

    private final CustomerAuthentication authentication;
    private final TokenRequestValidator validator;
    private final ContentKeyPort contentKeys;
    private final MediaTokenGatePort gate;
    private final SingleUseLedgerPort ledger;
    private final TokenQuotaPort quota;
    private final Map<TokenBackend, TokenIssuerPort> issuers;
    private final Clock clock;

    public IssueTokenService(CustomerAuthentication authentication, TokenRequestValidator validator,
            ContentKeyPort contentKeys, MediaTokenGatePort gate, SingleUseLedgerPort ledger, TokenQuotaPort quota,
            Map<TokenBackend, TokenIssuerPort> issuers, Clock clock) {
        this.authentication = authentication;
        this.validator = validator;
        this.contentKeys = contentKeys;
        this.gate = gate;
        this.ledger = ledger;
        this.quota = quota;
        this.issuers = Map.copyOf(issuers);
        this.clock = clock;
    }

    @Override
    public Uni<IssuedToken> issue(IssueTokenCommand command) {
        TokenParameters params = command.parameters();
        return authentication.authenticate(params.first(AUTHENTICATOR)).flatMap(customer -> {
            checkErrorFormat(params);
            checkDrmEnabled(customer, command.drm());
            TokenGrant grant = validator.validate(command.drm(), params);
            return resolveKey(customer, grant).flatMap(key -> admit(customer, command, key)
                    .flatMap(admitted -> count(customer).flatMap(month -> mint(customer, grant, key, admitted,
                            params.without(OWN_PARAMETERS))
                            .onFailure().call(() -> quota.refund(customer.id(), month)))));
        });
    }

    private static void checkErrorFormat(TokenParameters params) {
        params.first(ERROR_FORMAT).ifPresent(value -> {
            if (ErrorFormat.fromParameter(value).isEmpty()) {
                throw new TokenRequestException(TokenErrorCode.ERROR_FORMAT_INVALID, value);
            }
        });
    }

    private static void checkDrmEnabled(Customer customer, DrmSystem drm) {
        if (!customer.drms().contains(drm)) {
            throw new TokenRequestException(switch (drm) {
                case FAIRPLAY -> TokenErrorCode.FAIRPLAY_NOT_AUTHORIZED;
                case WIDEVINE -> TokenErrorCode.WIDEVINE_DISABLED;
                case PLAYREADY -> TokenErrorCode.PLAYREADY_NOT_ENABLED;
            });
        }
    }

    /** The CEK and, when it came from key storage, the entry (its resource feeds the gate). */
    private record ResolvedKey(byte[] contentKey, Optional<ContentKey> stored) {
    }

    private Uni<ResolvedKey> resolveKey(Customer customer, TokenGrant grant) {
        return switch (grant.keySource()) {
            case KeySource.Inline inline -> Uni.createFrom().item(new ResolvedKey(inline.contentKey(), Optional.empty()));
            case KeySource.Wrapped wrapped -> Uni.createFrom().item(
                    () -> new ResolvedKey(ContentKeyUnwrap.unwrap(wrapped.kek(), wrapped.encryptedKey()),
                            Optional.empty()));
            case KeySource.Stored stored -> contentKeys.find(customer.id(), stored.kid())
                    .map(found -> found.map(k -> new ResolvedKey(k.key(), Optional.of(k)))
                            .orElseThrow(() -> new TokenRequestException(TokenErrorCode.KEY_NOT_IN_STORAGE,
                                    "no key " + stored.kid() + " in key storage")));
        };
    }

    /** What the gate admitted: the resource and the spent media token; empty when the customer has no gate. */
    private record Admission(Optional<String> resourceId, Optional<String> mediaTokenId) {
        static final Admission UNGATED = new Admission(Optional.empty(), Optional.empty());
    }

    private Uni<Admission> admit(Customer customer, IssueTokenCommand command, ResolvedKey key) {
        if (!customer.gateEnabled()) {
            return Uni.createFrom().item(Admission.UNGATED);
        }
        Optional<String> mediaToken = command.parameters().first(MEDIA_TOKEN).or(command::bearerMediaToken)
                .filter(t -> !t.isBlank());
        if (mediaToken.isEmpty()) {
            return refused(TokenErrorCode.MEDIA_TOKEN_MISSING, "a media token from authz is required (mediaToken)");
        }
        Optional<String> resource = key.stored().flatMap(ContentKey::resourceId)
                .or(() -> command.parameters().first(RESOURCE_ID));
        if (resource.isEmpty()) {
            return refused(TokenErrorCode.MEDIA_TOKEN_REFUSED,
                    "the resource is unknown: bind the key to a resource in key storage or send resourceId");
        }
        return gate.verify(mediaToken.get(), resource.get()).flatMap(v -> {
            TokenRequestException refusal = refusal(customer, v);
            if (refusal != null) {
                return Uni.createFrom().failure(refusal);
            }
            Duration remaining = Duration.between(clock.instant(),
                    Instant.ofEpochSecond(v.claims().expiresAt())).plus(LEDGER_SKEW);
            return ledger.claim(v.tokenId(), remaining).map(first -> {
                if (!first) {
                    throw new TokenRequestException(TokenErrorCode.MEDIA_TOKEN_REFUSED, "media token already used");
                }
                return new Admission(resource, Optional.of(v.tokenId()));
            });
        });
    }

    private static TokenRequestException refusal(Customer customer, MediaTokenVerification v) {
        return switch (v.status()) {
            case VALID_TOKEN -> customer.requestors().isEmpty() || customer.requestors().contains(v.requestor()) ? null
                    : new TokenRequestException(TokenErrorCode.MEDIA_TOKEN_REFUSED,
                            "media token issued to requestor " + v.requestor() + ", not one of this customer's");
            case INVALID_RESOURCE_ID -> new TokenRequestException(TokenErrorCode.MEDIA_TOKEN_REFUSED,
                    "media token is for another resource");
            case TOKEN_EXPIRED -> new TokenRequestException(TokenErrorCode.MEDIA_TOKEN_INVALID, "media token expired");
            case INVALID_SIGNATURE -> new TokenRequestException(TokenErrorCode.MEDIA_TOKEN_INVALID,
                    "media token signature invalid");
            case INVALID_TOKEN_FORMAT -> new TokenRequestException(TokenErrorCode.MEDIA_TOKEN_INVALID,
                    "media token malformed");
            default -> new TokenRequestException(TokenErrorCode.UPSTREAM_UNAVAILABLE,
                    "media-token keys unavailable");
        };
    }

    private Uni<YearMonth> count(Customer customer) {
        YearMonth month = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        return quota.consume(customer.id(), month, customer.monthlyTokenLimit()).map(ok -> {
            if (!ok) {
                throw new TokenRequestException(TokenErrorCode.NOT_ENOUGH_TOKENS,
                        "monthly limit of " + customer.monthlyTokenLimit().getAsLong() + " reached");
            }
            return month;
        });
    }

    private Uni<IssuedToken> mint(Customer customer, TokenGrant grant, ResolvedKey key, Admission admission,
            TokenParameters forwarded) {
        TokenIssuerPort issuer = issuers.get(customer.backend());
        if (issuer == null) {
            return Uni.createFrom().failure(new TokenRequestException(TokenErrorCode.ADMIN_ERROR,
                    "backend " + customer.backend().id() + " is not available"));
        }
        return issuer.issue(new IssueRequest(customer, authentication.environment(), grant, key.contentKey(),
                key.stored(), admission.resourceId(), admission.mediaTokenId(), forwarded));
    }

    private static <T> Uni<T> refused(TokenErrorCode code, String details) {
        return Uni.createFrom().failure(new TokenRequestException(code, details));
    }
}
