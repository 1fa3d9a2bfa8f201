package dk.helhed.messaging.control;

/** What became of one send, as far as we can know. */
public sealed interface Outcome {
    /** The provider took it; its id for the message. */
    record Sent(String providerId) implements Outcome {
    }

    /** It certainly did not leave; try again later. */
    record RetryLater(String reason) implements Outcome {
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
