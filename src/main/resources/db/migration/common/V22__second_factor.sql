-- Staff sign in with a second factor (TOTP, RFC 6238): the secret is kept sealed (HELHED_DATA_KEY), with the last
-- time step used so a code works once. One-time recovery codes and API tokens (for programs: an account with a
-- second factor cannot use HTTP Basic) are kept only as SHA-256.
ALTER TABLE account ADD totp_secret VARCHAR(200);
ALTER TABLE account ADD totp_enrolled_at DATETIME;
ALTER TABLE account ADD totp_last_step BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE recovery_code (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT NOT NULL,
    code_hash CHAR(64) NOT NULL,
    created_at DATETIME NOT NULL,
    used_at DATETIME,
    CONSTRAINT uq_recovery_code UNIQUE (account_id, code_hash),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${table_options};

CREATE TABLE api_token (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    token_hash CHAR(64) NOT NULL,
    created_at DATETIME NOT NULL,
    last_used_at DATETIME,
    revoked_at DATETIME,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${table_options};
CREATE INDEX ix_api_token_account ON api_token (account_id);
