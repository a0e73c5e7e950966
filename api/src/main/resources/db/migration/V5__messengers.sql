-- Credible messengers. Contact details are sealed with AES-GCM (ContactCipher, purpose messenger-contact).
-- profile (jsonb): {"languages":[{"lang":"es","proficiency":"native"}],"neighbourhoods":[],"communities":[],
--                   "topics":[],"channels":[]}
CREATE TABLE messengers (
    id                 uuid PRIMARY KEY,
    user_id            bigint UNIQUE REFERENCES users (id),
    display_name       text        NOT NULL,
    pseudonym          text        NOT NULL UNIQUE,
    email_sealed       text,
    phone_sealed       text,
    profile            jsonb       NOT NULL,
    capacity           integer     NOT NULL CHECK (capacity >= 0),
    available          boolean     NOT NULL DEFAULT true,
    absent_from        timestamptz,
    absent_until       timestamptz,
    consent            boolean     NOT NULL DEFAULT false,
    consent_at         timestamptz,
    active             boolean     NOT NULL DEFAULT true,
    preferred_language text        NOT NULL DEFAULT 'en',
    version            bigint      NOT NULL DEFAULT 1,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE endorsements (
    id           bigserial PRIMARY KEY,
    messenger_id uuid        NOT NULL REFERENCES messengers (id),
    officer      text        NOT NULL,
    note         text,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX endorsements_messenger ON endorsements (messenger_id);
