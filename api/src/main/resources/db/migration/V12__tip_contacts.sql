-- Tipsters' sealed contacts, so an officer can answer a tip through the channel it came by. The contact stays
-- sealed (ContactCipher, purpose tip-contact); only an officer's audited action opens it. Replies go by SMS too.
CREATE TABLE tip_contacts (
    reference      text PRIMARY KEY,
    channel        text        NOT NULL,
    language       text,
    contact_sealed text,
    received_at    timestamptz NOT NULL
);

ALTER TABLE outbox DROP CONSTRAINT outbox_channel_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_channel_check CHECK (channel IN ('email', 'sms', 'webhook', 'kafka', 'whatsapp', 'telegram'));
