-- Homework help (Lektiehjælp, "Studieplaneten"): coordinators define a series per place, weekdays, time and term;
-- every occurrence is a session with its tutor shifts (table shift) and an event whose places are the children's
-- seats (table event), so parents reserve a seat through the events' sign-up. School holidays are skipped.

CREATE TABLE school_holiday (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    first_day DATE NOT NULL,
    last_day DATE NOT NULL,
    created_at DATETIME NOT NULL,
    CONSTRAINT ck_school_holiday_days CHECK (last_day >= first_day)
) ${table_options};
CREATE INDEX ix_school_holiday_days ON school_holiday (first_day, last_day);

CREATE TABLE homework_series (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    place_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    -- e.g. FREQ=WEEKLY;UNTIL=20270625;BYDAY=TU,TH, expanded from term_first with ical4j
    rrule VARCHAR(200) NOT NULL,
    -- local wall-clock times in the plan's zone; kept across daylight-saving changes
    start_time TIME NOT NULL,
    end_time TIME NOT NULL,
    term_first DATE NOT NULL,
    term_last DATE NOT NULL,
    -- tutors needed per session: for any subject, and per subject
    tutors_any INT DEFAULT 0 NOT NULL,
    tutors_maths INT DEFAULT 0 NOT NULL,
    tutors_danish INT DEFAULT 0 NOT NULL,
    tutors_english INT DEFAULT 0 NOT NULL,
    child_seats INT NOT NULL,
    created_at DATETIME NOT NULL,
    CONSTRAINT ck_homework_series_seats CHECK (child_seats >= 1),
    CONSTRAINT ck_homework_series_term CHECK (term_last >= term_first),
    CONSTRAINT fk_homework_series_place FOREIGN KEY (place_id) REFERENCES place (id)
) ${table_options};

CREATE TABLE homework_session (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    series_id BIGINT NOT NULL,
    -- the day the rule gave it; stays when the session is moved (one session per series and day)
    occurs_on DATE NOT NULL,
    -- the start the rule gave: its shifts' natural keys are made of it, and keep it when the session moves
    planned_start DATETIME NOT NULL,
    starts_at DATETIME NOT NULL,
    ends_at DATETIME NOT NULL,
    status VARCHAR(12) NOT NULL,
    -- the children's seats: an event with capacity = seats
    event_id BIGINT NOT NULL,
    created_at DATETIME NOT NULL,
    moved_at DATETIME,
    cancelled_at DATETIME,
    CONSTRAINT uq_homework_session_day UNIQUE (series_id, occurs_on),
    CONSTRAINT uq_homework_session_event UNIQUE (event_id),
    CONSTRAINT ck_homework_session_times CHECK (ends_at > starts_at),
    CONSTRAINT fk_homework_session_series FOREIGN KEY (series_id) REFERENCES homework_series (id),
    CONSTRAINT fk_homework_session_event FOREIGN KEY (event_id) REFERENCES event (id)
) ${table_options};
CREATE INDEX ix_homework_session_status_start ON homework_session (status, starts_at);
