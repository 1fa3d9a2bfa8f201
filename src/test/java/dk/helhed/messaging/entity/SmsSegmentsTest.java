package dk.helhed.messaging.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dk.helhed.messaging.entity.SmsSegments.Encoding.GSM_7;
import static dk.helhed.messaging.entity.SmsSegments.Encoding.UCS_2;
import static org.assertj.core.api.Assertions.assertThat;

class SmsSegmentsTest {
    private static final String ALIF = "ا";
    private static final String GRINNING_FACE = "😀"; // U+1F600, outside the BMP: a surrogate pair

    private static SmsSegments sms(String text) {
        return SmsSegments.of(text);
    }

    @Test
    @DisplayName("the tables have the spec's sizes: 127 default characters (128 less the escape) and 10 extensions")
    void tables() {
        assertThat(SmsSegments.BASIC.chars().distinct().count()).isEqualTo(127).isEqualTo(SmsSegments.BASIC.length());
        assertThat(SmsSegments.EXTENSION).hasSize(10);
        assertThat(SmsSegments.BASIC.indexOf('Æ')).as("Æ sits at 0x1C, after the escape").isEqualTo(0x1C - 1);
        assertThat(SmsSegments.BASIC.indexOf('à')).as("à is the last, 0x7F").isEqualTo(0x7F - 1);
    }

    @Test
    @DisplayName("Danish and the other Latin letters of the default alphabet stay GSM 7-bit")
    void danishIsGsm() {
        assertThat(sms("Æ æ Ø ø Å å É ß Ä Ö Ñ Ü ä ö ñ ü à è é ù ì ò Ç")) // 23 letters, 22 spaces
                .isEqualTo(new SmsSegments(GSM_7, 45, 1));
        assertThat(sms("Husk din aftale i Søparken i morgen, kl. 15:00. Ref. H-ABCDEFGH.").encoding())
                .isEqualTo(GSM_7);
    }

    @ParameterizedTest(name = "\"{0}\" is not in the GSM alphabet")
    @ValueSource(strings = {"ç", "á", "’", "“", "\t", "—", "ا", GRINNING_FACE, "\u001B"})
    @DisplayName("one character outside the GSM alphabet makes the text UCS-2")
    void outsideGsm(String character) {
        assertThat(sms("Hej " + character).encoding()).isEqualTo(UCS_2);
    }

    @Test
    @DisplayName("GSM 7-bit: 160 characters are one segment, 161 are two (153 each), 307 are three")
    void gsmBoundaries() {
        assertThat(sms("a".repeat(160))).isEqualTo(new SmsSegments(GSM_7, 160, 1));
        assertThat(sms("a".repeat(161))).isEqualTo(new SmsSegments(GSM_7, 161, 2));
        assertThat(sms("a".repeat(306))).isEqualTo(new SmsSegments(GSM_7, 306, 2));
        assertThat(sms("a".repeat(307))).isEqualTo(new SmsSegments(GSM_7, 307, 3));
    }

    @Test
    @DisplayName("an extension character counts two: € after 158 letters fits one segment, after 159 it does not")
    void extensionCountsTwo() {
        assertThat(sms("€")).isEqualTo(new SmsSegments(GSM_7, 2, 1));
        assertThat(sms("[]{}\\~^|")).isEqualTo(new SmsSegments(GSM_7, 16, 1));
        assertThat(sms("a".repeat(158) + "€")).isEqualTo(new SmsSegments(GSM_7, 160, 1));
        assertThat(sms("a".repeat(159) + "€")).isEqualTo(new SmsSegments(GSM_7, 161, 2));
    }

    @Test
    @DisplayName("an escape and its character are never split: 152 + € + 152 is 306 septets but three segments")
    void escapeNotSplit() {
        // part 1: 152 letters (€ would need septets 153 and 154); part 2: € + 151 letters = 153; part 3: 1 letter
        assertThat(sms("a".repeat(152) + "€" + "a".repeat(152))).isEqualTo(new SmsSegments(GSM_7, 306, 3));
        assertThat(sms("a".repeat(151) + "€" + "a".repeat(153))).isEqualTo(new SmsSegments(GSM_7, 306, 2));
    }

    @Test
    @DisplayName("UCS-2: 70 units are one segment, 71 are two (67 each), 135 are three")
    void ucs2Boundaries() {
        assertThat(sms(ALIF.repeat(70))).isEqualTo(new SmsSegments(UCS_2, 70, 1));
        assertThat(sms(ALIF.repeat(71))).isEqualTo(new SmsSegments(UCS_2, 71, 2));
        assertThat(sms(ALIF.repeat(134))).isEqualTo(new SmsSegments(UCS_2, 134, 2));
        assertThat(sms(ALIF.repeat(135))).isEqualTo(new SmsSegments(UCS_2, 135, 3));
    }

    @Test
    @DisplayName("an emoji outside the BMP is two UTF-16 units and turns a Danish text into UCS-2")
    void emoji() {
        assertThat(sms(GRINNING_FACE)).isEqualTo(new SmsSegments(UCS_2, 2, 1));
        assertThat(sms("a".repeat(68) + GRINNING_FACE)).isEqualTo(new SmsSegments(UCS_2, 70, 1));
        assertThat(sms("a".repeat(69) + GRINNING_FACE)).isEqualTo(new SmsSegments(UCS_2, 71, 2));
        assertThat(sms("Vi ses i morgen " + GRINNING_FACE + " " + "a".repeat(100)).count())
                .as("the same text without the emoji would be one GSM segment").isEqualTo(2);
    }

    @Test
    @DisplayName("a surrogate pair is never split: 66 + emoji + 66 is 134 units but three segments")
    void surrogatePairNotSplit() {
        // part 1: 66 letters (the emoji would need units 67 and 68); part 2: emoji + 65 letters = 67; part 3: 1
        assertThat(sms(ALIF.repeat(66) + GRINNING_FACE + ALIF.repeat(66))).isEqualTo(new SmsSegments(UCS_2, 134, 3));
        assertThat(sms(ALIF.repeat(65) + GRINNING_FACE + ALIF.repeat(67))).isEqualTo(new SmsSegments(UCS_2, 134, 2));
    }

    @Test
    @DisplayName("an empty text still takes one segment")
    void empty() {
        assertThat(sms("")).isEqualTo(new SmsSegments(GSM_7, 0, 1));
    }
}
