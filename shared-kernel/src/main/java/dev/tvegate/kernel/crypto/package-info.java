/** Sealing of secrets at rest (AES-256-GCM with a row/column context as associated data). */
package dev.tvegate.kernel.crypto;
