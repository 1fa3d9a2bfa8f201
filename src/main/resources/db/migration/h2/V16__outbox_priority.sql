-- What someone is waiting for (a code, a reset link, an offer, the confirmation of what they just did) is claimed
-- before reminders and announcements to many: priority 0 before 1. The claim reads one (status, priority) at a time
-- in due order, so the index leads with both.
ALTER TABLE outbox_message ADD priority SMALLINT DEFAULT 1 NOT NULL;
UPDATE outbox_message SET priority = 0 WHERE kind NOT IN ('REMINDER', 'REMINDER_SOON', 'ANNOUNCEMENT', 'EVENT_CANCELLED');
CREATE INDEX ix_outbox_claim ON outbox_message (status, priority, due_at);
DROP INDEX ix_outbox_due;
