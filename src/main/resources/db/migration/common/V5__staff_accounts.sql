-- Staff who sign in: advisers, coordinators, admins (volunteers and partner staff come later).
CREATE TABLE account (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    email VARCHAR(254) NOT NULL,
    name VARCHAR(120) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    person_id BIGINT,
    active BOOLEAN DEFAULT TRUE NOT NULL,
    created_at DATETIME NOT NULL,
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE TABLE account_role (
    account_id BIGINT NOT NULL,
    role VARCHAR(24) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${table_options};

-- Who looked at or changed a resident's record, and when.
CREATE TABLE access_log (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    at DATETIME NOT NULL,
    actor VARCHAR(254) NOT NULL,
    action VARCHAR(40) NOT NULL,
    subject VARCHAR(120) NOT NULL
) ${table_options};
CREATE INDEX ix_access_log_subject ON access_log (subject);

-- Staff-assisted bookings record the resident's oral consent; advisers record attendance; residents may add a note.
ALTER TABLE appointment ADD consent_recorded_by VARCHAR(254);
ALTER TABLE appointment ADD attendance VARCHAR(12);
ALTER TABLE appointment ADD note VARCHAR(300);
