-- When each person last signed in, for the administrators' list of accounts (sortable).
-- Written with the sign-in's audit entry; earlier sign-ins are taken from the audit log.
ALTER TABLE accounts ADD COLUMN last_sign_in_at TIMESTAMPTZ;
UPDATE accounts SET last_sign_in_at = (
    SELECT MAX(l.occurred_at) FROM audit_log l
    WHERE l.event IN ('sign_in.success', 'invitation.accepted', 'password.reset', 'setup.completed')
      AND l.actor_id = accounts.id
);
CREATE INDEX accounts_last_sign_in ON accounts (last_sign_in_at);
