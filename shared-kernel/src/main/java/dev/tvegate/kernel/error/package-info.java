/**
 * Enhanced Error Codes (spec §5), their JSON and XML renderings, the plain REST v1 error bodies (§6.3) and the v1
 * response-format negotiation (§6.1).
 */
package dev.tvegate.kernel.error;
