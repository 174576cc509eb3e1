package dev.tvegate.registration.application.service;

import java.util.List;

import dev.tvegate.registration.application.port.in.ManageMvpdsUseCase;
import dev.tvegate.registration.application.port.in.MvpdCommand;
import dev.tvegate.registration.application.port.out.IntegrationRepositoryPort;
import dev.tvegate.registration.application.port.out.MvpdRepositoryPort;
import dev.tvegate.registration.domain.error.ConflictException;
import dev.tvegate.registration.domain.error.NotFoundException;
import dev.tvegate.registration.domain.model.Integration;
import dev.tvegate.registration.domain.model.Mvpd;
import io.smallrye.mutiny.Uni;

public class MvpdService implements ManageMvpdsUseCase {

    static final String ENTITY = "MVPD";

    private final MvpdRepositoryPort mvpds;
    private final IntegrationRepositoryPort integrations;

    public MvpdService(MvpdRepositoryPort mvpds, IntegrationRepositoryPort integrations) {
        this.mvpds = mvpds;
        this.integrations = integrations;
    }

    @Override
    public Uni<Mvpd> create(MvpdCommand command) {
        return mvpds.findById(command.id()).flatMap(existing -> {
            if (existing.isPresent()) {
                return Uni.createFrom().failure(new ConflictException(ENTITY + " '" + command.id() + "' already exists"));
            }
            return mvpds.save(command.toMvpd(null));
        });
    }

    @Override
    public Uni<Mvpd> update(MvpdCommand command) {
        return get(command.id()).flatMap(existing -> mvpds.save(command.toMvpd(existing.endpoints().clientSecret())));
    }

    @Override
    public Uni<Mvpd> get(String id) {
        return mvpds.findById(id).map(found -> found.orElseThrow(() -> new NotFoundException(ENTITY, id)));
    }

    @Override
    public Uni<List<Mvpd>> list() {
        return mvpds.findAll();
    }

    @Override
    public Uni<Void> delete(String id) {
        return get(id).flatMap(mvpd -> integrations.findByMvpd(id)).flatMap(used -> {
            if (!used.isEmpty()) {
                List<String> sps = used.stream().map(Integration::serviceProviderId).sorted().toList();
                return Uni.createFrom().failure(new ConflictException(ENTITY + " '" + id
                        + "' is integrated with service provider(s) " + sps + "; delete those integrations first"));
            }
            return mvpds.delete(id).replaceWithVoid();
        });
    }
}
