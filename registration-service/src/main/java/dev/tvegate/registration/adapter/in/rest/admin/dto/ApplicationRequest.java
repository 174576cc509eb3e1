package dev.tvegate.registration.adapter.in.rest.admin.dto;

import java.util.List;

/** Body of {@code POST /admin/v1/applications}. */
public record ApplicationRequest(String name, String version, List<String> platforms, List<String> serviceProviders,
        List<String> scopes, List<String> domains) {
}
