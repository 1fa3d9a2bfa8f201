-- Twilio's status callbacks. provider_status is how far Twilio got with an SMS (QUEUED, SENDING, SENT, DELIVERED,
-- UNDELIVERED, FAILED); it only moves forward. A callback settles an UNKNOWN row (SENT or FAILED).
ALTER TABLE outbox_message ADD provider_status VARCHAR(12);
CREATE INDEX ix_outbox_provider ON outbox_message (provider_id);

-- Each accepted callback once per message and status: a replay (same sid and status) is recognised and changes
-- nothing. applied is false for a callback that came too late to move the message on.
CREATE TABLE sms_status_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    outbox_message_id BIGINT NOT NULL,
    message_sid VARCHAR(64) NOT NULL,
    message_status VARCHAR(20) NOT NULL,
    error_code VARCHAR(10),
    applied BOOLEAN NOT NULL,
    received_at DATETIME NOT NULL,
    CONSTRAINT uq_sms_status_event UNIQUE (message_sid, message_status),
    CONSTRAINT fk_sms_status_event_message FOREIGN KEY (outbox_message_id) REFERENCES outbox_message (id)
) ${table_options};
CREATE INDEX ix_sms_status_event_message ON sms_status_event (outbox_message_id);
