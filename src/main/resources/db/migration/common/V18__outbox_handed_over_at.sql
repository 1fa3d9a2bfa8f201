-- When a claimed row was handed to its channel, as a column: before, the hand-over was written as a sentinel text in
-- last_error. Rows that carry it are carried over; when they were handed over is not known, so the end of their lease
-- stands for it (within one lease of the truth), and their last_error is emptied.
ALTER TABLE outbox_message ADD handed_over_at DATETIME;
UPDATE outbox_message SET handed_over_at = COALESCE(lease_until, due_at), last_error = NULL
    WHERE last_error = 'handed to its channel; no outcome recorded yet';
