-- One triage case per flagged narrative. version increases on every change (ETag / If-Match).
CREATE TABLE triage_cases (
    id               uuid PRIMARY KEY,
    narrative_id     text             NOT NULL UNIQUE,
    label            text             NOT NULL,
    severity         text             NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low')),
    priority         double precision NOT NULL,
    state            text             NOT NULL
        CHECK (state IN ('new', 'acknowledged', 'dismissed', 'monitoring', 'responding', 'closed')),
    dismiss_reason   text,
    flag_count       integer          NOT NULL DEFAULT 1,
    first_flagged_at timestamptz      NOT NULL,
    last_flagged_at  timestamptz      NOT NULL,
    target_at        timestamptz      NOT NULL,
    decided_at       timestamptz,
    escalated_at     timestamptz,
    version          bigint           NOT NULL DEFAULT 1,
    created_at       timestamptz      NOT NULL DEFAULT now(),
    updated_at       timestamptz      NOT NULL DEFAULT now()
);
CREATE INDEX triage_cases_queue ON triage_cases (state, priority DESC);
CREATE INDEX triage_cases_due ON triage_cases (target_at) WHERE escalated_at IS NULL;

-- Every alert taken in, once (the alerts topic is consumed at least once; alert_id makes it idempotent).
CREATE TABLE triage_alerts (
    alert_id     text PRIMARY KEY,
    case_id      uuid             NOT NULL REFERENCES triage_cases (id),
    narrative_id text             NOT NULL,
    rule         text,
    severity     text,
    priority     double precision,
    reason       text,
    flagged_at   timestamptz,
    received_at  timestamptz      NOT NULL DEFAULT now()
);
CREATE INDEX triage_alerts_case ON triage_alerts (case_id);

CREATE TABLE triage_notes (
    id         bigserial PRIMARY KEY,
    case_id    uuid        NOT NULL REFERENCES triage_cases (id),
    author     text        NOT NULL,
    body       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX triage_notes_case ON triage_notes (case_id);

-- State history of each case.
CREATE TABLE triage_events (
    id         bigserial PRIMARY KEY,
    case_id    uuid        NOT NULL REFERENCES triage_cases (id),
    from_state text,
    to_state   text        NOT NULL,
    actor      text        NOT NULL,
    reason     text,
    at         timestamptz NOT NULL
);
CREATE INDEX triage_events_case ON triage_events (case_id);
