-- Workshops and events (Køges Kvindenetværk, family cafés, courses): events with a number of places, and residents'
-- sign-ups with a waitlist. Instants are UTC in DATETIME columns (whole seconds).

CREATE TABLE event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- the occurrences of one weekly series share it; NULL for a single event
    series_id VARCHAR(36),
    place_id BIGINT NOT NULL,
    title_da VARCHAR(200) NOT NULL,
    title_en VARCHAR(200) NOT NULL,
    title_ar VARCHAR(200),
    description_da VARCHAR(2000) NOT NULL,
    description_en VARCHAR(2000) NOT NULL,
    description_ar VARCHAR(2000),
    starts_at DATETIME NOT NULL,
    ends_at DATETIME NOT NULL,
    signup_deadline DATETIME NOT NULL,
    capacity INT NOT NULL,
    -- places taken (held, confirmed or offered); changed only by conditional updates
    booked INT DEFAULT 0 NOT NULL,
    status VARCHAR(12) NOT NULL,
    created_at DATETIME NOT NULL,
    cancelled_at DATETIME,
    CONSTRAINT ck_event_capacity CHECK (capacity >= 1),
    CONSTRAINT ck_event_booked CHECK (booked >= 0 AND booked <= capacity),
    CONSTRAINT fk_event_place FOREIGN KEY (place_id) REFERENCES place (id)
) ${table_options};
CREATE INDEX ix_event_status_start ON event (status, starts_at);
CREATE INDEX ix_event_series ON event (series_id);

CREATE TABLE event_signup (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference VARCHAR(16) NOT NULL,
    event_id BIGINT NOT NULL,
    status VARCHAR(12) NOT NULL,
    name VARCHAR(120) NOT NULL,
    phone VARCHAR(20) NOT NULL,
    email VARCHAR(254),
    language VARCHAR(8) NOT NULL,
    -- equals phone while the sign-up is live, NULL after: one live sign-up per phone and event
    active_phone VARCHAR(20),
    manage_token_hash CHAR(64) NOT NULL,
    offer_token_hash CHAR(64),
    created_at DATETIME NOT NULL,
    verified_at DATETIME,
    hold_until DATETIME,
    offer_until DATETIME,
    ended_at DATETIME,
    CONSTRAINT uq_event_signup_reference UNIQUE (reference),
    CONSTRAINT uq_event_signup_active_phone UNIQUE (event_id, active_phone),
    CONSTRAINT uq_event_signup_token UNIQUE (manage_token_hash),
    CONSTRAINT uq_event_signup_offer_token UNIQUE (offer_token_hash),
    CONSTRAINT fk_event_signup_event FOREIGN KEY (event_id) REFERENCES event (id)
) ${table_options};
CREATE INDEX ix_event_signup_event_status ON event_signup (event_id, status, id);
CREATE INDEX ix_event_signup_status_hold ON event_signup (status, hold_until);
CREATE INDEX ix_event_signup_status_offer ON event_signup (status, offer_until);
