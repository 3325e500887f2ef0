-- An e-mail may carry an event as an iCalendar attachment (text/calendar).
ALTER TABLE outbox ADD COLUMN calendar TEXT;
