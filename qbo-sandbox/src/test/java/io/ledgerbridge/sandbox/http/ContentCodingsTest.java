package io.ledgerbridge.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentCodingsTest {
    private static final byte[] JSON = "{\"DisplayName\":\"Codec Ltd\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void stackedCodingsAreUndoneInReverseOrder() {
        byte[] twice = ContentCodings.encode("gzip", ContentCodings.encode("deflate", JSON));
        assertThat(ContentCodings.decode("deflate, gzip", twice)).isEqualTo(JSON);
        assertThat(ContentCodings.decode("X-GZIP, identity", ContentCodings.encode("gzip", JSON))).isEqualTo(JSON);
        assertThat(ContentCodings.decode("gzip", new byte[0])).isEmpty();
        assertThat(ContentCodings.decode(null, JSON)).isEqualTo(JSON);
    }

    @Test
    void acceptEncodingQualitiesPickTheAnswerCoding() {
        // what the recorded Ruby client sends
        assertThat(ContentCodings.choose("gzip;q=1.0,deflate;q=0.6,identity;q=0.3")).isEqualTo("gzip");
        assertThat(ContentCodings.choose("deflate, gzip;q=0.5")).isEqualTo("deflate");
        assertThat(ContentCodings.choose("gzip, deflate")).isEqualTo("gzip");
        assertThat(ContentCodings.choose("gzip;q=0, *")).isNull();
        assertThat(ContentCodings.choose("br, identity")).isNull();
        assertThat(ContentCodings.choose(null)).isNull();
    }

    @Test
    void aDecompressionBombIsRefusedWith413() {
        byte[] bomb = ContentCodings.encode("gzip", new byte[ContentCodings.MAX_BODY + 1]);
        assertThatThrownBy(() -> ContentCodings.decode("gzip", bomb)).isInstanceOfSatisfying(HttpRefusal.class,
                r -> assertThat(r.status()).isEqualTo(413));
        assertThatThrownBy(() -> ContentCodings.decode("compress", JSON)).isInstanceOfSatisfying(HttpRefusal.class,
                r -> assertThat(r.detail()).contains("'compress'", "gzip, deflate"));
    }
}
