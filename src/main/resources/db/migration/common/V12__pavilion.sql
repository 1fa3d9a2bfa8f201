-- The pavilion's opening blocks: a weekday and a local wall-clock time (Europe/Copenhagen, kept across DST) at a
-- place, valid from a day (until a day, or open-ended). Each block needs staff of some partner organisations; a
-- generator turns blocks into shifts (one per occurrence and organisation), skipping closed days.
CREATE TABLE pavilion_block (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    place_id BIGINT NOT NULL,
    day_of_week VARCHAR(10) NOT NULL,
    starts_at TIME NOT NULL,
    ends_at TIME NOT NULL,
    valid_from DATE NOT NULL,
    valid_until DATE,
    created_at DATETIME NOT NULL,
    CONSTRAINT ck_pavilion_block_times CHECK (ends_at > starts_at),
    CONSTRAINT fk_pavilion_block_place FOREIGN KEY (place_id) REFERENCES place (id)
) ${table_options};

CREATE TABLE pavilion_block_need (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    block_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    people INT DEFAULT 1 NOT NULL,
    CONSTRAINT uq_pavilion_block_need UNIQUE (block_id, organisation_id),
    CONSTRAINT ck_pavilion_block_need_people CHECK (people >= 1),
    CONSTRAINT fk_pavilion_block_need_block FOREIGN KEY (block_id) REFERENCES pavilion_block (id),
    CONSTRAINT fk_pavilion_block_need_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ${table_options};

-- A partner staff member offers a colleague of the same organisation their block: to hand it over (want_assignment_id
-- NULL) or to exchange it for one of the colleague's. PROPOSED until the colleague accepts or declines; STALE when
-- either assignment changed in the meantime.
CREATE TABLE pavilion_swap (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    offered_assignment_id BIGINT NOT NULL,
    proposer_id BIGINT NOT NULL,
    colleague_id BIGINT NOT NULL,
    wanted_assignment_id BIGINT,
    status VARCHAR(12) NOT NULL,
    created_at DATETIME NOT NULL,
    decided_at DATETIME,
    CONSTRAINT fk_pavilion_swap_offered FOREIGN KEY (offered_assignment_id) REFERENCES shift_assignment (id),
    CONSTRAINT fk_pavilion_swap_wanted FOREIGN KEY (wanted_assignment_id) REFERENCES shift_assignment (id),
    CONSTRAINT fk_pavilion_swap_proposer FOREIGN KEY (proposer_id) REFERENCES person (id),
    CONSTRAINT fk_pavilion_swap_colleague FOREIGN KEY (colleague_id) REFERENCES person (id)
) ${table_options};
CREATE INDEX ix_pavilion_swap_colleague ON pavilion_swap (colleague_id, status);

-- Who a coordinator's "call for help" has asked to fill a shift: once per person and shift.
CREATE TABLE rota_help_call (
    shift_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    asked_at DATETIME NOT NULL,
    CONSTRAINT pk_rota_help_call PRIMARY KEY (shift_id, person_id),
    CONSTRAINT fk_rota_help_call_shift FOREIGN KEY (shift_id) REFERENCES shift (id),
    CONSTRAINT fk_rota_help_call_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

-- The coordinators' morning digest of gaps, once per local day (the key makes a second node's attempt fail).
CREATE TABLE rota_digest (
    local_day DATE NOT NULL PRIMARY KEY,
    gaps INT NOT NULL,
    created_at DATETIME NOT NULL
) ${table_options};
