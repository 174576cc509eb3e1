package dev.tvegate.registration.adapter.in.rest.admin.dto;

import java.util.List;

/** Body of {@code POST /admin/v1/service-providers} and {@code PUT /admin/v1/service-providers/{id}}. */
public record ServiceProviderRequest(String id, String name, List<String> domains) {
}
