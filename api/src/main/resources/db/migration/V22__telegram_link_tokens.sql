-- One-time tokens of the Telegram deep link (https://t.me/<bot>?start=<token>) that binds a messenger's chat:
-- only a hash of the token is kept; it is deleted when used and useless after it expires.
CREATE TABLE telegram_link_tokens (
    token_hash   text PRIMARY KEY,
    messenger_id uuid        NOT NULL REFERENCES messengers (id) ON DELETE CASCADE,
    expires_at   timestamptz NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX telegram_link_tokens_messenger ON telegram_link_tokens (messenger_id);
