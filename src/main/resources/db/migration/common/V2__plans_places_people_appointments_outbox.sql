-- Instants are UTC in DATETIME columns (whole seconds). Wall-clock times (TIME, DATE) are Europe/Copenhagen.

CREATE TABLE social_plan (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT uq_social_plan_code UNIQUE (code)
) ${table_options};

CREATE TABLE place (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id BIGINT NOT NULL,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(200) NOT NULL,
    address VARCHAR(300),
    CONSTRAINT uq_place_code UNIQUE (code),
    CONSTRAINT fk_place_plan FOREIGN KEY (plan_id) REFERENCES social_plan (id)
) ${table_options};

CREATE TABLE organisation (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id BIGINT NOT NULL,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT uq_organisation_code UNIQUE (code),
    CONSTRAINT fk_organisation_plan FOREIGN KEY (plan_id) REFERENCES social_plan (id)
) ${table_options};

CREATE TABLE person (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    phone VARCHAR(20),
    email VARCHAR(254),
    organisation_id BIGINT,
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ${table_options};

CREATE TABLE adviser (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id BIGINT NOT NULL,
    CONSTRAINT uq_adviser_person UNIQUE (person_id),
    CONSTRAINT fk_adviser_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE TABLE availability (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    adviser_id BIGINT NOT NULL,
    place_id BIGINT NOT NULL,
    day_of_week SMALLINT NOT NULL,
    starts_at TIME NOT NULL,
    ends_at TIME NOT NULL,
    slot_minutes SMALLINT NOT NULL,
    valid_from DATE NOT NULL,
    valid_until DATE,
    CONSTRAINT fk_availability_adviser FOREIGN KEY (adviser_id) REFERENCES adviser (id),
    CONSTRAINT fk_availability_place FOREIGN KEY (place_id) REFERENCES place (id)
) ${table_options};

CREATE TABLE appointment_slot (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    adviser_id BIGINT NOT NULL,
    place_id BIGINT NOT NULL,
    starts_at DATETIME NOT NULL,
    ends_at DATETIME NOT NULL,
    taken BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT uq_slot_adviser_start UNIQUE (adviser_id, starts_at),
    CONSTRAINT fk_slot_adviser FOREIGN KEY (adviser_id) REFERENCES adviser (id),
    CONSTRAINT fk_slot_place FOREIGN KEY (place_id) REFERENCES place (id)
) ${table_options};
CREATE INDEX ix_slot_place_start ON appointment_slot (place_id, starts_at);
CREATE INDEX ix_slot_start ON appointment_slot (starts_at);

CREATE TABLE appointment (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference VARCHAR(16) NOT NULL,
    slot_id BIGINT NOT NULL,
    -- equals slot_id while the appointment holds its slot, NULL after: at most one live appointment per slot
    active_slot_id BIGINT,
    status VARCHAR(16) NOT NULL,
    resident_name VARCHAR(120) NOT NULL,
    resident_phone VARCHAR(20) NOT NULL,
    resident_email VARCHAR(254),
    language VARCHAR(8) NOT NULL,
    manage_token_hash CHAR(64) NOT NULL,
    created_at DATETIME NOT NULL,
    cancelled_at DATETIME,
    CONSTRAINT uq_appointment_reference UNIQUE (reference),
    CONSTRAINT uq_appointment_active_slot UNIQUE (active_slot_id),
    CONSTRAINT uq_appointment_token UNIQUE (manage_token_hash),
    CONSTRAINT fk_appointment_slot FOREIGN KEY (slot_id) REFERENCES appointment_slot (id)
) ${table_options};

CREATE TABLE outbox_message (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    dedupe_key VARCHAR(190) NOT NULL,
    topic VARCHAR(80) NOT NULL,
    kind VARCHAR(24) NOT NULL,
    channel VARCHAR(8) NOT NULL,
    recipient VARCHAR(254) NOT NULL,
    subject VARCHAR(200),
    body TEXT NOT NULL,
    due_at DATETIME NOT NULL,
    expires_at DATETIME NOT NULL,
    status VARCHAR(12) NOT NULL,
    attempts INT DEFAULT 0 NOT NULL,
    lease_until DATETIME,
    claim_token VARCHAR(36),
    provider_id VARCHAR(100),
    last_error VARCHAR(500),
    created_at DATETIME NOT NULL,
    settled_at DATETIME,
    CONSTRAINT uq_outbox_dedupe UNIQUE (dedupe_key)
) ${table_options};
CREATE INDEX ix_outbox_due ON outbox_message (status, due_at);
CREATE INDEX ix_outbox_topic ON outbox_message (topic);
