-- A plain-day due date used to be stored as midnight UTC, and the web showed every midnight-UTC
-- due date as a plain day. It is now the last millisecond of that day in the user's zone; no zone
-- was known before, so existing plain days become the end of that day in UTC (docs/decisions/time-zones.md).
UPDATE "tasks"
SET "due_at" = "due_at" + interval '1 day' - interval '1 millisecond'
WHERE ("due_at" AT TIME ZONE 'UTC')::time = time '00:00:00';
