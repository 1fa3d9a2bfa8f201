package dk.helhed.signin.entity;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Account;
import dk.helhed.verification.entity.ManageToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * The secret behind a link in a mail about an account (verify the e-mail, reset the password): 128 random bits,
 * of which only the SHA-256 is kept. It works once, before it expires, and only for its purpose.
 */
@Entity
@Table(name = "account_token")
@NamedQueries({
        @NamedQuery(name = AccountToken.BY_HASH, query = "select t from AccountToken t where t.tokenHash = :hash"),
        @NamedQuery(name = AccountToken.RETIRE, query = """
                update AccountToken t set t.usedAt = :now
                where t.account = :account and t.purpose = :purpose and t.usedAt is null""")})
public class AccountToken {
    public static final String BY_HASH = "AccountToken.byHash";
    /** Spends every open token of an account for a purpose: a newer link makes the older ones useless. */
    public static final String RETIRE = "AccountToken.retire";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    public AccountToken(Account account, TokenPurpose purpose, ManageToken token, Instant now, Duration lifetime) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = token.hash();
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    /** Refuses a token for another purpose, one already used, or one that has expired; the field is "token". */
    public void requireUsable(TokenPurpose wanted, Instant now) {
        if (purpose != wanted) {
            throw Refusal.invalid("token", "field.token.unknown");
        }
        if (usedAt != null) {
            throw Refusal.invalid("token", "field.token.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw Refusal.invalid("token", "field.token.expired");
        }
    }

    /** Spends the token: it will not work again. */
    public void use(TokenPurpose wanted, Instant now) {
        requireUsable(wanted, now);
        usedAt = now;
    }

    public Account account() {
        return account;
    }

    public TokenPurpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean used() {
        return usedAt != null;
    }
}
