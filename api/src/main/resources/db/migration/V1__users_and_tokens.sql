-- Staff and messenger accounts. One role per account; passwords are argon2id PHC strings.
CREATE TABLE users (
    id            bigserial PRIMARY KEY,
    username      text        NOT NULL UNIQUE,
    display_name  text        NOT NULL,
    email         text,
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('officer', 'messenger', 'analyst', 'admin')),
    active        boolean     NOT NULL DEFAULT true,
    failed_logins integer     NOT NULL DEFAULT 0,
    locked_until  timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Bearer tokens: only the SHA-256 of a token is stored.
CREATE TABLE auth_tokens (
    token_hash text PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES users (id),
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX auth_tokens_user ON auth_tokens (user_id);
