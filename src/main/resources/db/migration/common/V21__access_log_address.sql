-- Where an access or a security event came from (the client's address, through trusted proxies), and indexes for
-- the admins' search by time and by who.
ALTER TABLE access_log ADD address VARCHAR(45);
CREATE INDEX ix_access_log_at ON access_log (at);
CREATE INDEX ix_access_log_actor ON access_log (actor);
