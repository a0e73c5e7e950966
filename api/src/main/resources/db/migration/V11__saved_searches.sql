-- Saved searches: a query in the search language with its filters, an owner, sharing and an optional alert rule.
-- The monitor step reads them from the saved-searches topic; this table is the record of truth.
CREATE TABLE saved_searches (
    id             uuid PRIMARY KEY,
    name           text        NOT NULL,
    query          text        NOT NULL,
    category       text,
    lang           text,
    neighbourhood  text,
    source         text,
    kind           text,
    owner_id       bigint      NOT NULL REFERENCES users (id),
    shared         boolean     NOT NULL DEFAULT false,
    alert_type     text CHECK (alert_type IN ('first', 'count', 'narrative')),
    min_matches    integer CHECK (min_matches >= 1),
    window_minutes integer CHECK (window_minutes >= 1),
    open_case      boolean     NOT NULL DEFAULT false,
    version        bigint      NOT NULL DEFAULT 1,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    deleted_at     timestamptz
);
CREATE INDEX saved_searches_owner ON saved_searches (owner_id) WHERE deleted_at IS NULL;

-- Every post matched, once per saved search (search.matches is consumed at least once).
CREATE TABLE saved_search_matches (
    saved_search_id uuid        NOT NULL REFERENCES saved_searches (id),
    post_id         text        NOT NULL,
    narrative_id    text,
    posted_at       timestamptz NOT NULL,
    matched_at      timestamptz NOT NULL,
    PRIMARY KEY (saved_search_id, post_id)
);
CREATE INDEX saved_search_matches_posted ON saved_search_matches (saved_search_id, posted_at);
CREATE INDEX saved_search_matches_recent ON saved_search_matches (saved_search_id, matched_at);

-- Alerts: one per (saved search, window), whatever the number of api nodes or restarts.
CREATE TABLE saved_search_alerts (
    id              bigserial PRIMARY KEY,
    saved_search_id uuid        NOT NULL REFERENCES saved_searches (id),
    window_key      text        NOT NULL,
    window_start    timestamptz,
    window_end      timestamptz,
    match_count     integer     NOT NULL,
    narrative_id    text,
    fired_at        timestamptz NOT NULL,
    UNIQUE (saved_search_id, window_key)
);

-- The in-app inbox: what a user should see (saved-search alerts), once per dedup key.
CREATE TABLE inbox_items (
    id         bigserial PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES users (id),
    kind       text        NOT NULL,
    title      text        NOT NULL,
    body       text        NOT NULL,
    link       text,
    dedup_key  text        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    read_at    timestamptz
);
CREATE INDEX inbox_items_user ON inbox_items (user_id, created_at DESC);
