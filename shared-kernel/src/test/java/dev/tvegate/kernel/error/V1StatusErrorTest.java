package dev.tvegate.kernel.error;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class V1StatusErrorTest {

    @Test
    void rendersTheSpecJsonBodiesExactly() {
        assertThat(V1StatusError.userNotAuthenticated().toJson())
                .isEqualTo("{\"status\":412,\"message\":\"User not authenticated\",\"details\":null}");
        assertThat(V1StatusError.notFound().toJson())
                .isEqualTo("{\"status\":404,\"message\":\"Not Found\",\"details\":null}");
        assertThat(V1StatusError.gone().toJson()).isEqualTo("{\"status\":410,\"message\":\"Gone\",\"details\":null}");
        assertThat(V1StatusError.forbidden().toJson())
                .isEqualTo("{\"status\":403,\"message\":\"Forbidden\",\"details\":null}");
    }

    @Test
    void rendersTheDenyXmlWithDetails() {
        assertThat(V1StatusError.notAuthorized("Package <Sports> & more").toXml()).isEqualTo(
                "<error><status>403</status><message>User not authorized</message>"
                        + "<details>Package &lt;Sports&gt; &amp; more</details></error>");
    }

    @Test
    void rendersAnEmptyDetailsElementWhenThereAreNone() {
        assertThat(V1StatusError.userNotAuthenticated().toXml()).isEqualTo(
                "<error><status>412</status><message>User not authenticated</message><details/></error>");
    }

    @Test
    void badRequestCarriesItsMessage() {
        V1StatusError error = V1StatusError.badRequest("Required 'deviceId' is not present");

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.toJson()).isEqualTo(
                "{\"status\":400,\"message\":\"Required 'deviceId' is not present\",\"details\":null}");
        assertThat(error.withDetails("x").details()).isEqualTo("x");
    }
}
