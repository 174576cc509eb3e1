package dev.tvegate.registration.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.registration.application.port.in.CreateRegCodeCommand;
import dev.tvegate.registration.application.port.out.RegCodeStorePort;
import dev.tvegate.registration.application.port.out.ServiceProviderRepositoryPort;
import dev.tvegate.registration.domain.error.V1StatusException;
import dev.tvegate.registration.domain.model.RegCode;
import dev.tvegate.registration.domain.model.ServiceProvider;
import io.smallrye.mutiny.Uni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegCodeServiceTest {

    static final Instant NOW = Instant.parse("2025-01-11T09:05:21.144Z");

    final Store store = new Store();
    final Deque<String> codes = new ArrayDeque<>(List.of("BCDFGHJK", "LMNPQRST", "VWXZBCDF"));
    final RegCodeService service = new RegCodeService(store, new ServiceProviders("REF30", "CNN"), codes::pop,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void createsARecordThatExpiresAfterItsTtl() {
        RegCode r = create(command("REF30", "dev-1", 1800));

        assertThat(r.code()).isEqualTo("BCDFGHJK");
        assertThat(r.id()).matches("[0-9a-f-]{36}");
        assertThat(r.requestor()).isEqualTo("REF30");
        assertThat(r.generated()).isEqualTo(NOW.toEpochMilli());
        assertThat(r.expires() - r.generated()).isEqualTo(1_800_000);
        assertThat(r.info().deviceId()).isEqualTo("dev-1");
        assertThat(store.ttls.get("BCDFGHJK")).isEqualTo(Duration.ofSeconds(1800));
    }

    @Test
    void aCollidingCodeIsNeverOverwrittenAnotherIsDrawn() {
        create(command("REF30", "dev-1", 60));
        codes.push("BCDFGHJK"); // the generator repeats itself

        RegCode second = create(command("REF30", "dev-2", 60));

        assertThat(second.code()).isEqualTo("LMNPQRST");
        assertThat(store.records.get("BCDFGHJK").info().deviceId()).isEqualTo("dev-1");
    }

    @Test
    void givesUpAfterFiveCollisions() {
        create(command("REF30", "dev-1", 60));
        RegCodeService stuck = new RegCodeService(store, new ServiceProviders("REF30"), () -> "BCDFGHJK",
                Clock.systemUTC());
        assertThatThrownBy(() -> stuck.create(command("REF30", "dev-2", 60)).await().indefinitely())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void getNormalisesWhatWasTypedAndHidesOtherRequestorsCodes() {
        create(command("REF30", "dev-1", 60));

        assertThat(service.get("REF30", " bcdf-ghjk ").await().indefinitely().info().deviceId()).isEqualTo("dev-1");
        assertNotFound(() -> service.get("CNN", "BCDFGHJK").await().indefinitely());
        assertNotFound(() -> service.get("REF30", "ZZZZZZZZ").await().indefinitely());
        assertNotFound(() -> service.get("REF30", "x".repeat(100)).await().indefinitely());
    }

    @Test
    void deleteFreesTheCodeAndOnlyForItsRequestor() {
        create(command("REF30", "dev-1", 60));

        assertNotFound(() -> service.delete("CNN", "BCDFGHJK").await().indefinitely());
        assertThat(store.records).containsKey("BCDFGHJK");
        service.delete("REF30", "bcdfghjk").await().indefinitely();
        assertThat(store.records).isEmpty();
        assertNotFound(() -> service.delete("REF30", "BCDFGHJK").await().indefinitely());
    }

    @Test
    void unknownRequestorIsInvalidRequestor() {
        for (Runnable call : List.<Runnable> of(
                () -> create(command("NOPE", "dev-1", 60)),
                () -> service.get("NOPE", "BCDFGHJK").await().indefinitely(),
                () -> service.delete("NOPE", "BCDFGHJK").await().indefinitely())) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(EnhancedErrorException.class, e -> {
                assertThat(e.error().code()).isEqualTo("invalid_requestor");
                assertThat(e.error().status()).isEqualTo(400);
            });
        }
        assertThat(store.records).isEmpty();
    }

    @Test
    void commandRequiresDeviceIdAndATtlWithinTenHours() {
        assertBadRequest(() -> command("REF30", null, 60), "Required 'deviceId' is not present");
        assertBadRequest(() -> command("REF30", " ", 60), "Required 'deviceId' is not present");
        assertBadRequest(() -> command("REF30", "d", 36001), "ttl");
        assertBadRequest(() -> command("REF30", "d", 0), "ttl");
        assertBadRequest(() -> CreateRegCodeCommand.ttl("soon"), "ttl");
        assertThat(CreateRegCodeCommand.ttl(null)).isEqualTo(1800);
        assertThat(CreateRegCodeCommand.ttl(" 36000 ")).isEqualTo(36000);
        assertThat(command("REF30", "d", 36000).ttlSeconds()).isEqualTo(36000);
    }

    private RegCode create(CreateRegCodeCommand c) {
        return service.create(c).await().indefinitely();
    }

    static CreateRegCodeCommand command(String requestor, String deviceId, long ttl) {
        return new CreateRegCodeCommand(requestor, deviceId, "xbox", null, "app", "1.0", null, ttl, null, null,
                "UA/1.0", "OAUTH2");
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(V1StatusException.class,
                e -> assertThat(e.error().status()).isEqualTo(404));
    }

    private static void assertBadRequest(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String text) {
        assertThatThrownBy(call).isInstanceOfSatisfying(V1StatusException.class, e -> {
            assertThat(e.error().status()).isEqualTo(400);
            assertThat(e.error().message()).contains(text);
        });
    }

    static final class Store implements RegCodeStorePort {
        final Map<String, RegCode> records = new HashMap<>();
        final Map<String, Duration> ttls = new HashMap<>();

        @Override
        public Uni<Boolean> putIfAbsent(RegCode regCode, Duration ttl) {
            if (records.containsKey(regCode.code())) {
                return Uni.createFrom().item(false);
            }
            records.put(regCode.code(), regCode);
            ttls.put(regCode.code(), ttl);
            return Uni.createFrom().item(true);
        }

        @Override
        public Uni<Optional<RegCode>> find(String code) {
            return Uni.createFrom().item(Optional.ofNullable(records.get(code)));
        }

        @Override
        public Uni<Boolean> delete(String code) {
            return Uni.createFrom().item(records.remove(code) != null);
        }
    }

    static final class ServiceProviders implements ServiceProviderRepositoryPort {
        final Map<String, ServiceProvider> byId = new HashMap<>();

        ServiceProviders(String... ids) {
            for (String id : ids) {
                byId.put(id, new ServiceProvider(id, id, List.of(id.toLowerCase() + ".com")));
            }
        }

        @Override
        public Uni<Optional<ServiceProvider>> findById(String id) {
            return Uni.createFrom().item(Optional.ofNullable(byId.get(id)));
        }

        @Override
        public Uni<List<ServiceProvider>> findAll() {
            return Uni.createFrom().item(List.copyOf(byId.values()));
        }

        @Override
        public Uni<ServiceProvider> save(ServiceProvider sp) {
            byId.put(sp.id(), sp);
            return Uni.createFrom().item(sp);
        }

        @Override
        public Uni<Boolean> delete(String id) {
            return Uni.createFrom().item(byId.remove(id) != null);
        }
    }
}
