-- The plan's own closed days (a staff day, the offices closed for a move), beside Denmark's public holidays and the
-- yearly HELHED_CLOSED_DAYS: no slots, no shifts, and series skip them. (DAY is a reserved word in H2.)
CREATE TABLE closed_day (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    closed_on DATE NOT NULL,
    reason VARCHAR(80) NOT NULL,
    CONSTRAINT uq_closed_day UNIQUE (closed_on)
) ${table_options};
