package dev.tvegate.kernel.error;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.kernel.xml.SafeXml;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorRenderingTest {

    private static final EnhancedError FULL = new EnhancedError(ErrorAction.NONE, 403, "authorization_denied_by_mvpd",
            "User not authorized", "Upgrade at <https://mvpd.example/?a=1&b=\"2\">", "https://help.example/e",
            "trace-1");

    @Test
    void rendersJsonInSpecOrder() {
        assertThat(ErrorRendering.toJson(FULL)).isEqualTo("{\"action\":\"none\",\"status\":403,"
                + "\"code\":\"authorization_denied_by_mvpd\",\"message\":\"User not authorized\","
                + "\"details\":\"Upgrade at <https://mvpd.example/?a=1&b=\\\"2\\\">\","
                + "\"helpUrl\":\"https://help.example/e\",\"trace\":\"trace-1\"}");
    }

    @Test
    void omitsNullFieldsInJson() throws Exception {
        EnhancedError minimal = FULL.withDetails(null).withHelpUrl(null).withTrace(null);

        JsonNode json = new ObjectMapper().readTree(ErrorRendering.toJson(minimal));

        assertThat(json.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("action", "status",
                "code", "message");
        assertThat(json.get("status").isInt()).isTrue();
    }

    @Test
    void rendersEscapedXmlThatParsesBack() {
        String xml = ErrorRendering.toXml(FULL);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><error><action>none</action>"
                + "<status>403</status><code>authorization_denied_by_mvpd</code>");
        assertThat(xml).contains("<details>Upgrade at &lt;https://mvpd.example/?a=1&amp;b=&quot;2&quot;&gt;"
                + "</details>");
        Document document = SafeXml.parse(xml);
        assertThat(document.getElementsByTagName("details").item(0).getTextContent()).isEqualTo(FULL.details());
        assertThat(document.getDocumentElement().getLastChild().getNodeName()).isEqualTo("trace");
    }

    @Test
    void omitsNullFieldsInXml() {
        String xml = ErrorRendering.toXml(FULL.withDetails(null).withTrace(null));

        assertThat(xml).doesNotContain("<details").doesNotContain("<trace").endsWith(
                "<message>User not authorized</message><helpUrl>https://help.example/e</helpUrl></error>");
    }

    @Test
    void replacesCharactersXmlCannotCarry() {
        String xml = ErrorRendering.toXml(FULL.withDetails("bell\u0007 tab\t"));

        assertThat(xml).contains("<details>bell\uFFFD tab\t</details>");
        assertThat(SafeXml.parse(xml)).isNotNull();
    }

    @Test
    void rendersItemLevelElementWithoutDeclaration() {
        assertThat(ErrorRendering.toXmlElement(FULL)).startsWith("<error><action>");
        assertThat(ErrorRendering.toJsonNode(FULL).get("code").asText()).isEqualTo("authorization_denied_by_mvpd");
    }
}
