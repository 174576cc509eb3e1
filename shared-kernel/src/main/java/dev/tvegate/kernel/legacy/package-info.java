/** The pre-DCR REST v1 HMAC-SHA1 signed {@code Authorization} header (spec §1.4). */
package dev.tvegate.kernel.legacy;
