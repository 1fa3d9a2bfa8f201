package dk.helhed.setup.entity;

import dk.helhed.verification.entity.ManageToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * A setup link a start logged: the random token in it is kept only as its hash, and works until it expires or the
 * plan is set up (which deletes every link). Each node that starts on an empty database logs its own.
 */
@Entity
@Table(name = "setup_link")
@NamedQuery(name = SetupLink.BY_HASH, query = "select l from SetupLink l where l.tokenHash = :hash")
public class SetupLink {
    public static final String BY_HASH = "SetupLink.byHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected SetupLink() {
    }

    public SetupLink(ManageToken token, Instant now, Duration lifetime) {
        this.tokenHash = token.hash();
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    public boolean works(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
