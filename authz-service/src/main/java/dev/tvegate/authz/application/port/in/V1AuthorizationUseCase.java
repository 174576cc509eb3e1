package dev.tvegate.authz.application.port.in;

import java.util.List;

import dev.tvegate.authz.domain.model.Decision;
import dev.tvegate.authz.domain.model.MediaToken;
import dev.tvegate.authz.domain.model.V1Authorization;
import io.smallrye.mutiny.Uni;

/** REST v1 authorization (spec §6.2–§6.3): authorize, tokens/authz, tokens/media, preauthorize. */
public interface V1AuthorizationUseCase {

    /** The outcome of a v1 call that is not a top-level EEC. */
    sealed interface V1Outcome {
    }

    record Granted(V1Authorization authorization) implements V1Outcome {
    }

    /** 403 User not authorized, with the MVPD's (or rule's) text. */
    record Denied(String details) implements V1Outcome {
    }

    /** No valid authentication for the device (412 on tokens/authz, 403 on authorize / tokens/media). */
    record NotAuthenticated() implements V1Outcome {
    }

    /** tokens/authz: no AuthZ token (404). */
    record NotFound() implements V1Outcome {
    }

    /** tokens/authz: expired AuthZ token (410). */
    record Expired() implements V1Outcome {
    }

    record MediaTokenIssued(V1Authorization authorization, MediaToken token) implements V1Outcome {
    }

    record Preauthorized(List<Decision> decisions) implements V1Outcome {
    }

    Uni<V1Outcome> authorize(V1Query query);

    Uni<V1Outcome> authorizationToken(V1Query query);

    Uni<V1Outcome> mediaToken(V1Query query);

    Uni<V1Outcome> preauthorize(V1Query query);
}
