package dk.helhed.signin.entity;

import dk.helhed.people.entity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A program's key to the API for one account (sent as {@code Authorization: Bearer}): made by the signed-in person
 * after their second factor, shown once, kept only as SHA-256 of its 256 random bits, revocable. It ends with the
 * account.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = """
        select t from ApiToken t join fetch t.account where t.tokenHash = :hash and t.revokedAt is null""")
@NamedQuery(name = ApiToken.OF_ACCOUNT, query = """
        select t from ApiToken t where t.account = :account and t.revokedAt is null order by t.createdAt, t.id""")
@NamedQuery(name = ApiToken.REVOKE_ALL, query = """
        update ApiToken t set t.revokedAt = :now where t.account = :account and t.revokedAt is null""")
public class ApiToken {
    public static final String BY_HASH = "ApiToken.byHash";
    public static final String OF_ACCOUNT = "ApiToken.ofAccount";
    public static final String REVOKE_ALL = "ApiToken.revokeAll";
    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    private String name;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(Account account, String name, String tokenHash, Instant now) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    /** Marks it used, at most once a minute (each API call would otherwise write a row). */
    public void used(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
            lastUsedAt = now;
        }
    }

    public void revoke(Instant now) {
        revokedAt = now;
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}
