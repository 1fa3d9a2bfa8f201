-- Advisers' availability: the languages they speak, the days they are away, slots taken out of the offer, and the
-- language a resident asks to speak at the meeting. Wall-clock dates and times (DATE, TIME) are Europe/Copenhagen.

-- ISO 639-1 codes (da, en, ar, so, ...), not limited to the languages of Helhed's own texts
CREATE TABLE adviser_language (
    adviser_id BIGINT NOT NULL,
    language VARCHAR(8) NOT NULL,
    CONSTRAINT pk_adviser_language PRIMARY KEY (adviser_id, language),
    CONSTRAINT fk_adviser_language_adviser FOREIGN KEY (adviser_id) REFERENCES adviser (id)
) ${table_options};

-- An adviser away (holiday, illness, ...). A NULL time means the whole day: from the start of from_day, until the
-- end of until_day.
CREATE TABLE availability_exception (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    adviser_id BIGINT NOT NULL,
    from_day DATE NOT NULL,
    from_time TIME,
    until_day DATE NOT NULL,
    until_time TIME,
    reason VARCHAR(16) NOT NULL,
    CONSTRAINT fk_availability_exception_adviser FOREIGN KEY (adviser_id) REFERENCES adviser (id)
) ${table_options};
CREATE INDEX ix_availability_exception_adviser ON availability_exception (adviser_id, until_day);

-- TRUE while the slot falls on a closed day or in its adviser's absence: not offered and not bookable. A booked
-- slot keeps its appointment (the coordinator finds those as taken AND withdrawn); slot generation sets and clears
-- the flag, so lifting an absence offers the slot again. Never deleted: cancelled appointments still point at it.
ALTER TABLE appointment_slot ADD COLUMN withdrawn BOOLEAN DEFAULT FALSE NOT NULL;

-- The language the resident wants to speak at the meeting (ISO 639-1), unlike appointment.language, which is the
-- language of Helhed's messages to them. NULL: not asked.
ALTER TABLE appointment ADD COLUMN requested_language VARCHAR(8);
