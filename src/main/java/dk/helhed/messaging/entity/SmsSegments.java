package dk.helhed.messaging.entity;

/**
 * What an SMS text costs: the encoding it must travel in and the number of segments (each billed, and on some phones
 * shown as separate messages). Follows 3GPP TS 23.038: a text written only in the GSM 7-bit default alphabet (which
 * holds Æ, Ø and Å) fits 160 characters in one segment, an extension-table character (such as €) taking two; one
 * character outside it (an Arabic letter, an emoji, a curly quote) turns the whole text into UCS-2, 70 UTF-16 units
 * to a segment. A longer text is split into parts that each give up room for the header that joins them again.
 *
 * @param units the text's length in the encoding's units: septets for GSM 7-bit, UTF-16 code units for UCS-2
 */
public record SmsSegments(Encoding encoding, int units, int count) {

    public enum Encoding {
        GSM_7(160, 153), UCS_2(70, 67);

        private final int single;
        private final int perPart;

        Encoding(int single, int perPart) {
            this.single = single;
            this.perPart = perPart;
        }
    }

    /** The default alphabet in code order, 0x00 to 0x7F, without 0x1B (the escape to the extension table). */
    static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ" + "ÆæßÉ"
            + " !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
            + "¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** The extension table: each is sent as the escape plus one septet. Form feed is its page break. */
    static final String EXTENSION = "\f^{}\\[~]|€";

    public static SmsSegments of(String text) {
        boolean gsm = text.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
        return gsm ? count(Encoding.GSM_7, text.chars().map(c -> EXTENSION.indexOf(c) >= 0 ? 2 : 1).toArray())
                : count(Encoding.UCS_2, text.codePoints().map(Character::charCount).toArray());
    }

    /**
     * Packs characters into parts. A character's units are never split over two parts (neither an escape and its
     * character nor the two halves of a surrogate pair), so a part can end one unit short of full.
     */
    private static SmsSegments count(Encoding encoding, int[] characterUnits) {
        int total = 0;
        for (int u : characterUnits) {
            total += u;
        }
        if (total <= encoding.single) {
            return new SmsSegments(encoding, total, 1);
        }
        int parts = 1;
        int inPart = 0;
        for (int u : characterUnits) {
            if (inPart + u > encoding.perPart) {
                parts++;
                inPart = 0;
            }
            inPart += u;
        }
        return new SmsSegments(encoding, total, parts);
    }
}
