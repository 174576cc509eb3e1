package dev.tvegate.sandbox.adapter.in.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.tvegate.sandbox.application.port.in.DescribeProviderUseCase;

/** Ready once the users are loaded and a signing key is published. */
@Readiness
@ApplicationScoped
public class SandboxReadinessCheck implements HealthCheck {

    private final DescribeProviderUseCase provider;

    SandboxReadinessCheck(DescribeProviderUseCase provider) {
        this.provider = provider;
    }

    @Override
    public HealthCheckResponse call() {
        int keys = provider.publicKeys().size();
        return HealthCheckResponse.named("sandbox-mvpd")
                .status(keys > 0)
                .withData("issuer", provider.describe().issuer())
                .withData("signingKeys", keys)
                .build();
    }
}
