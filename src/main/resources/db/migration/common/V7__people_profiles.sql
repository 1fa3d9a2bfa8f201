-- What a volunteer (or partner staff member) keeps in their profile besides name, phone and e-mail: the languages
-- they speak (ISO 639-1), the subjects they can teach at homework help, and whether they agree to SMS.
ALTER TABLE person ADD sms_consent BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE person_language (
    person_id BIGINT NOT NULL,
    language VARCHAR(8) NOT NULL,
    CONSTRAINT pk_person_language PRIMARY KEY (person_id, language),
    CONSTRAINT fk_person_language_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE TABLE person_subject (
    person_id BIGINT NOT NULL,
    subject VARCHAR(16) NOT NULL,
    CONSTRAINT pk_person_subject PRIMARY KEY (person_id, subject),
    CONSTRAINT fk_person_subject_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};
CREATE INDEX ix_person_subject_subject ON person_subject (subject);
