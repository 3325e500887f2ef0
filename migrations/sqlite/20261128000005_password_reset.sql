-- A one-time link is either an invitation (the account is waiting to be activated) or a
-- password reset issued by an administrator for an active account.
ALTER TABLE invitations ADD COLUMN purpose TEXT NOT NULL DEFAULT 'invite' CHECK (purpose IN ('invite', 'reset'));
