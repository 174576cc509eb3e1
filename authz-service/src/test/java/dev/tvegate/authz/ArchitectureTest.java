package dev.tvegate.authz;

import dev.tvegate.testsupport.HexagonalArchitecture;
import dev.tvegate.testsupport.HexagonalArchitectureTest;

/** The dependency rule of STYLE.md: domain ← application ← adapters/config, and nothing framework-ish inside. */
class ArchitectureTest extends HexagonalArchitectureTest {

    ArchitectureTest() {
        super(HexagonalArchitecture.of("dev.tvegate.authz")
                .adapter("rest", "adapter.in..")
                .adapter("redis", "adapter.out.redis..")
                .adapter("registration", "adapter.out.registration..")
                .adapter("authn", "adapter.out.authn..")
                .adapter("mvpd", "adapter.out.mvpd..")
                .adapter("signing", "adapter.out.signing..")
                .domainMayUse("org.w3c.dom..")
                // service-support (dev.tvegate.support) is edge code: adapters and config only
                .applicationMayNotUse("io.smallrye.faulttolerance..", "dev.tvegate.support.."));
    }
}
