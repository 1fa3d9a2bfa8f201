-- Which of an account's sessions still stand: a session remembers the number it began with, and a new password
-- (changed or reset) counts it up, which ends every other session of the account.
ALTER TABLE account ADD sessions_version INT NOT NULL DEFAULT 0;
