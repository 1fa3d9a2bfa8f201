package dk.helhed.verification.entity;

/**
 * The short references residents read out on the phone ("H-7K3Q9PXM"): a prefix naming the kind, then 8 characters
 * from an alphabet without look-alikes (no 0/O, 1/I). 32^8 ≈ 10^12 values, and a unique constraint behind them.
 */
public final class References {
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private References() {
    }

    public static String next(String prefix) {
        StringBuilder sb = new StringBuilder(prefix).append('-');
        var random = Randomness.secure();
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
