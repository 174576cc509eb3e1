package dev.tvegate.kernel.xml;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeXmlTest {

    @Test
    void parsesOrdinaryNamespacedXml() {
        Document document = SafeXml.parse("<ns2:regcode xmlns:ns2=\"model.mvc.reggie.pass.adobe.com\">"
                + "<code>BCDFGHJK</code></ns2:regcode>");

        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("regcode");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("model.mvc.reggie.pass.adobe.com");
        assertThat(document.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("BCDFGHJK");
    }

    @Test
    void refusesXxe() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";

        assertThatThrownBy(() -> SafeXml.parse(xxe)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOCTYPE").hasNoCause();
    }

    @Test
    void refusesBillionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = dtd.append("]><lolz>&lol9;</lolz>").toString();

        assertThatThrownBy(() -> SafeXml.parse(bomb)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesExternalDtdReferences() {
        assertThatThrownBy(() -> SafeXml.parse("<!DOCTYPE x SYSTEM \"http://attacker.example/x.dtd\"><x/>"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsMalformedXmlWithoutStackNoise() {
        assertThatThrownBy(() -> SafeXml.parse("<a><b></a>")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid XML at line 1").hasNoCause();
        assertThatThrownBy(() -> SafeXml.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SafeXml.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildersHaveTheHardeningSwitchedOn() {
        assertThat(SafeXml.newDocumentBuilder().isNamespaceAware()).isTrue();
        assertThat(SafeXml.newDocumentBuilder().isXIncludeAware()).isFalse();
    }

    @Test
    void escaperProducesParseableText() {
        String text = "a<b>&\"c\" 'd' \u0001 \uD83D\uDE00 \uD800";

        String escaped = XmlEscaper.escape(text);

        assertThat(escaped).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot; &apos;d&apos; \uFFFD \uD83D\uDE00 \uFFFD");
        assertThat(SafeXml.parse("<x a=\"" + escaped + "\">" + escaped + "</x>").getDocumentElement()
                .getTextContent()).isEqualTo("a<b>&\"c\" 'd' \uFFFD \uD83D\uDE00 \uFFFD");
        assertThat(XmlEscaper.escape(null)).isEmpty();
    }
}
