package dev.tvegate.authz.domain.service;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tvegate.authz.domain.model.Resource;
import dev.tvegate.kernel.error.EnhancedErrorException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourceParserTest {

    static final String ITEM_MRSS = "<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel>"
            + "<title>CHANNEL</title><item><title>Program</title><guid>GUID123</guid>"
            + "<media:rating scheme=\"urn:v-chip\">TV-PG</media:rating></item></channel></rss>";

    @Test
    void a_plain_id_is_the_channel_and_is_echoed_as_sent() {
        Resource r = ResourceParser.parseAll(List.of("REF30")).get(0);
        assertThat(r).isEqualTo(new Resource("REF30", "REF30", null, null, null, null));
    }

    @Test
    void item_level_mrss_yields_channel_guid_title_and_rating() {
        Resource r = ResourceParser.parseAll(List.of(ITEM_MRSS)).get(0);
        assertThat(r.raw()).isEqualTo(ITEM_MRSS);
        assertThat(r.channel()).isEqualTo("CHANNEL");
        assertThat(r.itemGuid()).isEqualTo("GUID123");
        assertThat(r.itemTitle()).isEqualTo("Program");
        assertThat(r.rating()).isEqualTo("TV-PG");
        assertThat(r.ratingScheme()).isEqualTo("urn:v-chip");
    }

    @Test
    void channel_level_mrss_with_rating_and_cdata_is_read() {
        Resource r = ResourceParser.parseAll(List.of("<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\">"
                + "<channel><title><![CDATA[REF30]]></title><media:rating scheme=\"urn:mpaa\">pg</media:rating>"
                + "</channel></rss>")).get(0);
        assertThat(r.channel()).isEqualTo("REF30");
        assertThat(r.itemGuid()).isNull();
        assertThat(r.rating()).isEqualTo("pg");
        assertThat(r.ratingScheme()).isEqualTo("urn:mpaa");
    }

    @Test
    void external_entities_are_refused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        assertInvalid(xxe, "DOCTYPE");
    }

    @Test
    void entity_expansion_billion_laughs_is_refused() {
        String lol = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<rss version=\"2.0\"><channel><title>&lol3;</title></channel></rss>";
        assertInvalid(lol, "DOCTYPE");
    }

    @Test
    void malformed_or_titleless_mrss_empty_and_oversized_resources_are_refused() {
        assertInvalid("<rss><channel><title>x</title></channel>", "not well-formed");
        assertInvalid("<rss version=\"2.0\"><channel></channel></rss>", "title");
        assertInvalid("<feed><title>x</title></feed>", "title");
        assertInvalid("  ", "empty");
        char[] big = new char[ResourceParser.MAX_RESOURCE_CHARS + 1];
        Arrays.fill(big, 'a');
        assertInvalid(new String(big), "longer");
        assertInvalid("bad\nid", "not a valid");
        assertThatThrownBy(() -> ResourceParser.parseAll(List.of())).isInstanceOf(EnhancedErrorException.class);
        assertThatThrownBy(() -> ResourceParser.parseAll(null)).isInstanceOf(EnhancedErrorException.class);
    }

    private static void assertInvalid(String resource, String detailsContain) {
        assertThatThrownBy(() -> ResourceParser.parseAll(List.of("REF30", resource)))
                .isInstanceOfSatisfying(EnhancedErrorException.class, e -> {
                    assertThat(e.error().code()).isEqualTo("invalid_parameter_resources");
                    assertThat(e.error().status()).isEqualTo(400);
                    assertThat(e.error().details()).contains("#2").contains(detailsContain);
                });
    }
}
