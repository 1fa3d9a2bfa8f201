-- Volunteers sign up themselves (the account stays inactive until the e-mail is verified), anyone may reset a
-- forgotten password, and coordinators invite partner staff. Links carry random tokens stored only as SHA-256.
ALTER TABLE account ADD language VARCHAR(2) DEFAULT 'da' NOT NULL;

CREATE TABLE account_token (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT NOT NULL,
    purpose VARCHAR(16) NOT NULL,
    token_hash CHAR(64) NOT NULL,
    created_at DATETIME NOT NULL,
    expires_at DATETIME NOT NULL,
    used_at DATETIME,
    CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${table_options};
CREATE INDEX ix_account_token_account ON account_token (account_id, purpose);

CREATE TABLE invitation (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    email VARCHAR(254) NOT NULL,
    organisation_id BIGINT NOT NULL,
    token_hash CHAR(64) NOT NULL,
    invited_by VARCHAR(254) NOT NULL,
    created_at DATETIME NOT NULL,
    expires_at DATETIME NOT NULL,
    accepted_at DATETIME,
    CONSTRAINT uq_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ${table_options};
CREATE INDEX ix_invitation_email ON invitation (email);
