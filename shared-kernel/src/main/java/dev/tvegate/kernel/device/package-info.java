/** The device headers of spec §3.2: {@code AP-Device-Identifier} and {@code X-Device-Info}. */
package dev.tvegate.kernel.device;
