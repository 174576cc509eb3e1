package dev.tvegate.authn;

import dev.tvegate.testsupport.HexagonalArchitecture;
import dev.tvegate.testsupport.HexagonalArchitectureTest;

/** The dependency rule of STYLE.md: domain ← application ← adapters/config, and nothing framework-ish inside. */
class ArchitectureTest extends HexagonalArchitectureTest {

    ArchitectureTest() {
        super(HexagonalArchitecture.of("dev.tvegate.authn")
                .adapter("rest", "adapter.in..")
                .adapter("redis", "adapter.out.redis..")
                .adapter("registration", "adapter.out.registration..")
                .adapter("oidc", "adapter.out.oidc..")
                // service-support (dev.tvegate.support) is edge code: adapters and config only
                .applicationMayNotUse("io.smallrye.faulttolerance..", "dev.tvegate.support.."));
    }
}
