/** Validation of service provider, MVPD and partner ids (spec §8.1). */
package dev.tvegate.kernel.id;
