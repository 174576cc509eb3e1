/** The per-client token-bucket throttle of spec §7, in Java and as an atomic Redis Lua script. */
package dev.tvegate.kernel.throttle;
