/** User-typed authentication codes (RFC 8628 §6.1 alphabet) and small cryptographic helpers. */
package dev.tvegate.kernel.code;
