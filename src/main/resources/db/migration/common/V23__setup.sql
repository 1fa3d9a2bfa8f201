-- The secretariat sets its plan up from the pages: on the first start of an empty database Helhed logs a one-time
-- setup link (only its hash is kept; every link goes when the plan is set up). The plan keeps the name its messages
-- are signed with and the data controller and contact its privacy notice names. Places and organisations are
-- retired (kept for what refers to them, no longer offered) when something depends on them; an organisation says
-- what it helps with on "who is at the pavilion".
CREATE TABLE setup_link (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash CHAR(64) NOT NULL,
    created_at DATETIME NOT NULL,
    expires_at DATETIME NOT NULL,
    CONSTRAINT uq_setup_link_token UNIQUE (token_hash)
) ${table_options};

ALTER TABLE social_plan ADD sender_name VARCHAR(60);
ALTER TABLE social_plan ADD controller VARCHAR(300);
ALTER TABLE social_plan ADD contact VARCHAR(300);

ALTER TABLE place ADD retired_at DATETIME;
ALTER TABLE organisation ADD helps_with VARCHAR(300);
ALTER TABLE organisation ADD retired_at DATETIME;
