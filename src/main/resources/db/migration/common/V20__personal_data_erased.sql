-- When the retention job erased a row's personal data (names, phone numbers, e-mail addresses, notes, message
-- recipients and texts). The row stays, so reports can still count it by date, place, offering, status, attendance
-- and language.
ALTER TABLE appointment ADD erased_at DATETIME;
ALTER TABLE event_signup ADD erased_at DATETIME;
ALTER TABLE outbox_message ADD erased_at DATETIME;
