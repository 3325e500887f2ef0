-- Every account carries a version that moves on whenever the account row or one of its
-- space memberships changes. Each node keeps the signed-in accounts' details (name,
-- organization, role, spaces...) with the version it read them at, so a signed-in
-- request's one query reads only the session, the account's status, epoch and version,
-- the unread count and the generations, and the details again only when the version
-- moved. Kept by triggers, so that no write path can forget it.
ALTER TABLE accounts ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- An update that did not move the version itself moves it (the inner UPDATE moves it,
-- so it does not fire this trigger again).
CREATE TRIGGER accounts_version AFTER UPDATE ON accounts WHEN NEW.version = OLD.version
BEGIN
    UPDATE accounts SET version = OLD.version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER space_members_version_insert AFTER INSERT ON space_members
BEGIN
    UPDATE accounts SET version = version + 1 WHERE id = NEW.account_id;
END;
CREATE TRIGGER space_members_version_update AFTER UPDATE ON space_members
BEGIN
    UPDATE accounts SET version = version + 1 WHERE id IN (OLD.account_id, NEW.account_id);
END;
CREATE TRIGGER space_members_version_delete AFTER DELETE ON space_members
BEGIN
    UPDATE accounts SET version = version + 1 WHERE id = OLD.account_id;
END;
