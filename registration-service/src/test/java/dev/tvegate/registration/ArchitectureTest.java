package dev.tvegate.registration;

import dev.tvegate.testsupport.HexagonalArchitecture;
import dev.tvegate.testsupport.HexagonalArchitectureTest;

/** The dependency rule of STYLE.md: domain ← application ← adapters/config, and nothing framework-ish inside. */
class ArchitectureTest extends HexagonalArchitectureTest {

    ArchitectureTest() {
        super(HexagonalArchitecture.of("dev.tvegate.registration")
                .adapter("rest", "adapter.in..")
                .adapter("persistence", "adapter.out.persistence..")
                .adapter("redis", "adapter.out.redis..")
                .adapter("security", "adapter.out.security..")
                // service-support (dev.tvegate.support) is edge code: adapters and config only
                .applicationMayNotUse("org.hibernate..", "dev.tvegate.support.."));
    }
}
