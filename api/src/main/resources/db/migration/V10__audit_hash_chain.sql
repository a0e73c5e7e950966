-- A tamper-evident audit log: every row carries the hash of the row before it (prev_hash) and its own hash,
-- SHA-256 over prev_hash followed by the row's canonical form (audit_log_canonical). Appends are serialised by a
-- transaction-scoped advisory lock taken before the id is drawn, so ids follow the chain and the chain has no forks.
-- An edited, inserted or deleted row breaks the chain from that row on; AuditChain checks it.
ALTER TABLE audit_log ADD COLUMN prev_hash text;
ALTER TABLE audit_log ADD COLUMN hash text;

-- The canonical form: a JSON array of the row's fields, the instant in UTC with microseconds, the detail as jsonb
-- text (jsonb keeps one normal form). JSON escaping keeps any field from running into the next.
CREATE FUNCTION audit_log_canonical(row_id bigint, row_at timestamptz, row_actor text, row_role text,
                                    row_action text, row_target_type text, row_target_id text, row_detail jsonb,
                                    row_remote_addr text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT json_build_array(row_id, to_char(row_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), row_actor,
                            row_role, row_action, row_target_type, row_target_id, row_detail::text,
                            row_remote_addr)::text
$$;

CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    previous text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('audit_log_chain'));
    NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
    SELECT hash INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;
    NEW.prev_hash := coalesce(previous, '');
    NEW.hash := encode(sha256(convert_to(NEW.prev_hash || audit_log_canonical(NEW.id, NEW.at, NEW.actor, NEW.role,
            NEW.action, NEW.target_type, NEW.target_id, NEW.detail, NEW.remote_addr), 'UTF8')), 'hex');
    RETURN NEW;
END;
$$;

-- rows written before the chain existed join it in id order
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change;
DO $$
DECLARE
    entry record;
    previous text := '';
BEGIN
    FOR entry IN SELECT * FROM audit_log ORDER BY id LOOP
        UPDATE audit_log SET prev_hash = previous,
            hash = encode(sha256(convert_to(previous || audit_log_canonical(entry.id, entry.at, entry.actor,
                    entry.role, entry.action, entry.target_type, entry.target_id, entry.detail, entry.remote_addr),
                    'UTF8')), 'hex')
        WHERE id = entry.id
        RETURNING hash INTO previous;
    END LOOP;
END;
$$;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change;

ALTER TABLE audit_log ALTER COLUMN prev_hash SET NOT NULL;
ALTER TABLE audit_log ALTER COLUMN hash SET NOT NULL;

-- the trigger draws the id once it holds the lock
ALTER TABLE audit_log ALTER COLUMN id DROP DEFAULT;

CREATE TRIGGER audit_log_chain
    BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
