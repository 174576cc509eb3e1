package dev.tvegate.authn.adapter.out.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.tvegate.authn.domain.model.RegistrationCode;

/** JSON body of registration's {@code GET /reggie/v1/{requestor}/regcode/{code}} (spec §6.3); unknown fields ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegCodeDocument(String id, String code, String requestor, String mvpd, long generated, long expires,
        Info info) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Info(String deviceId, String deviceInfo, String userAgent) {
    }

    RegistrationCode toDomain() {
        Info i = info == null ? new Info(null, null, null) : info;
        return new RegistrationCode(id, code, requestor, mvpd, generated, expires, i.deviceId(), i.deviceInfo(),
                i.userAgent());
    }
}
