-- A user's own settings: the dashboard's language and the time zone dates are shown in.
-- NULL means "not chosen": the browser's language and the city's configured zone apply.
ALTER TABLE users
    ADD COLUMN language  text CHECK (language IN ('en', 'es', 'fr', 'ar')),
    ADD COLUMN time_zone text;
