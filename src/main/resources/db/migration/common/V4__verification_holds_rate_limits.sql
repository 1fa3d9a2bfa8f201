-- Online bookings are held until the resident's phone is verified.
ALTER TABLE appointment ADD hold_until DATETIME;
CREATE INDEX ix_appointment_status_hold ON appointment (status, hold_until);

CREATE TABLE phone_verification (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    topic VARCHAR(80) NOT NULL,
    phone VARCHAR(20) NOT NULL,
    code_hash CHAR(64) NOT NULL,
    code_salt CHAR(32) NOT NULL,
    expires_at DATETIME NOT NULL,
    tries INT DEFAULT 0 NOT NULL,
    sends INT DEFAULT 0 NOT NULL,
    last_sent_at DATETIME NOT NULL,
    verified_at DATETIME,
    CONSTRAINT uq_phone_verification_topic UNIQUE (topic)
) ${table_options};

CREATE TABLE rate_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    bucket VARCHAR(120) NOT NULL,
    at DATETIME NOT NULL
) ${table_options};
CREATE INDEX ix_rate_event_bucket_at ON rate_event (bucket, at);
