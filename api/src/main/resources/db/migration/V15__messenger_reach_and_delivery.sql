-- How each messenger is reached about assignments: a channel (email, sms, whatsapp, telegram), the number or chat id
-- on it sealed like other contacts (ContactCipher, purpose messenger-contact) with a keyed hash of it so a reply can
-- be matched to its sender without opening every address, and quiet hours in the messenger's own time zone.
ALTER TABLE messengers ADD COLUMN reach_channel text NOT NULL DEFAULT 'email'
    CHECK (reach_channel IN ('email', 'sms', 'whatsapp', 'telegram'));
ALTER TABLE messengers ADD COLUMN reach_sealed text;
ALTER TABLE messengers ADD COLUMN reach_hash text;
ALTER TABLE messengers ADD COLUMN quiet_start time;
ALTER TABLE messengers ADD COLUMN quiet_end time;
ALTER TABLE messengers ADD COLUMN quiet_zone text;
CREATE INDEX messengers_reach_hash ON messengers (reach_hash) WHERE reach_hash IS NOT NULL;

-- Delivery status per notification: the assignment a message is about, the platform's id for the sent message
-- (WhatsApp wamid, Twilio SID, Telegram message id) and what the platform reported afterwards.
ALTER TABLE outbox ADD COLUMN assignment_id uuid;
ALTER TABLE outbox ADD COLUMN provider_id text;
ALTER TABLE outbox ADD COLUMN reported_status text CHECK (reported_status IN ('delivered', 'read', 'failed'));
ALTER TABLE outbox ADD COLUMN reported_at timestamptz;
ALTER TABLE outbox ADD COLUMN reported_error text;
CREATE INDEX outbox_assignment ON outbox (assignment_id) WHERE assignment_id IS NOT NULL;
CREATE INDEX outbox_provider ON outbox (channel, provider_id) WHERE provider_id IS NOT NULL;
