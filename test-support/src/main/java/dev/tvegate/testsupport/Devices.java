package dev.tvegate.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Device headers as clients send them (spec §3.2). */
public final class Devices {

    private Devices() {
    }

    /** @return a new device id */
    public static String newDeviceId() {
        return UUID.randomUUID().toString();
    }

    /** @return {@code AP-Device-Identifier: fingerprint <base64(id)>} */
    public static String identifier(String deviceId) {
        return "fingerprint " + Base64.getEncoder().encodeToString(deviceId.getBytes(StandardCharsets.UTF_8));
    }

    /** @return {@code X-Device-Info}: base64 of a JSON object */
    public static String info(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    public static String tvInfo() {
        return info("{\"primaryHardwareType\":\"TV\",\"model\":\"Bravia\",\"version\":\"4.2.1\",\"osName\":\"webOS\","
                + "\"osVersion\":\"6.0\",\"connectionType\":\"WiFi\"}");
    }
}
