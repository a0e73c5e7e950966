-- An offer nobody acknowledges: the messenger is reminded once when the case's target has passed, and the officer
-- who offered it is alerted to reassign when another target has passed after the reminder.
ALTER TABLE assignments ADD COLUMN reminded_at timestamptz;
ALTER TABLE assignments ADD COLUMN officer_alerted_at timestamptz;
CREATE INDEX assignments_unacknowledged ON assignments (created_at) WHERE state = 'offered' AND officer_alerted_at IS NULL;
