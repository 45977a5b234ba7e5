-- A report keeps a copy of the text it was made against (the comment, or the initiative's
-- description), so that a moderator reads what was reported even after its author edited
-- it, and sees both when they differ. Reports made before this have none.
ALTER TABLE reports ADD COLUMN reported_text TEXT;
