package dev.tvegate.registration.application.port.in;

import java.util.List;

import dev.tvegate.registration.domain.model.Mvpd;
import io.smallrye.mutiny.Uni;

/** Admin operations on the MVPD catalogue. The returned MVPDs carry their client secret: the edge must hide it. */
public interface ManageMvpdsUseCase {
    /** @throws dev.tvegate.registration.domain.error.ConflictException if the id is taken */
    Uni<Mvpd> create(MvpdCommand command);

    /**
     * Replaces an MVPD; a command without client secret keeps the stored one.
     *
     * @throws dev.tvegate.registration.domain.error.NotFoundException if there is no such MVPD
     */
    Uni<Mvpd> update(MvpdCommand command);

    /** @throws dev.tvegate.registration.domain.error.NotFoundException if there is no such MVPD */
    Uni<Mvpd> get(String id);

    Uni<List<Mvpd>> list();

    /**
     * @throws dev.tvegate.registration.domain.error.NotFoundException if there is no such MVPD
     * @throws dev.tvegate.registration.domain.error.ConflictException while an integration uses it
     */
    Uni<Void> delete(String id);
}
