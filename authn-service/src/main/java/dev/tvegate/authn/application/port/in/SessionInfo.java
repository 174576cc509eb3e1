package dev.tvegate.authn.application.port.in;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v2/{serviceProvider}/sessions/{code}} (spec §4.4).
 *
 * @param missingParameters wire names of the missing parameters
 * @param existingParameters the known parameters by wire name, plus {@code serviceProvider}
 * @param device the {@code device} object (kernel {@code DeviceInfo.toSessionDeviceView()})
 * @param notBefore epoch ms
 * @param notAfter epoch ms
 */
public record SessionInfo(List<String> missingParameters, Map<String, String> existingParameters,
        Map<String, Object> device, long notBefore, long notAfter) {
}
