package dev.tvegate.drm.adapter.in.rest.admin;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.tvegate.drm.adapter.in.rest.admin.AdminDtos.AuthenticatorRequest;
import dev.tvegate.drm.adapter.in.rest.admin.AdminDtos.AuthenticatorResponse;
import dev.tvegate.drm.adapter.in.rest.admin.AdminDtos.ContentKeyRequest;
import dev.tvegate.drm.adapter.in.rest.admin.AdminDtos.ContentKeyResponse;
import dev.tvegate.drm.adapter.in.rest.admin.AdminDtos.CreatedAuthenticatorResponse;
import dev.tvegate.drm.adapter.in.rest.admin.AdminDtos.CustomerRequest;
import dev.tvegate.drm.adapter.in.rest.admin.AdminDtos.CustomerResponse;
import dev.tvegate.drm.adapter.in.rest.admin.AdminDtos.ExpressPlayCredentialRequest;
import dev.tvegate.drm.adapter.in.rest.admin.AdminDtos.SealingKeyRequest;
import dev.tvegate.drm.adapter.in.rest.admin.AdminDtos.SealingKeyResponse;
import dev.tvegate.drm.application.port.in.AuthenticatorCommand;
import dev.tvegate.drm.application.port.in.ContentKeyCommand;
import dev.tvegate.drm.application.port.in.CustomerCommand;
import dev.tvegate.drm.application.port.in.ExpressPlayCredentialCommand;
import dev.tvegate.drm.application.port.in.ManageDrmCustomersUseCase;
import dev.tvegate.drm.domain.error.AdminRequestException;
import dev.tvegate.support.auth.AuthenticatedClient;
import dev.tvegate.support.auth.BearerAuthenticator;
import dev.tvegate.support.auth.Scopes;
import io.smallrye.mutiny.Uni;

/**
 * The DRM admin API: customers, their authenticators (minted here, shown once), ExpressPlay credentials (write-only),
 * content keys (the key is never shown) and token-sealing keys. Every call needs a registration access token with
 * scope {@code admin}. Changes are logged under {@code tvegate.audit}, never with secrets.
 */
@Path("/admin/v1/drm/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin: DRM customers", description = "DRM customers, authenticators, credentials and keys")
@SecurityRequirement(name = "bearer", scopes = Scopes.ADMIN)
public class DrmCustomersResource {

    private static final String BASE = "/admin/v1/drm/customers/";
    private static final Logger AUDIT = Logger.getLogger("tvegate.audit");

    private final ManageDrmCustomersUseCase customers;
    private final BearerAuthenticator bearer;

    public DrmCustomersResource(ManageDrmCustomersUseCase customers, BearerAuthenticator bearer) {
        this.customers = customers;
        this.bearer = bearer;
    }

    // ------------------------------------------------------------------------------------------------- customers

    @POST
    @Operation(summary = "Create a DRM customer (201; 409 if the id is taken); the id is assigned unless given")
    public Uni<RestResponse<CustomerResponse>> create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            CustomerRequest body) {
        return admin(authorization, client -> {
            CustomerCommand command = customer(body);
            return customers.create(command).invoke(c -> audit(client, "created DRM customer", c.id()))
                    .map(c -> created(BASE + c.id(), CustomerResponse.of(c)));
        });
    }

    @GET
    @Operation(summary = "List DRM customers")
    public Uni<List<CustomerResponse>> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return admin(authorization, client -> customers.list().map(each(CustomerResponse::of)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a DRM customer")
    public Uni<CustomerResponse> get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") long id) {
        return admin(authorization, client -> customers.get(id).map(CustomerResponse::of));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a DRM customer's settings (omitted fields take their defaults; id cannot change)")
    public Uni<CustomerResponse> update(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") long id, CustomerRequest body) {
        return admin(authorization, client -> {
            CustomerCommand command = customer(body);
            if (body.id() != null && body.id() != id) {
                throw AdminRequestException.invalid("id", "id in the body differs from the path; ids cannot change");
            }
            return customers.update(id, command).invoke(() -> audit(client, "updated DRM customer", id))
                    .map(CustomerResponse::of);
        });
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a DRM customer with its authenticators, credentials and keys")
    public Uni<RestResponse<Void>> delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") long id) {
        return admin(authorization, client -> customers.delete(id)
                .invoke(() -> audit(client, "deleted DRM customer", id)).replaceWith(RestResponse.noContent()));
    }

    // -------------------------------------------------------------------------------------------- authenticators

    @POST
    @Path("/{id}/authenticators")
    @Operation(summary = "Mint an authenticator for an environment: its plaintext is in this answer only")
    public Uni<RestResponse<CreatedAuthenticatorResponse>> createAuthenticator(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id,
            AuthenticatorRequest body) {
        return admin(authorization, client -> {
            AuthenticatorRequest req = required(body);
            return customers.createAuthenticator(AuthenticatorCommand.of(id, req.environment(), req.label()))
                    .invoke(m -> audit(client, "minted authenticator " + m.info().id() + " of DRM customer", id))
                    .map(m -> RestResponse.ResponseBuilder
                            .<CreatedAuthenticatorResponse> created(
                                    URI.create(BASE + id + "/authenticators/" + m.info().id()))
                            .header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache")
                            .entity(CreatedAuthenticatorResponse.of(m)).build());
        });
    }

    @GET
    @Path("/{id}/authenticators")
    @Operation(summary = "List a customer's authenticators (id, environment, label, last 4 hex digits)")
    public Uni<List<AuthenticatorResponse>> listAuthenticators(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id) {
        return admin(authorization, client -> customers.listAuthenticators(id).map(each(AuthenticatorResponse::of)));
    }

    @DELETE
    @Path("/{id}/authenticators/{authenticatorId}")
    @Operation(summary = "Revoke an authenticator")
    public Uni<RestResponse<Void>> deleteAuthenticator(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") long id, @PathParam("authenticatorId") String authenticatorId) {
        return admin(authorization, client -> customers.deleteAuthenticator(id, authenticatorId)
                .invoke(() -> audit(client, "revoked authenticator " + authenticatorId + " of DRM customer", id))
                .replaceWith(RestResponse.noContent()));
    }

    // --------------------------------------------------------------------------------- ExpressPlay credentials

    @PUT
    @Path("/{id}/expressplay-credentials/{environment}")
    @Operation(summary = "Set the customer's ExpressPlay customerAuthenticator for an environment (write-only)")
    public Uni<CustomerResponse> setExpressPlayCredential(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") long id, @PathParam("environment") String environment,
            ExpressPlayCredentialRequest body) {
        return admin(authorization, client -> customers
                .setExpressPlayCredential(
                        ExpressPlayCredentialCommand.of(id, environment, required(body).customerAuthenticator()))
                .invoke(() -> audit(client, "set the " + environment + " ExpressPlay credential of DRM customer", id))
                .map(CustomerResponse::of));
    }

    @DELETE
    @Path("/{id}/expressplay-credentials/{environment}")
    @Operation(summary = "Clear the customer's ExpressPlay customerAuthenticator for an environment")
    public Uni<CustomerResponse> clearExpressPlayCredential(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id,
            @PathParam("environment") String environment) {
        return admin(authorization, client -> customers.clearExpressPlayCredential(id, environment)
                .invoke(() -> audit(client, "cleared the " + environment + " ExpressPlay credential of DRM customer",
                        id))
                .map(CustomerResponse::of));
    }

    // ------------------------------------------------------------------------------------------- content keys

    @PUT
    @Path("/{id}/content-keys/{kid}")
    @Operation(summary = "Store or replace a content key (201 if new, 200 if replaced); the key is never shown")
    public Uni<RestResponse<ContentKeyResponse>> putContentKey(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id,
            @PathParam("kid") String kid, ContentKeyRequest body) {
        return admin(authorization, client -> {
            ContentKeyRequest req = required(body);
            return customers.putContentKey(ContentKeyCommand.of(id, kid, req.key(), req.resourceId()))
                    .invoke(r -> audit(client, "stored content key " + r.key().kid() + " of DRM customer", id))
                    .map(r -> r.created()
                            ? created(BASE + id + "/content-keys/" + pathSegment(r.key().kid()),
                                    ContentKeyResponse.of(r.key()))
                            : RestResponse.ok(ContentKeyResponse.of(r.key())));
        });
    }

    @GET
    @Path("/{id}/content-keys")
    @Operation(summary = "List a customer's content keys (kid, resourceId, createdAt)")
    public Uni<List<ContentKeyResponse>> listContentKeys(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") long id) {
        return admin(authorization, client -> customers.listContentKeys(id).map(each(ContentKeyResponse::of)));
    }

    @GET
    @Path("/{id}/content-keys/{kid}")
    @Operation(summary = "Describe a content key (never the key)")
    public Uni<ContentKeyResponse> getContentKey(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") long id, @PathParam("kid") String kid) {
        return admin(authorization, client -> customers.getContentKey(id, kid).map(ContentKeyResponse::of));
    }

    @DELETE
    @Path("/{id}/content-keys/{kid}")
    @Operation(summary = "Delete a content key")
    public Uni<RestResponse<Void>> deleteContentKey(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") long id, @PathParam("kid") String kid) {
        return admin(authorization, client -> customers.deleteContentKey(id, kid)
                .invoke(() -> audit(client, "deleted content key " + kid + " of DRM customer", id))
                .replaceWith(RestResponse.noContent()));
    }

    // ------------------------------------------------------------------------------------------- sealing keys

    @POST
    @Path("/{id}/sealing-keys")
    @Operation(summary = "Rotate: a new token-sealing key for the environment becomes the current one (201)")
    public Uni<RestResponse<SealingKeyResponse>> rotateSealingKey(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id,
            SealingKeyRequest body) {
        return admin(authorization, client -> customers.rotateSealingKey(id, required(body).environment())
                .invoke(k -> audit(client, "rotated to sealing key " + k.keyIdHex() + " of DRM customer", id))
                .map(k -> created(BASE + id + "/sealing-keys/" + k.keyIdHex(), SealingKeyResponse.of(k))));
    }

    @GET
    @Path("/{id}/sealing-keys")
    @Operation(summary = "List a customer's token-sealing keys (keyId, environment, createdAt, current)")
    public Uni<List<SealingKeyResponse>> listSealingKeys(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") long id) {
        return admin(authorization, client -> customers.listSealingKeys(id).map(each(SealingKeyResponse::of)));
    }

    @DELETE
    @Path("/{id}/sealing-keys/{keyId}")
    @Operation(summary = "Delete a rotated-out sealing key (409 for the current one); its tokens stop redeeming")
    public Uni<RestResponse<Void>> deleteSealingKey(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") long id, @PathParam("keyId") String keyId) {
        return admin(authorization, client -> customers.deleteSealingKey(id, keyId)
                .invoke(() -> audit(client, "deleted sealing key " + keyId + " of DRM customer", id))
                .replaceWith(RestResponse.noContent()));
    }

    // ----------------------------------------------------------------------------------------------- helpers

    /** Unreadable JSON (syntax, wrong value types) on this resource only: a 400 {@code invalid_request}. */
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return AdminErrorMappers.problem(400, "invalid_request", null,
                "the request body is not the expected JSON object", uri);
    }

    /** Quarkus REST wraps JSON syntax errors of request bodies in a 400 {@link WebApplicationException}. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        return e.getResponse();
    }

    /** Checks the admin token, then runs {@code work} (a validation failure inside it becomes a failed Uni). */
    private <T> Uni<T> admin(String authorization, Function<AuthenticatedClient, Uni<T>> work) {
        return bearer.requireScope(authorization, Scopes.ADMIN).chain(client -> work.apply(client));
    }

    private static <A, B> Function<List<A>, List<B>> each(Function<A, B> view) {
        return all -> all.stream().map(view).toList();
    }

    private static CustomerCommand customer(CustomerRequest body) {
        CustomerRequest req = required(body);
        return CustomerCommand.of(req.id(), req.name(), req.enabled(), req.backend(), req.drms(), req.gateEnabled(),
                req.requestors(), req.monthlyTokenLimit());
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw AdminRequestException.invalid(null, "a JSON request body is required");
        }
        return body;
    }

    private static <T> RestResponse<T> created(String location, T entity) {
        return RestResponse.ResponseBuilder.<T> created(URI.create(location)).entity(entity).build();
    }

    private static String pathSegment(String kid) {
        return URLEncoder.encode(kid, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void audit(AuthenticatedClient client, String action, long customerId) {
        AUDIT.infof("admin client %s %s %d", client.clientId(), action, customerId);
    }
}
