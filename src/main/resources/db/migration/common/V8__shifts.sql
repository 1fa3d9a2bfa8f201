-- Shifts: the times someone is needed at a place. A homework-help session needs volunteer tutors (optionally per
-- subject); a pavilion block needs staff of given partner organisations. One row per occurrence and need. A person
-- takes one of its places by a conditional update (taken < needed) and holds it by an assignment.
CREATE TABLE shift (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind VARCHAR(12) NOT NULL,
    place_id BIGINT NOT NULL,
    -- the series it repeats in, e.g. 'homework:12' or 'pavilion:3': "every Tuesday this term" is booked by it
    series_key VARCHAR(60) NOT NULL,
    -- one shift per series, original start, organisation and subject, so a generator may run again safely
    natural_key VARCHAR(160) NOT NULL,
    -- pavilion: whose staff should be there; NULL when anyone eligible may take it
    organisation_id BIGINT,
    -- homework help: MATHS, DANISH, ENGLISH; NULL for any subject
    subject VARCHAR(16),
    starts_at DATETIME NOT NULL,
    ends_at DATETIME NOT NULL,
    needed INT NOT NULL,
    -- places taken; changed only by conditional updates
    taken INT DEFAULT 0 NOT NULL,
    status VARCHAR(12) NOT NULL,
    created_at DATETIME NOT NULL,
    cancelled_at DATETIME,
    CONSTRAINT uq_shift_natural UNIQUE (natural_key),
    CONSTRAINT ck_shift_needed CHECK (needed >= 1),
    CONSTRAINT ck_shift_taken CHECK (taken >= 0 AND taken <= needed),
    CONSTRAINT ck_shift_times CHECK (ends_at > starts_at),
    CONSTRAINT fk_shift_place FOREIGN KEY (place_id) REFERENCES place (id),
    CONSTRAINT fk_shift_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ${table_options};
CREATE INDEX ix_shift_kind_status_start ON shift (kind, status, starts_at);
CREATE INDEX ix_shift_series_start ON shift (series_key, starts_at);

CREATE TABLE shift_assignment (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    shift_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    status VARCHAR(12) NOT NULL,
    -- equals person_id while the place is held, NULL after: one live assignment per person and shift
    active_person_id BIGINT,
    created_at DATETIME NOT NULL,
    released_at DATETIME,
    CONSTRAINT uq_shift_assignment_active UNIQUE (shift_id, active_person_id),
    CONSTRAINT fk_shift_assignment_shift FOREIGN KEY (shift_id) REFERENCES shift (id),
    CONSTRAINT fk_shift_assignment_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};
CREATE INDEX ix_shift_assignment_person_status ON shift_assignment (person_id, status);
CREATE INDEX ix_shift_assignment_shift_status ON shift_assignment (shift_id, status);
