package dev.tvegate.registration.adapter.in.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.registration.adapter.in.rest.admin.AdminCommands;
import dev.tvegate.registration.adapter.in.rest.admin.dto.ApplicationRequest;
import dev.tvegate.registration.application.port.in.ManageApplicationsUseCase;
import dev.tvegate.registration.application.port.in.ManageIntegrationsUseCase;
import dev.tvegate.registration.application.port.in.ManageMvpdsUseCase;
import dev.tvegate.registration.application.port.in.ManageServiceProvidersUseCase;
import dev.tvegate.registration.config.CatalogueConfig;
import dev.tvegate.registration.domain.error.NotFoundException;
import dev.tvegate.registration.domain.model.RegisteredApplication;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;

/**
 * Loads the demo tenant ({@code demo/demo-tenant.json}: service provider REF30, MVPDs Sandbox and TempPass_TEST40,
 * their integrations and the "TVE Gate demo app") at start-up when {@code tvegate.registration.demo.enabled=true}
 * and its first service provider does not exist yet. On every such start the demo application's software statement
 * is (re)written to {@code tvegate.registration.demo.statement-file}, so the local-run script can register a client.
 * It goes through the same use cases as the admin API, so the demo data is validated like any other.
 */
@ApplicationScoped
public class DemoTenantLoader {

    static final String RESOURCE = "demo/demo-tenant.json";
    private static final Logger LOG = Logger.getLogger(DemoTenantLoader.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final CatalogueConfig config;
    private final ObjectMapper mapper;
    private final ManageServiceProvidersUseCase serviceProviders;
    private final ManageMvpdsUseCase mvpds;
    private final ManageIntegrationsUseCase integrations;
    private final ManageApplicationsUseCase applications;

    public DemoTenantLoader(CatalogueConfig config, ObjectMapper mapper, ManageServiceProvidersUseCase serviceProviders,
            ManageMvpdsUseCase mvpds, ManageIntegrationsUseCase integrations, ManageApplicationsUseCase applications) {
        this.config = config;
        this.mapper = mapper;
        this.serviceProviders = serviceProviders;
        this.mvpds = mvpds;
        this.integrations = integrations;
        this.applications = applications;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.demo().enabled()) {
            load(read(mapper), Path.of(config.demo().statementFile()));
        }
    }

    /**
     * Loads {@code tenant} unless its first service provider exists, then writes the software statement of its first
     * application to {@code statementFile}. Blocking: start-up runs on the main thread, and the adapters move their
     * work onto a Vert.x context themselves.
     */
    void load(DemoTenant tenant, Path statementFile) {
        String marker = tenant.serviceProviders().get(0).id();
        boolean present = serviceProviders.get(marker).map(sp -> true)
                .onFailure(NotFoundException.class).recoverWithItem(false).await().atMost(TIMEOUT);
        if (present) {
            LOG.infof("Demo tenant: service provider %s already exists, nothing loaded", marker);
        } else {
            create(tenant).await().atMost(TIMEOUT);
            LOG.infof("Demo tenant loaded: service providers %s, MVPDs %s, %d integration(s), application(s) %s",
                    tenant.serviceProviders().stream().map(sp -> sp.id()).toList(),
                    tenant.mvpds().stream().map(m -> m.id()).toList(), tenant.integrations().size(),
                    tenant.applications().stream().map(ApplicationRequest::name).toList());
        }
        writeStatement(tenant, statementFile);
    }

    static DemoTenant read(ObjectMapper mapper) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo tenant resource " + RESOURCE + " is missing");
            }
            return mapper.readValue(in, DemoTenant.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private Uni<Void> create(DemoTenant tenant) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var sp : tenant.serviceProviders()) {
            chain = chain.chain(() -> serviceProviders.create(AdminCommands.serviceProvider(sp.id(), sp))
                    .replaceWithVoid());
        }
        for (var m : tenant.mvpds()) {
            chain = chain.chain(() -> mvpds.create(AdminCommands.mvpd(m.id(), m)).replaceWithVoid());
        }
        for (var i : tenant.integrations()) {
            chain = chain.chain(() -> integrations
                    .upsert(AdminCommands.integration(i.serviceProvider(), i.mvpd(), i.settings())).replaceWithVoid());
        }
        for (var app : tenant.applications()) {
            chain = chain.chain(() -> applications.create(AdminCommands.application(app)).replaceWithVoid());
        }
        return chain;
    }

    /** Writes the software statement of the first demo application (by name) that is not revoked. */
    private void writeStatement(DemoTenant tenant, Path statementFile) {
        if (tenant.applications().isEmpty()) {
            return;
        }
        ApplicationRequest wanted = tenant.applications().get(0);
        String name = wanted.name();
        Optional<RegisteredApplication> app = applications.list().await().atMost(TIMEOUT).stream()
                .filter(a -> a.name().equals(name) && !a.revoked()
                        && a.serviceProviders().containsAll(wanted.serviceProviders()))
                .findFirst();
        if (app.isEmpty()) {
            LOG.warnf("Demo tenant: no usable application named '%s'; no software statement written", name);
            return;
        }
        String statement = applications.softwareStatement(app.get().id()).await().atMost(TIMEOUT);
        Path file = statementFile.toAbsolutePath();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, statement + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo software statement to " + file, e);
        }
        LOG.infof("Demo application '%s' (id %s): software statement written to %s", name, app.get().id(), file);
    }
}
