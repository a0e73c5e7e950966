-- The partner role, and the wider network of partners beyond messengers: teachers, faith leaders, youth and
-- social workers, health workers and community organisations. Contacts are sealed (ContactCipher) like tips'.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('officer', 'messenger', 'analyst', 'admin', 'partner'));

CREATE TABLE partners (
    id             bigserial PRIMARY KEY,
    organisation   text        NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('teacher', 'faith_leader', 'youth_worker', 'social_worker',
                                                        'health_worker', 'community_organisation', 'other')),
    languages      text[]      NOT NULL DEFAULT '{}',
    neighbourhoods text[]      NOT NULL DEFAULT '{}',
    communities    text[]      NOT NULL DEFAULT '{}',
    consent        boolean     NOT NULL DEFAULT false,
    consent_at     timestamptz,
    contact_sealed text,
    user_id        bigint UNIQUE REFERENCES users (id),
    active         boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- A heads-up about a narrative sent to a group of partners; one row per partner reached.
CREATE TABLE partner_headsups (
    id             bigserial PRIMARY KEY,
    narrative_id   text        NOT NULL,
    label          text        NOT NULL,
    summary        text        NOT NULL,
    talking_points text[]      NOT NULL DEFAULT '{}',
    neighbourhoods text[]      NOT NULL DEFAULT '{}',
    communities    text[]      NOT NULL DEFAULT '{}',
    languages      text[]      NOT NULL DEFAULT '{}',
    sent_by        text        NOT NULL,
    sent_at        timestamptz NOT NULL
);

CREATE TABLE partner_headsup_recipients (
    headsup_id      bigint      NOT NULL REFERENCES partner_headsups (id),
    partner_id      bigint      NOT NULL REFERENCES partners (id),
    acknowledged_at timestamptz,
    PRIMARY KEY (headsup_id, partner_id)
);
CREATE INDEX partner_headsup_recipients_partner ON partner_headsup_recipients (partner_id);
