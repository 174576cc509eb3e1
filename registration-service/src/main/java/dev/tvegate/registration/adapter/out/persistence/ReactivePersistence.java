package dev.tvegate.registration.adapter.out.persistence;

import java.util.function.Supplier;

import jakarta.inject.Singleton;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Opens the Hibernate Reactive session / transaction of an adapter call. Hibernate Reactive must run on a Vert.x
 * event loop inside a duplicated (request) context: REST calls already are, but start-up code, tests and worker
 * pools are not. For those, the work is moved to a fresh duplicated context, so that every adapter method can be
 * called from any thread and simply returns a {@link Uni}. (This is why the adapters use {@link Panache#withSession}
 * and {@link Panache#withTransaction} programmatically rather than the {@code @WithSession}/{@code @WithTransaction}
 * interceptors, which require the caller to be on such a context already.)
 */
@Singleton
public class ReactivePersistence {

    private final Vertx vertx;

    public ReactivePersistence(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Runs {@code work} in a session (joining the current one if any). */
    public <T> Uni<T> withSession(Supplier<Uni<T>> work) {
        return onVertxContext(() -> Panache.withSession(() -> work.get()));
    }

    /** Runs {@code work} in a transaction (joining the current one if any). */
    public <T> Uni<T> withTransaction(Supplier<Uni<T>> work) {
        return onVertxContext(() -> Panache.withTransaction(work));
    }

    private <T> Uni<T> onVertxContext(Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            Context current = Vertx.currentContext();
            if (current != null && VertxContext.isDuplicatedContext(current) && Context.isOnEventLoopThread()) {
                return work.get();
            }
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            return Uni.createFrom().<T> emitter(emitter -> context.runOnContext(ignored -> {
                try {
                    work.get().subscribe().with(emitter::complete, emitter::fail);
                } catch (RuntimeException e) {
                    emitter.fail(e);
                }
            }));
        });
    }
}
