/**
 * The sandbox MVPD's rules: clients, users and their packages, authorization requests and codes, PKCE, the login
 * lockout, the rating scales and the entitlement policy. JDK and shared-kernel only: no framework types.
 */
package dev.tvegate.sandbox.domain;
