package dev.tvegate.systemtests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The running suite: registration-service, sandbox-mvpd, authn-service, authz-service and drm-token-service started
 * from their jars as real processes on free loopback ports, wired to each other, against the local PostgreSQL
 * ({@value #REGISTRATION_DB}, {@value #DRM_DB}) and Redis (logical databases {@value #REGISTRATION_REDIS_DB},
 * {@value #AUTHN_REDIS_DB}, {@value #AUTHZ_REDIS_DB} and {@value #DRM_REDIS_DB}), plus the tenant provisioned through
 * registration's admin API and a DRM customer through drm-token's. One instance per test run (see
 * {@link SuiteExtension}); closing it removes the DRM customer and the tenant and stops the processes.
 */
public final class Suite implements AutoCloseable {

    public static final String REGISTRATION_DB = "tvegate_registration_test";
    public static final int REGISTRATION_REDIS_DB = 13;
    public static final int AUTHN_REDIS_DB = 14;
    /** authz-service's decision cache and throttle buckets (no module's own tests use database 15). */
    public static final int AUTHZ_REDIS_DB = 15;
    public static final String DRM_DB = "tvegate_drm_test";
    /** drm-token-service's single-use ledger and token counters (nothing else uses database 9). */
    public static final int DRM_REDIS_DB = 9;
    /** authz's MVPD entitlement guard, shortened so that the resilience test stays short (see authz README). */
    public static final long AUTHZ_MVPD_TIMEOUT_MS = 500;
    public static final int AUTHZ_MVPD_MAX_RETRIES = 1;
    public static final long AUTHZ_MVPD_RETRY_DELAY_MS = 50;
    public static final int AUTHZ_MVPD_BREAKER_VOLUME = 4;
    public static final long AUTHZ_MVPD_BREAKER_DELAY_MS = 3000;
    /** How long a service may take to become ready on this loaded 2-core machine. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    /** The sandbox's client for TVE Gate and its demo user (sandbox-mvpd/src/main/resources/sandbox-users.json). */
    public static final String SANDBOX_CLIENT_ID = "tvegate";
    public static final String SANDBOX_CLIENT_SECRET = "sandbox-secret";
    public static final String ALICE = "alice";
    public static final String ALICE_PASSWORD = "alice123";
    public static final String ALICE_SUB = "u-alice-001";
    public static final String ALICE_HOUSEHOLD = "hh-1";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final Path workDir;
    private final String runId;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final Thread shutdownHook;
    private ServiceProcess registration;
    private ServiceProcess sandbox;
    private ServiceProcess authn;
    private ServiceProcess authz;
    private ServiceProcess drm;
    private String adminSecret;
    private String internalSecret;
    private String internalToken;
    private Tenant tenant;
    private DrmCustomer drmCustomer;

    private Suite(Path root, Path workDir) {
        this.root = root;
        this.workDir = workDir;
        this.runId = randomId(6);
        this.shutdownHook = new Thread(() -> processes.forEach(ServiceProcess::kill), "system-tests-kill");
    }

    /** Starts the five services in parallel, waits until all are ready, provisions the tenant and DRM customer. */
    public static Suite start() {
        Path root = Path.of(System.getProperty("tvegate.root", "..")).toAbsolutePath().normalize();
        Path buildDir = Path.of(System.getProperty("tvegate.system-tests.build-dir", "target")).toAbsolutePath();
        Suite suite = new Suite(root, buildDir.resolve("system-tests"));
        Runtime.getRuntime().addShutdownHook(suite.shutdownHook);
        long t0 = System.nanoTime();
        try {
            suite.startProcesses();
            System.out.printf("[system-tests] suite up in %d ms (run %s)%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), suite.runId);
            suite.tenant = Tenant.provision(suite);
            System.out.printf("[system-tests] tenant %s provisioned (MVPDs %s, %s) in %d ms total%n",
                    suite.tenant.serviceProvider(), suite.tenant.sandboxMvpd(), suite.tenant.tempPassMvpd(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            suite.drmCustomer = DrmCustomer.provision(suite);
            System.out.printf("[system-tests] DRM customer %d provisioned (key %s for %s) in %d ms total%n",
                    suite.drmCustomer.id(), suite.drmCustomer.kid(), DrmCustomer.RESOURCE,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            return suite;
        } catch (RuntimeException | Error e) {
            suite.close();
            throw e;
        } catch (Exception e) {
            suite.close();
            throw new IllegalStateException("the suite did not start: " + e, e);
        }
    }

    private void startProcesses() throws IOException {
        LocalInfra.requireRunning();
        LocalInfra.ensureDatabase(REGISTRATION_DB);
        LocalInfra.ensureDatabase(DRM_DB);
        Files.createDirectories(workDir);
        Path logs = workDir.resolve("logs");
        Path keys = workDir.resolve("keys");
        writeSigningKey(keys, "st-1");

        int registrationPort = LocalInfra.freePort();
        int sandboxPort = LocalInfra.freePort();
        int authnPort = LocalInfra.freePort();
        int authzPort = LocalInfra.freePort();
        int drmPort = LocalInfra.freePort();
        String registrationUrl = "http://localhost:" + registrationPort;
        String sandboxUrl = "http://localhost:" + sandboxPort;
        String authnUrl = "http://localhost:" + authnPort;
        String authzUrl = "http://localhost:" + authzPort;
        String drmUrl = "http://localhost:" + drmPort;
        adminSecret = randomSecret();
        internalSecret = randomSecret();
        String secretsKey = Base64.getEncoder().encodeToString(randomBytes(32));

        registration = launch("registration-service", registrationPort, logs, List.of(
                "-Dtvegate.registration.issuer=" + registrationUrl,
                reactiveDatasource(REGISTRATION_DB),
                jdbcDatasource(REGISTRATION_DB),
                redisHosts(REGISTRATION_REDIS_DB),
                "-Dtvegate.registration.keys.dir=" + keys,
                "-Dtvegate.registration.keys.current-kid=st-1",
                "-Dtvegate.registration.secrets-key=" + secretsKey,
                // every request of the tests comes from 127.0.0.1: never throttled by accident
                "-Dtvegate.registration.throttle.burst=1000000",
                "-Dtvegate.registration.service-clients.\"tvegate-admin\".secret-sha256=" + sha256Hex(adminSecret),
                "-Dtvegate.registration.service-clients.\"tvegate-admin\".scopes=admin",
                "-Dtvegate.registration.service-clients.\"tvegate-admin\".service-providers=*",
                "-Dtvegate.registration.service-clients.\"tvegate-internal\".secret-sha256="
                        + sha256Hex(internalSecret),
                "-Dtvegate.registration.service-clients.\"tvegate-internal\".scopes=internal",
                "-Dtvegate.registration.service-clients.\"tvegate-internal\".service-providers=*"));
        sandbox = launch("sandbox-mvpd", sandboxPort, logs, List.of(
                "-Dtvegate.sandbox.issuer=" + sandboxUrl,
                "-Dtvegate.sandbox.clients.tvegate.secret=" + SANDBOX_CLIENT_SECRET,
                "-Dtvegate.sandbox.clients.tvegate.redirect-uris=" + authnUrl + "/api/v2/authenticate/callback",
                "-Dtvegate.sandbox.clients.tvegate.post-logout-redirect-uris=" + authnUrl + "/activate/done"));
        String breaker = "-Dquarkus.fault-tolerance.\"dev.tvegate.authn.adapter.out.oidc.OidcRemote/exchangeCode\""
                + ".circuit-breaker.";
        authn = launch("authn-service", authnPort, logs, List.of(
                "-Dtvegate.authn.registration-url=" + registrationUrl,
                "-Dtvegate.authn.registration-issuer=" + registrationUrl,
                "-Dtvegate.authn.service-client.id=tvegate-internal",
                "-Dtvegate.authn.service-client.secret=" + internalSecret,
                "-Dtvegate.authn.public-url=" + authnUrl,
                redisHosts(AUTHN_REDIS_DB),
                "-Dtvegate.authn.throttle.burst=1000000",
                // wrong codes typed on purpose by this and earlier runs in the same minute stay under the IP limit
                "-Dtvegate.authn.activation.max-failed-attempts=100",
                // the outage test opens the MVPD token breaker with 4 calls and sees it close again after 3 s
                breaker + "request-volume-threshold=4",
                breaker + "delay=3",
                breaker + "delay-unit=seconds"));
        Path mediaKeys = workDir.resolve("media-token-keys");
        writeMediaTokenKey(mediaKeys, "st-media-1");
        String guard = "-Dtvegate.authz.mvpd.guard.";
        authz = launch("authz-service", authzPort, logs, List.of(
                "-Dtvegate.authz.registration-url=" + registrationUrl,
                "-Dtvegate.authz.registration-issuer=" + registrationUrl,
                "-Dtvegate.authz.authn-url=" + authnUrl,
                "-Dtvegate.authz.service-client.id=tvegate-internal",
                "-Dtvegate.authz.service-client.secret=" + internalSecret,
                "-Dtvegate.authz.public-url=" + authzUrl,
                "-Dtvegate.authz.media-token.keys.dir=" + mediaKeys,
                redisHosts(AUTHZ_REDIS_DB),
                "-Dtvegate.authz.throttle.burst=1000000",
                // the resilience test: a slow MVPD is cut off after 0.5 s (one retry), the breaker opens after a
                // 4-call window at 50 % and half-opens after 3 s (instead of 2 s, 10 calls, 15 s)
                guard + "timeout=PT" + AUTHZ_MVPD_TIMEOUT_MS / 1000.0 + "S",
                guard + "max-retries=" + AUTHZ_MVPD_MAX_RETRIES,
                guard + "retry-delay=PT" + AUTHZ_MVPD_RETRY_DELAY_MS / 1000.0 + "S",
                guard + "request-volume-threshold=" + AUTHZ_MVPD_BREAKER_VOLUME,
                guard + "breaker-delay=PT" + AUTHZ_MVPD_BREAKER_DELAY_MS / 1000 + "S",
                guard + "success-threshold=1"));
        // drm-token-service: the local backend's license URLs point at itself; media tokens are checked against
        // authz's keys, admin tokens against registration's
        drm = launch("drm-token-service", drmPort, logs, List.of(
                reactiveDatasource(DRM_DB),
                jdbcDatasource(DRM_DB),
                redisHosts(DRM_REDIS_DB),
                "-Dtvegate.drm.gate.jwks-url=" + authzUrl + "/.well-known/media-token-jwks.json",
                "-Dtvegate.drm.admin.registration-url=" + registrationUrl,
                "-Dtvegate.drm.admin.registration-issuer=" + registrationUrl,
                "-Dtvegate.drm.secrets-key=" + Base64.getEncoder().encodeToString(randomBytes(32)),
                "-Dtvegate.drm.public-url=" + drmUrl));
        for (ServiceProcess p : List.of(registration, sandbox, authn, authz, drm)) {
            p.awaitReady(START_TIMEOUT);
        }
    }

    private ServiceProcess launch(String module, int port, Path logs, List<String> properties) throws IOException {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        ServiceProcess p = ServiceProcess.start(module, jar, port, logs, properties);
        processes.add(p);
        return p;
    }

    /** Removes the DRM customer and the tenant (best effort), stops every process, also after a half-way start. */
    @Override
    public void close() {
        if (drmCustomer != null) {
            try {
                drmCustomer.remove();
            } catch (RuntimeException e) {
                System.out.println("[system-tests] DRM customer clean-up incomplete: " + e.getMessage());
            }
        }
        if (tenant != null) {
            try {
                tenant.remove();
            } catch (RuntimeException e) {
                System.out.println("[system-tests] tenant clean-up incomplete: " + e.getMessage());
            }
        }
        for (ServiceProcess p : processes.reversed()) {
            p.close();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }

    // ------------------------------------------------------------------------------------------------ accessors

    public String registrationUrl() {
        return "http://localhost:" + registration.port();
    }

    public String sandboxUrl() {
        return "http://localhost:" + sandbox.port();
    }

    public String authnUrl() {
        return "http://localhost:" + authn.port();
    }

    public String authzUrl() {
        return "http://localhost:" + authz.port();
    }

    public String drmUrl() {
        return "http://localhost:" + drm.port();
    }

    /** Where the app's sessions and logouts send the browser back to (a real page: authn's "You're signed in"). */
    public String appReturnUrl() {
        return authnUrl() + "/activate/done";
    }

    public String adminSecret() {
        return adminSecret;
    }

    /** A token of the suite's own service client {@code tvegate-internal} (scope internal), as authz uses. */
    public synchronized String internalToken() {
        if (internalToken == null) {
            internalToken = Clients.token(registrationUrl(), "tvegate-internal", internalSecret);
        }
        return internalToken;
    }

    public String runId() {
        return runId;
    }

    public Tenant tenant() {
        return tenant;
    }

    public DrmCustomer drmCustomer() {
        return drmCustomer;
    }

    public ServiceProcess authnProcess() {
        return authn;
    }

    public ServiceProcess authzProcess() {
        return authz;
    }

    public ServiceProcess sandboxProcess() {
        return sandbox;
    }

    public ServiceProcess registrationProcess() {
        return registration;
    }

    public Path workDir() {
        return workDir;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String reactiveDatasource(String database) {
        return "-Dquarkus.datasource.reactive.url=postgresql://" + LocalInfra.PG_HOST + ":" + LocalInfra.PG_PORT
                + "/" + database;
    }

    private static String jdbcDatasource(String database) {
        return "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://" + LocalInfra.PG_HOST + ":" + LocalInfra.PG_PORT
                + "/" + database;
    }

    private static String redisHosts(int database) {
        return "-Dquarkus.redis.hosts=redis://" + LocalInfra.REDIS_HOST + ":" + LocalInfra.REDIS_PORT + "/"
                + database;
    }

    /** Writes a PKCS#8 PEM RSA key {@code <kid>.pem}: registration signs access tokens with it. */
    private static void writeSigningKey(Path dir, String kid) throws IOException {
        Files.createDirectories(dir);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Files.writeString(dir.resolve(kid + ".pem"), pem);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes an EC P-256 media-token key {@code <kid>.pem} for authz: PKCS#8 private key plus its public key. */
    private static void writeMediaTokenKey(Path dir, String kid) throws IOException {
        Files.createDirectories(dir);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
            java.security.KeyPair pair = generator.generateKeyPair();
            var mime = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
            String pem = "-----BEGIN PRIVATE KEY-----\n" + mime.encodeToString(pair.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n-----BEGIN PUBLIC KEY-----\n"
                    + mime.encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(dir.resolve(kid + ".pem"), pem);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String randomSecret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** Upper-case letters and digits, starting with a letter. */
    static String randomId(int length) {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        String alphabet = letters + "23456789";
        StringBuilder b = new StringBuilder().append(letters.charAt(RANDOM.nextInt(letters.length())));
        while (b.length() < length) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    static String sha256Hex(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
