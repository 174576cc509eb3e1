package dev.tvegate.registration.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.tvegate.registration.domain.model.Mvpd;
import io.smallrye.mutiny.Uni;

public interface MvpdRepositoryPort {
    Uni<Optional<Mvpd>> findById(String id);

    Uni<List<Mvpd>> findAll();

    Uni<List<Mvpd>> findByIds(Collection<String> ids);

    Uni<Mvpd> save(Mvpd mvpd);

    Uni<Boolean> delete(String id);
}
