-- Transactional outbox: notifications and events are written with the change that causes them and delivered
-- afterwards, with retries and exponential backoff. A person's address is stored sealed (ContactCipher).
CREATE TABLE outbox (
    id               bigserial PRIMARY KEY,
    channel          text        NOT NULL CHECK (channel IN ('email', 'webhook', 'kafka')),
    destination      text,
    recipient_sealed text,
    subject          text,
    body             text        NOT NULL,
    dedup_key        text UNIQUE,
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    delivered_at     timestamptz,
    failed_at        timestamptz,
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
