-- One live sign-up per event, phone and name (was: per phone), so a parent can reserve seats for two children with
-- one phone. active_name is the name as the rule compares it while the sign-up is live: trimmed, inner spaces as one,
-- lower case (Signup.nameKey).
ALTER TABLE event_signup ADD active_name VARCHAR(120);
UPDATE event_signup SET active_name = REGEXP_REPLACE(LOWER(TRIM(name)), '[[:space:]]+', ' ') WHERE active_phone IS NOT NULL;
ALTER TABLE event_signup ADD CONSTRAINT uq_event_signup_active_person UNIQUE (event_id, active_phone, active_name);
ALTER TABLE event_signup DROP INDEX uq_event_signup_active_phone;
