-- Staff are invited with a role (coordinator, adviser, partner staff, admin) and in the language of their mails
-- (Danish or English); only partner staff must belong to an organisation.
ALTER TABLE invitation ADD role VARCHAR(16) DEFAULT 'PARTNER' NOT NULL;
ALTER TABLE invitation ADD language VARCHAR(2) DEFAULT 'da' NOT NULL;
ALTER TABLE invitation ALTER COLUMN organisation_id SET NULL;
