package dev.tvegate.registration.adapter.in.rest.admin.dto;

/** Answer to {@code GET /admin/v1/applications/{id}/software-statement}. */
public record SoftwareStatementResponse(String applicationId, String softwareStatement) {
}
