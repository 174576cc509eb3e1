package dev.tvegate.drm;

import dev.tvegate.testsupport.HexagonalArchitecture;
import dev.tvegate.testsupport.HexagonalArchitectureTest;

/** The dependency rule of STYLE.md: domain ← application ← adapters/config, and nothing framework-ish inside. */
class ArchitectureTest extends HexagonalArchitectureTest {

    ArchitectureTest() {
        super(HexagonalArchitecture.of("dev.tvegate.drm")
                .adapter("rest", "adapter.in..")
                .adapter("redis", "adapter.out.redis..")
                .adapter("persistence", "adapter.out.persistence..")
                .adapter("expressplay", "adapter.out.expressplay..")
                .adapter("local", "adapter.out.local..")
                .adapter("mediatoken", "adapter.out.mediatoken..")
                .domainMayUse("javax.crypto..")
                // service-support (dev.tvegate.support) is edge code: adapters and config only
                .applicationMayNotUse("io.smallrye.faulttolerance..", "dev.tvegate.support.."));
    }
}
