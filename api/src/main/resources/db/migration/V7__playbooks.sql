-- Approved talking points per harm category and language, versioned: a change is a new version.
CREATE TABLE playbooks (
    id             bigserial PRIMARY KEY,
    category       text        NOT NULL,
    language       text        NOT NULL,
    version        integer     NOT NULL,
    title          text        NOT NULL,
    talking_points jsonb       NOT NULL,
    dos            jsonb       NOT NULL,
    donts          jsonb       NOT NULL,
    safety_note    text,
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (category, language, version)
);
