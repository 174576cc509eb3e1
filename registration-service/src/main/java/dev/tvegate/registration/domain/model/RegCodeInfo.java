package dev.tvegate.registration.domain.model;

/** The {@code info} part of a regcode record (spec §6.3). {@code deviceInfo} is the Base64 device JSON. */
public record RegCodeInfo(String deviceId, String deviceType, String deviceUser, String appId, String appVersion,
        String registrationURL, String deviceInfo, String userAgent, String authorizationType) {
}
