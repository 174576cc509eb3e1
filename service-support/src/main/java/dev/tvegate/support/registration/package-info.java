/**
 * The generic half of a service's client of registration-service: its service token
 * ({@link dev.tvegate.support.registration.ServiceTokenCache}), calls that renew a refused token once
 * ({@link dev.tvegate.support.registration.RegistrationCalls}), the configuration cache with its last good copy
 * ({@link dev.tvegate.support.registration.ConfigurationCache}), legacy signed-requestor verification
 * ({@link dev.tvegate.support.registration.LegacyRequestVerifier}) and registration's JSON documents. Each service
 * keeps its REST client interface (its own {@code quarkus.rest-client.registration.*}), its fault-tolerance
 * annotations and breaker names, and the mapping of the documents to its own domain model.
 */
package dev.tvegate.support.registration;
