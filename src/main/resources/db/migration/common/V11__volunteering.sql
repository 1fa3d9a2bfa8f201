-- Volunteering: shift confirmations carry an .ics, and each person may have one private calendar feed.

-- an iCalendar text sent beside an e-mail's body (a shift confirmation's vagt.ics); blanked with the body after
-- sending. TEXT is a CLOB in H2 and up to 64 KB in MySQL, far more than one event needs.
ALTER TABLE outbox_message ADD calendar TEXT;

-- The secret address of a person's calendar feed: only the SHA-256 of its token is kept. One live feed per person;
-- making a new link replaces the hash, so the old address stops working at once.
CREATE TABLE calendar_feed (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id BIGINT NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at DATETIME NOT NULL,
    CONSTRAINT uq_calendar_feed_person UNIQUE (person_id),
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};
