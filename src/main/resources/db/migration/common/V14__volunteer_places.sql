-- The places where a volunteer can help: their list of open shifts shows these places first (and only these, until
-- they choose otherwise). Places are named by their stable public code.
CREATE TABLE person_place (
    person_id BIGINT NOT NULL,
    place_code VARCHAR(40) NOT NULL,
    CONSTRAINT pk_person_place PRIMARY KEY (person_id, place_code),
    CONSTRAINT fk_person_place_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_person_place_place FOREIGN KEY (place_code) REFERENCES place (code)
) ${table_options};
