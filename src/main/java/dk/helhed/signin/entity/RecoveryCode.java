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
 * One of an account's one-time recovery codes, for a lost phone: only its SHA-256 is kept (the code is 80 random
 * bits), and it works once.
 */
@Entity
@Table(name = "recovery_code")
@NamedQuery(name = RecoveryCode.UNUSED, query = """
        select c from RecoveryCode c where c.account = :account and c.codeHash = :hash and c.usedAt is null""")
@NamedQuery(name = RecoveryCode.LEFT, query = """
        select count(c) from RecoveryCode c where c.account = :account and c.usedAt is null""")
@NamedQuery(name = RecoveryCode.FORGET, query = "delete from RecoveryCode c where c.account = :account")
public class RecoveryCode {
    public static final String UNUSED = "RecoveryCode.unused";
    public static final String LEFT = "RecoveryCode.left";
    public static final String FORGET = "RecoveryCode.forget";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(Account account, String codeHash, Instant now) {
        this.account = account;
        this.codeHash = codeHash;
        this.createdAt = now;
    }

    public void use(Instant now) {
        this.usedAt = now;
    }
}
