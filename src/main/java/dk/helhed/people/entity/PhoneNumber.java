package dk.helhed.people.entity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.Optional;

/**
 * A phone number that can receive an SMS, in E.164. Danish numbers may be written without +45 (and with spaces);
 * numbers from elsewhere need their country code.
 */
public record PhoneNumber(String e164) {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String HOME_REGION = "DK";

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("not an E.164 number: " + e164);
        }
    }

    public static Optional<PhoneNumber> parse(String written) {
        if (written == null || written.isBlank() || written.length() > 32) {
            return Optional.empty();
        }
        try {
            var number = UTIL.parse(written.strip(), HOME_REGION);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The country calling code, e.g. 45 for Denmark. */
    public int countryCode() {
        try {
            return UTIL.parse(e164, HOME_REGION).getCountryCode();
        } catch (NumberParseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return e164;
    }
}
