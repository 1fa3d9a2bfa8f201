package dk.helhed.signin.entity;

/** What the link with an account token is for; a token for one purpose never serves another. */
public enum TokenPurpose {
    /** A volunteer's sign-up: opening the link and confirming activates the account. */
    VERIFY_EMAIL,
    /** A forgotten password: the link lets the owner set a new one, once. */
    RESET_PASSWORD
}
