-- Every account carries a version that moves on whenever the account row or one of its
-- space memberships changes. Each node keeps the signed-in accounts' details (name,
-- organization, role, spaces...) with the version it read them at, so a signed-in
-- request's one query reads only the session, the account's status, epoch and version,
-- the unread count and the generations, and the details again only when the version
-- moved. Kept by triggers, so that no write path can forget it.
ALTER TABLE accounts ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION accounts_version() RETURNS trigger AS $$
BEGIN
    IF NEW.version = OLD.version THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER accounts_version BEFORE UPDATE ON accounts
    FOR EACH ROW EXECUTE FUNCTION accounts_version();

CREATE FUNCTION space_members_version() RETURNS trigger AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE accounts SET version = version + 1 WHERE id = OLD.account_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE accounts SET version = version + 1 WHERE id = NEW.account_id;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER space_members_version AFTER INSERT OR UPDATE OR DELETE ON space_members
    FOR EACH ROW EXECUTE FUNCTION space_members_version();
