-- Cities sharing narrative signatures: the trust list, what this city shared or withheld, what it received, what it
-- quarantined, and which local narratives matched a received signature.
CREATE TABLE network_cities (
    city        TEXT PRIMARY KEY CHECK (city ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
    public_key  TEXT NOT NULL,
    contact     TEXT,
    added_by    TEXT NOT NULL,
    added_at    TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ,
    revoked_by  TEXT
);

CREATE TABLE network_shares (
    id               BIGSERIAL PRIMARY KEY,
    narrative_id     TEXT NOT NULL,
    outcome          TEXT NOT NULL CHECK (outcome IN ('shared', 'withheld')),
    distinct_authors BIGINT NOT NULL,
    shared_by        TEXT NOT NULL,
    at               TIMESTAMPTZ NOT NULL,
    signature        JSONB
);
CREATE INDEX network_shares_narrative ON network_shares (narrative_id);

CREATE TABLE network_signatures (
    city          TEXT NOT NULL,
    narrative_id  TEXT NOT NULL,
    signature     JSONB NOT NULL,
    shared_at     TIMESTAMPTZ NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (city, narrative_id)
);

CREATE TABLE network_quarantine (
    id           BIGSERIAL PRIMARY KEY,
    city         TEXT,
    narrative_id TEXT,
    reason       TEXT NOT NULL,
    payload      JSONB NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE network_matches (
    id                  BIGSERIAL PRIMARY KEY,
    narrative_id        TEXT NOT NULL,
    city                TEXT NOT NULL,
    remote_narrative_id TEXT NOT NULL,
    term_cosine         DOUBLE PRECISION NOT NULL,
    shared_terms        JSONB NOT NULL,
    shared_urls         INT NOT NULL,
    shared_claims       INT NOT NULL,
    early_warning       BOOLEAN NOT NULL,
    matched_at          TIMESTAMPTZ NOT NULL,
    playbook_imported_at TIMESTAMPTZ,
    UNIQUE (narrative_id, city, remote_narrative_id)
);
