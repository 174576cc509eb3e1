package dev.tvegate.drm.application.service;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tvegate.drm.application.port.in.IssueTokenCommand;
import dev.tvegate.drm.application.port.out.ContentKeyPort;
import dev.tvegate.drm.application.port.out.CustomerDirectoryPort;
import dev.tvegate.drm.application.port.out.MediaTokenGatePort;
import dev.tvegate.drm.application.port.out.SingleUseLedgerPort;
import dev.tvegate.drm.application.port.out.TokenIssuerPort;
import dev.tvegate.drm.application.port.out.TokenQuotaPort;
import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.ContentKey;
import dev.tvegate.drm.domain.model.Customer;
import dev.tvegate.drm.domain.model.CustomerAuthenticator;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.IssuedToken;
import dev.tvegate.drm.domain.model.TokenBackend;
import dev.tvegate.drm.domain.model.TokenParameters;
import dev.tvegate.drm.domain.service.AuthenticatorCheck;
import dev.tvegate.drm.domain.service.ContentKeyUnwrap;
import dev.tvegate.drm.domain.service.TokenRequestValidator;
import dev.tvegate.kernel.mediatoken.MediaTokenAlgorithm;
import dev.tvegate.kernel.mediatoken.MediaTokenClaims;
import dev.tvegate.kernel.mediatoken.MediaTokenSigner;
import dev.tvegate.kernel.mediatoken.MediaTokenVerifier;
import io.smallrye.mutiny.Uni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token request's order of checks, the media-token gate and the quota, with in-memory ports. */
class IssueTokenServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String AUTHENTICATOR = "100001,0123456789abcdef0123456789abcdef";
    private static final String TEST_AUTHENTICATOR = "100001,ffffffffffffffffffffffffffffffff";
    private static final String CEK = "00112233445566778899aabbccddeeff";
    private static final String IV = "0f0e0d0c0b0a09080706050403020100";
    private static final String KID = "^channel-ref30";

    private final Map<Long, Customer> customers = new HashMap<>();
    private final Set<String> spent = new HashSet<>();
    private final Map<String, Long> counts = new HashMap<>();
    private final List<TokenIssuerPort.IssueRequest> issued = new ArrayList<>();
    private boolean issuerFails;
    private MediaTokenSigner signer;
    private MediaTokenVerifier verifier;
    private IssueTokenService service;

    @BeforeEach
    void setUp() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = g.generateKeyPair();
        signer = new MediaTokenSigner("mt-1", MediaTokenAlgorithm.ES256, pair.getPrivate());
        verifier = MediaTokenVerifier.fromPublicKey("mt-1", pair.getPublic()).withClock(CLOCK);
        customers.put(100001L, customer(true, Set.of(DrmSystem.values()), true, Set.of("Turner"), OptionalLong.empty()));

        CustomerDirectoryPort directory = id -> Uni.createFrom().item(Optional.ofNullable(customers.get(id)));
        ContentKeyPort keys = (customer, kid) -> Uni.createFrom().item(KID.equals(kid)
                ? Optional.of(new ContentKey(customer, KID, HexFormat.of().parseHex(CEK), Optional.of("REF30")))
                : Optional.empty());
        MediaTokenGatePort gate = (token, resource) -> Uni.createFrom().item(verifier.verify(token, resource));
        SingleUseLedgerPort ledger = (id, ttl) -> Uni.createFrom().item(spent.add(id));
        TokenQuotaPort quota = new TokenQuotaPort() {
            @Override
            public Uni<Boolean> consume(long customerId, YearMonth month, OptionalLong limit) {
                long next = counts.merge(customerId + ":" + month, 1L, Long::sum);
                if (limit.isPresent() && next > limit.getAsLong()) {
                    counts.merge(customerId + ":" + month, -1L, Long::sum);
                    return Uni.createFrom().item(false);
                }
                return Uni.createFrom().item(true);
            }

            @Override
            public Uni<Void> refund(long customerId, YearMonth month) {
                counts.merge(customerId + ":" + month, -1L, Long::sum);
                return Uni.createFrom().voidItem();
            }

            @Override
            public Uni<Long> used(long customerId, YearMonth month) {
                return Uni.createFrom().item(counts.getOrDefault(customerId + ":" + month, 0L));
            }
        };
        TokenIssuerPort issuer = new TokenIssuerPort() {
            @Override
            public TokenBackend backend() {
                return TokenBackend.LOCAL;
            }

            @Override
            public Uni<IssuedToken> issue(IssueRequest request) {
                if (issuerFails) {
                    return Uni.createFrom().failure(new TokenRequestException(TokenErrorCode.UPSTREAM_FAILED));
                }
                issued.add(request);
                return Uni.createFrom().item(new IssuedToken(request.grant().drm(), "https://x/hms/fp/rights/", "T"));
            }
        };
        service = new IssueTokenService(new CustomerAuthentication(directory, Environment.PRODUCTION),
                new TokenRequestValidator(CLOCK), keys, gate, ledger, quota, Map.of(TokenBackend.LOCAL, issuer),
                CLOCK);
    }

    private static Customer customer(boolean enabled, Set<DrmSystem> drms, boolean gate, Set<String> requestors,
            OptionalLong limit) {
        return new Customer(100001L, "Programmer", enabled, TokenBackend.LOCAL, drms, gate, requestors, limit,
                List.of(new CustomerAuthenticator("a1", 100001L, Environment.PRODUCTION,
                        AuthenticatorCheck.sha256(AUTHENTICATOR), "prod", NOW),
                        new CustomerAuthenticator("a2", 100001L, Environment.TEST,
                                AuthenticatorCheck.sha256(TEST_AUTHENTICATOR), "test", NOW)),
                Map.of());
    }

    private String mediaToken(String requestor, String resource, long expiresInSeconds) {
        long iat = NOW.getEpochSecond();
        return signer.sign(new MediaTokenClaims("http://authz", requestor, resource, "Sandbox", null, "sid",
                UUID.randomUUID().toString(), iat, iat, iat + expiresInSeconds));
    }

    private IssuedToken issue(String... pairs) {
        Map<String, List<String>> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return service.issue(new IssueTokenCommand(DrmSystem.FAIRPLAY, TokenParameters.of(m), Optional.empty()))
                .await().atMost(Duration.ofSeconds(5));
    }

    private static void assertRefused(Runnable call, TokenErrorCode code, String detail) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(TokenRequestException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(code);
            assertThat(e.getMessage()).contains(detail);
        });
    }

    @Test
    void aStoredKeyWithAFreshMediaTokenForItsResourceIsIssuedOnceOnly() {
        String mt = mediaToken("Turner", "REF30", 420);
        issue("customerAuthenticator", AUTHENTICATOR, "kid", KID, "iv", IV, "mediaToken", mt);

        assertThat(issued).singleElement().satisfies(r -> {
            assertThat(r.contentKey()).isEqualTo(HexFormat.of().parseHex(CEK));
            assertThat(r.resourceId()).contains("REF30");
            assertThat(r.storedKey()).isPresent();
            assertThat(r.parameters().has("mediaToken")).isFalse();
        });
        assertRefused(() -> issue("customerAuthenticator", AUTHENTICATOR, "kid", KID, "iv", IV, "mediaToken", mt),
                TokenErrorCode.MEDIA_TOKEN_REFUSED, "already used");
        assertThat(issued).hasSize(1);
    }

    @Test
    void theGateRefusesMissingForeignExpiredAndOtherResourceMediaTokens() {
        assertRefused(() -> issue("customerAuthenticator", AUTHENTICATOR, "kid", KID, "iv", IV),
                TokenErrorCode.MEDIA_TOKEN_MISSING, "media token");
        assertRefused(() -> issue("customerAuthenticator", AUTHENTICATOR, "kid", KID, "iv", IV, "mediaToken",
                mediaToken("Turner", "CNN", 420)), TokenErrorCode.MEDIA_TOKEN_REFUSED, "another resource");
        assertRefused(() -> issue("customerAuthenticator", AUTHENTICATOR, "kid", KID, "iv", IV, "mediaToken",
                mediaToken("OtherSP", "REF30", 420)), TokenErrorCode.MEDIA_TOKEN_REFUSED, "requestor OtherSP");
        long iat = NOW.getEpochSecond() - 900;
        String expired = signer.sign(new MediaTokenClaims("http://authz", "Turner", "REF30", "Sandbox", null, "sid",
                "old", iat, iat, iat + 420));
        assertRefused(() -> issue("customerAuthenticator", AUTHENTICATOR, "kid", KID, "iv", IV, "mediaToken",
                expired), TokenErrorCode.MEDIA_TOKEN_INVALID, "expired");
        assertRefused(() -> issue("customerAuthenticator", AUTHENTICATOR, "kid", KID, "iv", IV, "mediaToken",
                "bm90IGEgdG9rZW4="), TokenErrorCode.MEDIA_TOKEN_INVALID, "malformed");
        // an inline key names its resource with resourceId
        assertRefused(() -> issue("customerAuthenticator", AUTHENTICATOR, "contentKey", CEK, "iv", IV, "mediaToken",
                mediaToken("Turner", "REF30", 420)), TokenErrorCode.MEDIA_TOKEN_REFUSED, "resource is unknown");
        issue("customerAuthenticator", AUTHENTICATOR, "contentKey", CEK, "iv", IV, "resourceId", "REF30",
                "mediaToken", mediaToken("Turner", "REF30", 420));
        assertThat(issued).hasSize(1);
    }

    @Test
    void authenticationComesFirstThenErrorFormatThenTheDrmThenTheParameters() {
        assertRefused(() -> issue("iv", "zz"), TokenErrorCode.AUTHENTICATOR_MISSING, "not supplied");
        assertRefused(() -> issue("customerAuthenticator", "nonsense", "iv", "zz"),
                TokenErrorCode.AUTHENTICATOR_INVALID, "malformed");
        assertRefused(() -> issue("customerAuthenticator", "100001,00000000000000000000000000000000"),
                TokenErrorCode.AUTHENTICATOR_INVALID, "unknown authenticator");
        assertRefused(() -> issue("customerAuthenticator", "999999,0123456789abcdef0123456789abcdef"),
                TokenErrorCode.AUTHENTICATOR_INVALID, "unknown authenticator");
        assertRefused(() -> issue("customerAuthenticator", TEST_AUTHENTICATOR),
                TokenErrorCode.AUTHENTICATOR_INVALID, "production environment");
        assertRefused(() -> issue("customerAuthenticator", AUTHENTICATOR, "errorFormat", "xml", "iv", "zz"),
                TokenErrorCode.ERROR_FORMAT_INVALID, "xml");
        customers.put(100001L, customer(true, Set.of(DrmSystem.WIDEVINE), true, Set.of(), OptionalLong.empty()));
        assertRefused(() -> issue("customerAuthenticator", AUTHENTICATOR), TokenErrorCode.FAIRPLAY_NOT_AUTHORIZED,
                "FairPlay");
        customers.put(100001L, customer(false, Set.of(DrmSystem.values()), true, Set.of(), OptionalLong.empty()));
        assertRefused(() -> issue("customerAuthenticator", AUTHENTICATOR), TokenErrorCode.ACCOUNT_DISABLED,
                "disabled");
    }

    @Test
    void keysComeFromStorageOrAreUnwrappedWithTheKek() {
        customers.put(100001L, customer(true, Set.of(DrmSystem.values()), false, Set.of(), OptionalLong.empty()));
        assertRefused(() -> issue("customerAuthenticator", AUTHENTICATOR, "kid", "^unknown", "iv", IV),
                TokenErrorCode.KEY_NOT_IN_STORAGE, "^unknown");
        byte[] kek = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
        String ek = HexFormat.of().formatHex(ContentKeyUnwrap.wrap(kek, HexFormat.of().parseHex(CEK)));
        issue("customerAuthenticator", AUTHENTICATOR, "kek", HexFormat.of().formatHex(kek), "ek", ek, "iv", IV);
        assertThat(issued.getLast().contentKey()).isEqualTo(HexFormat.of().parseHex(CEK));
        assertRefused(() -> issue("customerAuthenticator", AUTHENTICATOR, "kek", "ffffffffffffffffffffffffffffffff",
                "ek", ek, "iv", IV), TokenErrorCode.KEY_DATA_INVALID, "unwrap");
    }

    @Test
    void theMonthlyLimitAnswers2019AndAFailedIssueGivesItsCountBack() {
        customers.put(100001L, customer(true, Set.of(DrmSystem.values()), false, Set.of(), OptionalLong.of(2)));
        String month = "100001:" + YearMonth.from(NOW.atZone(ZoneOffset.UTC));
        issuerFails = true;
        assertRefused(() -> issue("customerAuthenticator", AUTHENTICATOR, "contentKey", CEK, "iv", IV),
                TokenErrorCode.UPSTREAM_FAILED, "ExpressPlay");
        assertThat(counts.get(month)).isZero();
        issuerFails = false;
        issue("customerAuthenticator", AUTHENTICATOR, "contentKey", CEK, "iv", IV);
        issue("customerAuthenticator", AUTHENTICATOR, "contentKey", CEK, "iv", IV);
        assertRefused(() -> issue("customerAuthenticator", AUTHENTICATOR, "contentKey", CEK, "iv", IV),
                TokenErrorCode.NOT_ENOUGH_TOKENS, "limit of 2");
        assertThat(counts.get(month)).isEqualTo(2);
    }
}
