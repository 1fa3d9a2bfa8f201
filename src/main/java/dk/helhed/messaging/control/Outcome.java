package dk.helhed.messaging.control;

/** What became of one send, as far as we can know. */
public sealed interface Outcome {
    /** The provider took it; its id for the message. */
    record Sent(String providerId) implements Outcome {
    }

    /**
     * It certainly did not leave; try again later, and not before {@code notBefore} from now when the provider said
     * so (Twilio's 429 with Retry-After), else null.
     */
    record RetryLater(String reason, java.time.Duration notBefore) implements Outcome {
        public RetryLater(String reason) {
            this(reason, null);
        }
    }

    /** It will never go (bad address, refused for good). */
    record Failed(String reason) implements Outcome {
    }

    /** It may or may not have left; never re-sent blindly. */
    record Unknown(String reason) implements Outcome {
    }

    static String describe(Throwable e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 480 ? text.substring(0, 480) : text;
    }
}
