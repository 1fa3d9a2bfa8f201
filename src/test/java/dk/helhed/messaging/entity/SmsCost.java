package dk.helhed.messaging.entity;

import dk.helhed.i18n.Language;

import java.util.Map;

import static dk.helhed.messaging.entity.SmsSegments.Encoding.GSM_7;
import static dk.helhed.messaging.entity.SmsSegments.Encoding.UCS_2;

/**
 * What an SMS costs: its encoding and how many segments it is billed and split in. The SMS segment tests pin each
 * template's cost at its longest in every language with this.
 */
public record SmsCost(SmsSegments.Encoding encoding, int segments) {

    public static SmsCost of(String text) {
        SmsSegments sms = SmsSegments.of(text);
        return new SmsCost(sms.encoding(), sms.count());
    }

    /**
     * A template's costs in the six languages: Danish, English and Somali are written in GSM 7-bit; Arabic and Urdu
     * need UCS-2, and so does Turkish (ş, ğ, ı and the day and month names are not in GSM's alphabet).
     */
    public static Map<Language, SmsCost> costs(int danish, int english, int arabic, int somali, int turkish,
                                               int urdu) {
        return Map.of(Language.DA, new SmsCost(GSM_7, danish), Language.EN, new SmsCost(GSM_7, english),
                Language.AR, new SmsCost(UCS_2, arabic), Language.SO, new SmsCost(GSM_7, somali),
                Language.TR, new SmsCost(UCS_2, turkish), Language.UR, new SmsCost(UCS_2, urdu));
    }

    /** The same costs, but {@code cost} in {@code language}: a text whose letters happen to fit another encoding. */
    public static Map<Language, SmsCost> except(Map<Language, SmsCost> costs, Language language, SmsCost cost) {
        var changed = new java.util.EnumMap<>(costs);
        changed.put(language, cost);
        return Map.copyOf(changed);
    }
}
