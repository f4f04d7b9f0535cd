-- A database written by Enumera with store schema 1 (before sync), kept to test the migration.
-- Made with: sqlite3 DB .dump, then the two pragmas Store::open checks.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE forms (
    hash        TEXT PRIMARY KEY,
    form_id     TEXT NOT NULL,
    version     TEXT NOT NULL,
    sources     TEXT NOT NULL,         -- JSON: [{"name": ..., "text": ...}], the files as read
    stored_at   TEXT NOT NULL
);
INSERT INTO forms VALUES('1b8b7f2dd4cb39257c97ee9032b7890f7c41a7c785c29b66a3297ed921286161','t','1','[{"name":"form.json","text":"{\"form\": \"t\", \"version\": \"1\", \"title\": \"T\", \"languages\": [\"en\", \"es\"],\n  \"option_sets\": {\"yn\": [{\"code\": 1, \"label\": {\"en\": \"Yes\", \"es\": \"Sí\"}},\n                         {\"code\": 0, \"label\": {\"en\": \"No\", \"es\": \"No\"}}]},\n  \"sections\": [{\"section\": \"main\", \"title\": \"Main\", \"items\": [\n    {\"name\": \"name\", \"type\": \"text\", \"label\": \"Name\"},\n    {\"name\": \"q1\", \"type\": \"single\", \"label\": \"Trained?\", \"options\": \"yn\"},\n    {\"roster\": \"trainings\", \"title\": \"Trainings\", \"relevant\": \"q1 == 1\", \"items\": [\n        {\"name\": \"provider\", \"type\": \"text\", \"label\": \"Provider\"},\n        {\"name\": \"days\", \"type\": \"integer\", \"label\": \"Days\", \"range\": {\"min\": 1, \"max\": 7},\n         \"special_codes\": [{\"code\": 77, \"label\": \"Don''t know\"}]}]},\n    {\"name\": \"hours\", \"type\": \"integer\", \"label\": \"Hours\",\n     \"validations\": [{\"check\": \"hours < 60\", \"message\": \"Long week\", \"severity\": \"warning\"}]}]}]}"}]','2026-03-02T10:00:00.000Z');
CREATE TABLE interviews (
    id              TEXT PRIMARY KEY,  -- UUID
    form_hash       TEXT NOT NULL REFERENCES forms(hash),
    form_id         TEXT NOT NULL,
    form_version    TEXT NOT NULL,
    household       TEXT NOT NULL,
    owner           TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'rejected',
                                                    'approved')),
    discarded       INTEGER NOT NULL DEFAULT 0,
    revision        INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    created_offset  INTEGER NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_offset  INTEGER NOT NULL,
    completed_at    TEXT,
    completed_offset INTEGER,
    position        TEXT NOT NULL DEFAULT '',
    language        TEXT NOT NULL DEFAULT '',
    answered        INTEGER NOT NULL DEFAULT 0,
    unanswered      INTEGER NOT NULL DEFAULT 0,
    script_line     INTEGER NOT NULL DEFAULT 0
);
INSERT INTO interviews VALUES('00000000-0000-4000-8000-000000000001','1b8b7f2dd4cb39257c97ee9032b7890f7c41a7c785c29b66a3297ed921286161','t','1','HH-001','E07','completed',0,1,'2026-03-02T10:00:01.000Z',-300,'2026-03-02T10:00:09.000Z',-300,'2026-03-02T10:00:09.000Z',-300,'','en',5,0,0);
INSERT INTO interviews VALUES('00000000-0000-4000-8000-000000000002','1b8b7f2dd4cb39257c97ee9032b7890f7c41a7c785c29b66a3297ed921286161','t','1','HH-002','E07','in_progress',0,1,'2026-03-02T10:00:12.000Z',-300,'2026-03-02T10:00:13.000Z',-300,NULL,NULL,'','en',1,2,0);
CREATE TABLE rows (
    interview   TEXT NOT NULL REFERENCES interviews(id),
    path        TEXT NOT NULL,         -- members[2].trainings[1]
    PRIMARY KEY (interview, path)
) WITHOUT ROWID;
INSERT INTO "rows" VALUES('00000000-0000-4000-8000-000000000001','trainings[1]');
CREATE TABLE answers (
    interview   TEXT NOT NULL REFERENCES interviews(id),
    path        TEXT NOT NULL,         -- members[2].trainings[1].q2_3
    kind        TEXT NOT NULL,         -- n, s, t, c, d, b (see valuecodec.h)
    value       TEXT NOT NULL,
    PRIMARY KEY (interview, path)
) WITHOUT ROWID;
INSERT INTO answers VALUES('00000000-0000-4000-8000-000000000001','hours','n','70');
INSERT INTO answers VALUES('00000000-0000-4000-8000-000000000001','name','t','Ñandú O''Brien');
INSERT INTO answers VALUES('00000000-0000-4000-8000-000000000001','q1','n','1');
INSERT INTO answers VALUES('00000000-0000-4000-8000-000000000001','trainings[1].days','s','77');
INSERT INTO answers VALUES('00000000-0000-4000-8000-000000000001','trainings[1].provider','t','Universidad');
INSERT INTO answers VALUES('00000000-0000-4000-8000-000000000002','name','t','Eva');
CREATE TABLE confirmations (
    interview   TEXT NOT NULL REFERENCES interviews(id),
    path        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    PRIMARY KEY (interview, path)
) WITHOUT ROWID;
INSERT INTO confirmations VALUES('00000000-0000-4000-8000-000000000001','hours','Two jobs');
CREATE TABLE comments (
    id          INTEGER PRIMARY KEY,
    interview   TEXT NOT NULL REFERENCES interviews(id),
    path        TEXT NOT NULL,
    author      TEXT NOT NULL,
    text        TEXT NOT NULL,
    at          TEXT NOT NULL,
    at_offset   INTEGER NOT NULL
);
INSERT INTO comments VALUES(1,'00000000-0000-4000-8000-000000000001','hours','S01','Check the hours','2026-03-02T10:00:10.000Z',-300);
CREATE TABLE events (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    interview   TEXT NOT NULL REFERENCES interviews(id),
    at          TEXT NOT NULL,
    at_offset   INTEGER NOT NULL,
    user        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    path        TEXT NOT NULL DEFAULT '',
    old_value   TEXT NOT NULL DEFAULT '',
    new_value   TEXT NOT NULL DEFAULT ''
);
INSERT INTO events VALUES(1,'00000000-0000-4000-8000-000000000001','2026-03-02T10:00:01.000Z',-300,'E07','created','','','"HH-001"');
INSERT INTO events VALUES(2,'00000000-0000-4000-8000-000000000001','2026-03-02T10:00:02.000Z',-300,'E07','answer_set','name','null','"Ñandú O''Brien"');
INSERT INTO events VALUES(3,'00000000-0000-4000-8000-000000000001','2026-03-02T10:00:03.000Z',-300,'E07','answer_set','q1','null','1');
INSERT INTO events VALUES(4,'00000000-0000-4000-8000-000000000001','2026-03-02T10:00:04.000Z',-300,'E07','row_added','trainings[1]','','');
INSERT INTO events VALUES(5,'00000000-0000-4000-8000-000000000001','2026-03-02T10:00:05.000Z',-300,'E07','answer_set','trainings[1].provider','null','"Universidad"');
INSERT INTO events VALUES(6,'00000000-0000-4000-8000-000000000001','2026-03-02T10:00:06.000Z',-300,'E07','answer_set','trainings[1].days','null','77');
INSERT INTO events VALUES(7,'00000000-0000-4000-8000-000000000001','2026-03-02T10:00:07.000Z',-300,'E07','answer_set','hours','null','70');
INSERT INTO events VALUES(8,'00000000-0000-4000-8000-000000000001','2026-03-02T10:00:08.000Z',-300,'E07','warning_confirmed','hours','','"Two jobs"');
INSERT INTO events VALUES(9,'00000000-0000-4000-8000-000000000001','2026-03-02T10:00:09.000Z',-300,'E07','status_changed','','"in_progress"','"completed"');
INSERT INTO events VALUES(10,'00000000-0000-4000-8000-000000000001','2026-03-02T10:00:10.000Z',-300,'S01','comment','hours','','"Check the hours"');
INSERT INTO events VALUES(11,'00000000-0000-4000-8000-000000000002','2026-03-02T10:00:12.000Z',-300,'E07','created','','','"HH-002"');
INSERT INTO events VALUES(12,'00000000-0000-4000-8000-000000000002','2026-03-02T10:00:13.000Z',-300,'E07','answer_set','name','null','"Eva"');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('events',12);
CREATE INDEX interviews_by_status ON interviews(status, updated_at);
CREATE INDEX events_by_interview ON events(interview, seq);
CREATE TRIGGER events_are_not_updated BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_are_not_deleted BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
COMMIT;
PRAGMA application_id = 1162761549;
PRAGMA user_version = 1;
