-- The WhatsApp and Telegram tip lines: one conversation per chat, keyed by a keyed hash of the chat id (the id
-- itself only sealed with ContactCipher); what a tipster sends before consenting is held sealed in the row and
-- deleted once recorded, or on STOP. Updates already handled are kept by keyed hash, so a platform's retry is a no-op.
CREATE TABLE chat_conversations (
    platform       text        NOT NULL CHECK (platform IN ('whatsapp', 'telegram')),
    chat_hash      text        NOT NULL,
    chat_sealed    text        NOT NULL,
    state          text        NOT NULL CHECK (state IN ('awaiting_consent', 'consented')),
    language       text        NOT NULL CHECK (language IN ('en', 'es', 'fr', 'ar')),
    pending_sealed text,
    updated_at     timestamptz NOT NULL,
    PRIMARY KEY (platform, chat_hash)
);

CREATE TABLE chat_updates (
    platform    text        NOT NULL,
    update_hash text        NOT NULL,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (platform, update_hash)
);
CREATE INDEX chat_updates_received ON chat_updates (received_at);

-- replies to the tip lines go through the outbox like every other message
ALTER TABLE outbox DROP CONSTRAINT outbox_channel_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_channel_check
    CHECK (channel IN ('email', 'webhook', 'kafka', 'whatsapp', 'telegram'));
