package dev.tvegate.drm.application.port.in;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

import dev.tvegate.drm.domain.error.AdminRequestException;
import dev.tvegate.drm.domain.model.CustomerSettings;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.TokenBackend;

/**
 * Creates a DRM customer, or replaces all of its settings (update is a full replacement: an omitted field takes the
 * same default as on create).
 *
 * @param id the customer id asked for on create; empty = the next from the sequence (100001, …)
 */
public record CustomerCommand(OptionalLong id, CustomerSettings settings) {

    public static final int MAX_REQUESTORS = 1000;
    public static final int MAX_REQUESTOR = 128;

    public CustomerCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * Validates raw input (null = omitted).
     *
     * @param drms DRM ids ({@code fp}, {@code wv}, {@code pr}); default all three
     * @throws AdminRequestException {@code INVALID} naming the first bad field
     */
    public static CustomerCommand of(Long id, String name, Boolean enabled, String backend, Collection<String> drms,
            Boolean gateEnabled, Collection<String> requestors, Long monthlyTokenLimit) {
        OptionalLong customerId = id == null ? OptionalLong.empty() : OptionalLong.of(AdminInput.customerId("id", id));
        String checkedName = AdminInput.text("name", name, AdminInput.MAX_NAME, true).strip();
        TokenBackend checkedBackend = AdminInput.known("backend", backend, TokenBackend::fromId, "local, expressplay");
        Set<DrmSystem> checkedDrms = EnumSet.allOf(DrmSystem.class);
        if (drms != null) {
            if (drms.isEmpty()) {
                throw AdminRequestException.invalid("drms", "drms must name at least one DRM (fp, wv, pr)");
            }
            checkedDrms = EnumSet.noneOf(DrmSystem.class);
            for (String drm : drms) {
                checkedDrms.add(AdminInput.known("drms", drm, DrmSystem::fromPathSegment, "fp, wv, pr"));
            }
        }
        Set<String> checkedRequestors = new LinkedHashSet<>();
        if (requestors != null) {
            if (requestors.size() > MAX_REQUESTORS) {
                throw AdminRequestException.invalid("requestors", "at most " + MAX_REQUESTORS + " requestors");
            }
            for (String requestor : requestors) {
                checkedRequestors.add(AdminInput.text("requestors", requestor, MAX_REQUESTOR, true).strip());
            }
        }
        if (monthlyTokenLimit != null && monthlyTokenLimit < 0) {
            throw AdminRequestException.invalid("monthlyTokenLimit", "monthlyTokenLimit must be 0 or more");
        }
        return new CustomerCommand(customerId, new CustomerSettings(checkedName, enabled == null || enabled,
                checkedBackend, checkedDrms, gateEnabled == null || gateEnabled, checkedRequestors,
                monthlyTokenLimit == null ? OptionalLong.empty() : OptionalLong.of(monthlyTokenLimit)));
    }
}
