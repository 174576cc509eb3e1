package dev.tvegate.drm.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.tvegate.drm.application.port.in.ManageDrmCustomersUseCase;
import dev.tvegate.drm.application.port.out.DrmCustomerAdminPort;
import dev.tvegate.drm.application.service.ManageDrmCustomersService;

/** Wires the admin use case (a plain class of the application layer) to its port. */
@ApplicationScoped
public class AdminUseCaseProducers {

    @Produces
    @Singleton
    ManageDrmCustomersUseCase manageDrmCustomers(DrmCustomerAdminPort store) {
        return new ManageDrmCustomersService(store);
    }
}
