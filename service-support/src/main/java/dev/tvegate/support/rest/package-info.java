/**
 * REST edge helpers of the services: Enhanced Error responses for the request's API family
 * ({@link dev.tvegate.support.rest.ErrorResponses}, including the bodies of the usual exception mappers), the client
 * address ({@link dev.tvegate.support.rest.ClientAddress}) and the spec §7 throttle's 429
 * ({@link dev.tvegate.support.rest.ThrottleResponses}). Nothing here is discovered: no filter or mapper is forced on a
 * service; each declares its own small {@code @ServerExceptionMapper} / {@code @ServerRequestFilter} that calls these.
 */
package dev.tvegate.support.rest;
