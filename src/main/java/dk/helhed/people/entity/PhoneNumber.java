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

    /**
     * Whether an SMS can reach it, by libphonenumber's type: a mobile number, or one it cannot tell from a landline
     * (every Danish number but the service ranges). Never a premium-rate (90), toll-free (80), shared-cost, VoIP or
     * other service number, nor a landline it knows as one, nor a Danish 70-number (nationwide service numbers,
     * which libphonenumber does not set apart): sending codes to such numbers is how SMS pumping earns.
     */
    public boolean receivesSms() {
        try {
            var number = UTIL.parse(e164, HOME_REGION);
            var type = UTIL.getNumberType(number);
            boolean mobile = type == PhoneNumberUtil.PhoneNumberType.MOBILE
                    || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
            return mobile && !(number.getCountryCode() == 45
                    && String.valueOf(number.getNationalNumber()).startsWith("70"));
        } catch (NumberParseException e) {
            throw new IllegalStateException(e);
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
