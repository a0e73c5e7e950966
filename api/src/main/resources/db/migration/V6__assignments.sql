-- Assignments of a narrative's case to a messenger, with the response record once answered.
CREATE TABLE assignments (
    id                   uuid PRIMARY KEY,
    case_id              uuid        NOT NULL REFERENCES triage_cases (id),
    narrative_id         text        NOT NULL,
    messenger_id         uuid        NOT NULL REFERENCES messengers (id),
    state                text        NOT NULL CHECK (state IN ('offered', 'accepted', 'declined', 'in_progress',
                                                               'responded', 'closed', 'withdrawn')),
    deadline             timestamptz NOT NULL,
    offered_by           text        NOT NULL,
    note                 text,
    decline_reason       text,
    withdraw_reason      text,
    reassigned_to        uuid,
    response_channel     text,
    response_link        text,
    response_description text,
    response_language    text,
    estimated_reach      bigint,
    responded_at         timestamptz,
    version              bigint      NOT NULL DEFAULT 1,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assignments_messenger ON assignments (messenger_id, state);
CREATE INDEX assignments_narrative ON assignments (narrative_id);
CREATE INDEX assignments_case ON assignments (case_id);
-- at most one open assignment of a case per messenger
CREATE UNIQUE INDEX assignments_one_open ON assignments (case_id, messenger_id)
    WHERE state IN ('offered', 'accepted', 'in_progress');
