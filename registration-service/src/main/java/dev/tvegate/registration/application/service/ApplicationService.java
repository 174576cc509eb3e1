package dev.tvegate.registration.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.registration.application.port.in.ApplicationCommand;
import dev.tvegate.registration.application.port.in.CreatedApplication;
import dev.tvegate.registration.application.port.in.ManageApplicationsUseCase;
import dev.tvegate.registration.application.port.out.ApplicationRepositoryPort;
import dev.tvegate.registration.application.port.out.ServiceProviderRepositoryPort;
import dev.tvegate.registration.application.port.out.SoftwareStatementPort;
import dev.tvegate.registration.domain.error.ConflictException;
import dev.tvegate.registration.domain.error.NotFoundException;
import dev.tvegate.registration.domain.error.ValidationException;
import dev.tvegate.registration.domain.model.RegisteredApplication;
import dev.tvegate.registration.domain.model.ServiceProvider;
import io.smallrye.mutiny.Uni;

public class ApplicationService implements ManageApplicationsUseCase {

    static final String ENTITY = "registered application";
    /** Bytes of CSPRNG output in a legacy v1 private (HMAC) key: 256 bits. */
    static final int LEGACY_PRIVATE_KEY_BYTES = 32;

    private final ApplicationRepositoryPort applications;
    private final ServiceProviderRepositoryPort serviceProviders;
    private final SoftwareStatementPort softwareStatements;
    private final Clock clock;

    public ApplicationService(ApplicationRepositoryPort applications, ServiceProviderRepositoryPort serviceProviders,
            SoftwareStatementPort softwareStatements, Clock clock) {
        this.applications = applications;
        this.serviceProviders = serviceProviders;
        this.softwareStatements = softwareStatements;
        this.clock = clock;
    }

    @Override
    public Uni<CreatedApplication> create(ApplicationCommand command) {
        return serviceProviders.findAll().flatMap(all -> {
            Set<String> known = new TreeSet<>(all.stream().map(ServiceProvider::id).toList());
            List<String> unknown = command.serviceProviders().stream().filter(sp -> !known.contains(sp)).toList();
            if (!unknown.isEmpty()) {
                return Uni.createFrom().failure(
                        new ValidationException("serviceProviders", "unknown service provider(s) " + unknown));
            }
            String privateKey = Secrets.randomToken(LEGACY_PRIVATE_KEY_BYTES);
            RegisteredApplication app = new RegisteredApplication(Secrets.newUuid(), command.name(),
                    command.version(), command.platforms(), command.serviceProviders(), command.scopes(),
                    command.domains(), Secrets.newUuid(), privateKey, false, clock.instant());
            return applications.save(app).map(
                    saved -> new CreatedApplication(saved, softwareStatements.issue(saved), privateKey));
        });
    }

    @Override
    public Uni<RegisteredApplication> get(String id) {
        return applications.findById(id).map(found -> found.orElseThrow(() -> new NotFoundException(ENTITY, id)));
    }

    @Override
    public Uni<List<RegisteredApplication>> list() {
        return applications.findAll();
    }

    @Override
    public Uni<String> softwareStatement(String id) {
        return get(id).map(app -> {
            if (app.revoked()) {
                throw new ConflictException(ENTITY + " '" + id + "' is revoked; its software statement is void");
            }
            return softwareStatements.issue(app);
        });
    }

    @Override
    public Uni<RegisteredApplication> revoke(String id) {
        return get(id).flatMap(app -> app.revoked() ? Uni.createFrom().item(app) : applications.save(app.revoke()));
    }

    @Override
    public Uni<Void> delete(String id) {
        return applications.delete(id).map(deleted -> {
            if (!deleted) {
                throw new NotFoundException(ENTITY, id);
            }
            return null;
        });
    }
}
