-- An officer endorses a messenger at most once a day: the day is kept with each new endorsement (in UTC, from the
-- api's clock) and is unique per officer and messenger. Endorsements from before keep no day and limit nothing.
ALTER TABLE endorsements ADD COLUMN endorsed_on date;
CREATE UNIQUE INDEX endorsements_once_a_day ON endorsements (messenger_id, officer, endorsed_on);
CREATE INDEX endorsements_by_officer_and_day ON endorsements (officer, endorsed_on);
