package dev.tvegate.authn.adapter.in.rest.v1;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.authn.adapter.in.rest.TempPassIdentityParser;
import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileAttribute;
import dev.tvegate.authn.domain.model.ProfileType;
import dev.tvegate.authn.domain.model.TempPassIdentity;
import dev.tvegate.authn.domain.service.V1Profiles;
import dev.tvegate.kernel.error.ResponseFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The v1 wire formats of authn (spec §6.3) and the decoding of TempPass identities (spec §3.2, §6.4). */
class V1FormatsTest {

    private static final Profile TOKEN = new Profile("Cablevision", V1Profiles.key("REF30", "c28tZGV2aWQtMDAz"),
            ProfileType.REGULAR, "Cablevision", 1_601_000_000_000L, 1_601_114_932_000L,
            Map.of("userID", ProfileAttribute.plain("user<&>42")), "BCDFGHJK", null);

    @Test
    void theAuthnTokenInJsonHasAStringExpiry() throws Exception {
        JsonNode json = new ObjectMapper().readTree(V1Views.authnToken(TOKEN, ResponseFormat.JSON));
        assertThat(json.fieldNames()).toIterable().containsExactly("requestor", "mvpd", "userId", "expires");
        assertThat(json.get("requestor").asText()).isEqualTo("REF30");
        assertThat(json.get("mvpd").asText()).isEqualTo("Cablevision");
        assertThat(json.get("userId").asText()).isEqualTo("user<&>42");
        assertThat(json.get("expires").isTextual()).isTrue();
        assertThat(json.get("expires").asText()).isEqualTo("1601114932000");
    }

    @Test
    void theAuthnTokenInXmlIsAnAuthenticationElementAndEscapesText() throws Exception {
        String xml = V1Views.authnToken(TOKEN, ResponseFormat.XML);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><authentication><expires>");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("authentication");
        assertThat(doc.getElementsByTagName("expires").item(0).getTextContent()).isEqualTo("1601114932000");
        assertThat(doc.getElementsByTagName("userId").item(0).getTextContent()).isEqualTo("user<&>42");
        assertThat(doc.getElementsByTagName("mvpd").item(0).getTextContent()).isEqualTo("Cablevision");
        assertThat(doc.getElementsByTagName("requestor").item(0).getTextContent()).isEqualTo("REF30");
    }

    @Test
    void notFoundIsWordedAsTheSpecSamples() {
        assertThat(V1Views.notFound(ResponseFormat.JSON).toJson())
                .isEqualTo("{\"status\":404,\"message\":\"Not Found\",\"details\":null}");
        assertThat(V1Views.notFound(ResponseFormat.XML).toXml())
                .isEqualTo("<error><status>404</status><message>Not found</message><details/></error>");
    }

    @Test
    void v1TokensAreKeyedToTheRequestorAndTheDeviceIdAsSent() {
        assertThat(V1Profiles.key("REF30", "c28tZGV2aWQtMDAz").clientId()).isEqualTo("v1:REF30");
        assertThat(V1Profiles.key("REF30", "c28tZGV2aWQtMDAz").deviceId()).isEqualTo("c28tZGV2aWQtMDAz");
    }

    @Test
    void theIdentityHeaderIsBase64JsonOrABareHash() {
        // spec §3.2 sample: {"email":"foo@bar.com"}
        TempPassIdentity sample = TempPassIdentityParser.header("eyJlbWFpbCI6ImZvb0BiYXIuY29tIn0=");
        assertThat(sample.claims()).containsEntry("email", "foo@bar.com");
        assertThat(TempPassIdentityParser.header("eyJlbWFpbCI6ImZvb0BiYXIuY29tIn0").claims())
                .containsEntry("email", "foo@bar.com");
        String hash = "f7ee5ec7312165148b69fcca1d29075b14b8aef0b5048a332b18b88d09069fb7";
        assertThat(TempPassIdentityParser.header(hash).bare()).isEqualTo(hash);
        assertThat(TempPassIdentityParser.header(null).isAbsent()).isTrue();
        assertThat(TempPassIdentityParser.header("e30=").problem()).isNotNull(); // {}
    }

    @Test
    void genericDataTakesTheSpecsSampleSyntaxJsonAndBase64() {
        assertThat(TempPassIdentityParser.genericData("(\"email\":\"email@domain.com\")").claims())
                .containsEntry("email", "email@domain.com");
        assertThat(TempPassIdentityParser.genericData("{\"email\":\"abc\"}").claims()).containsEntry("email", "abc");
        assertThat(TempPassIdentityParser.genericData("eyJlbWFpbCI6ImZvb0BiYXIuY29tIn0=").claims())
                .containsEntry("email", "foo@bar.com");
        assertThat(TempPassIdentityParser.genericData("{broken").problem()).isNotNull();
    }
}
