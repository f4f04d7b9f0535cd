// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "form/formloader.h"
#include "valuecodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <thread>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcStore, "enumera.store", QtWarningMsg)

namespace enumera {

// The statements of the writes that every answer makes, prepared once for the life of the
// connection instead of once per answer.
class StatementCache
{
public:
    explicit StatementCache(SQLite::Database &db)
        : m_db(db)
    {}

    // `sql` is a string literal: its address is its key.
    SQLite::Statement &operator()(const char *sql)
    {
        std::unique_ptr<SQLite::Statement> &statement = m_statements[sql];
        if (!statement)
            statement = std::make_unique<SQLite::Statement>(m_db, sql);
        statement->reset();
        statement->clearBindings();
        return *statement;
    }

private:
    SQLite::Database &m_db;
    std::unordered_map<const char *, std::unique_ptr<SQLite::Statement>> m_statements;
};

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

constexpr int ApplicationId = 0x454E554D; // "ENUM"

const char *const CreateSchema = R"sql(
CREATE TABLE forms (
    hash        TEXT PRIMARY KEY,
    form_id     TEXT NOT NULL,
    version     TEXT NOT NULL,
    sources     TEXT NOT NULL,         -- JSON: [{"name": ..., "text": ...}], the files as read
    stored_at   TEXT NOT NULL
);
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
CREATE INDEX interviews_by_status ON interviews(status, updated_at);
-- (Schema 3 makes it an index on status alone: see IndexByStatus.)
CREATE TABLE rows (
    interview   TEXT NOT NULL REFERENCES interviews(id),
    path        TEXT NOT NULL,         -- members[2].trainings[1]
    PRIMARY KEY (interview, path)
) WITHOUT ROWID;
CREATE TABLE answers (
    interview   TEXT NOT NULL REFERENCES interviews(id),
    path        TEXT NOT NULL,         -- members[2].trainings[1].q2_3
    kind        TEXT NOT NULL,         -- n, s, t, c, d, b (see valuecodec.h)
    value       TEXT NOT NULL,
    PRIMARY KEY (interview, path)
) WITHOUT ROWID;
CREATE TABLE confirmations (
    interview   TEXT NOT NULL REFERENCES interviews(id),
    path        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    PRIMARY KEY (interview, path)
) WITHOUT ROWID;
CREATE TABLE comments (
    id          INTEGER PRIMARY KEY,
    interview   TEXT NOT NULL REFERENCES interviews(id),
    path        TEXT NOT NULL,
    author      TEXT NOT NULL,
    text        TEXT NOT NULL,
    at          TEXT NOT NULL,
    at_offset   INTEGER NOT NULL
);
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
CREATE INDEX events_by_interview ON events(interview, seq);
-- (Schema 4 makes the event log a table ordered by interview: see EventsByInterview.)
CREATE TRIGGER events_are_not_updated BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_are_not_deleted BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
)sql";

// Schema 2: what sync needs (src/sync reads and writes these tables). Every database gets an
// identity that names its events and comments once they travel; a supervisor's database holds
// the team, what it received and the conflicts; an enumerator's holds its pairing and what it
// sent. The two triggers make every change of status, revision or comment that a supervisor
// makes to a received interview visible to sync in the same transaction, whoever makes it.
// Schema 3: the index by status no longer holds the time of the last change, which every
// answer changes (keeping it there cost each answer one more page written); and the index of
// the event log by interview holds the time and the user of each event, so that working out
// the interviewing time reads the index alone, never the events' values.
const char *const IndexByStatus = R"sql(
DROP INDEX IF EXISTS interviews_by_status;
CREATE INDEX interviews_by_status ON interviews(status);
DROP INDEX IF EXISTS events_by_interview;
CREATE INDEX events_by_interview ON events(interview, seq, at, user);
)sql";

// Schema 4: an answer writes two pages fewer, and the interviewing time is kept as it is written.
// The event log becomes a table ordered by interview and number, without the index beside it
// and without AUTOINCREMENT (every event wrote a page of each), and numbers each interview's
// events on from its last; the numbers already given are kept, since a supervisor's database
// holds, for each laptop, the last number it took from it. Where an event came from (the
// database that wrote it, and its number there) is kept in the event's row rather than in a
// table beside it. The interview's row keeps the time its owner has spent interviewing and when
// the owner's last event was (see CountInterviewingTime); the time of the interviews already
// stored is worked out from their events after this step (RecountInterviewingTime).
const char *const EventsByInterview = R"sql(
ALTER TABLE interviews ADD COLUMN interviewing_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE interviews ADD COLUMN owner_last_ms INTEGER;
ALTER TABLE events RENAME TO events_v3;
CREATE TABLE events (
    interview   TEXT NOT NULL REFERENCES interviews(id),
    seq         INTEGER NOT NULL,      -- 1, 2, ... within the interview
    at          TEXT NOT NULL,
    at_offset   INTEGER NOT NULL,
    user        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    path        TEXT NOT NULL DEFAULT '',
    old_value   TEXT NOT NULL DEFAULT '',
    new_value   TEXT NOT NULL DEFAULT '',
    origin      TEXT NOT NULL DEFAULT '', -- received: the database that wrote it ('' this one)
    origin_seq  INTEGER NOT NULL DEFAULT 0, -- and its number there
    PRIMARY KEY (interview, seq)
) WITHOUT ROWID;
INSERT INTO events (interview, seq, at, at_offset, user, kind, path, old_value, new_value, origin,
                    origin_seq)
    SELECT e.interview, e.seq, e.at, e.at_offset, e.user, e.kind, e.path, e.old_value,
           e.new_value, coalesce(o.origin, ''), coalesce(o.origin_seq, 0)
    FROM events_v3 e LEFT JOIN sync_event_origins o ON o.seq = e.seq ORDER BY e.interview, e.seq;
DROP TABLE sync_event_origins;
DROP TABLE events_v3;
CREATE TRIGGER events_are_not_updated BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_are_not_deleted BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
)sql";

const char *const SyncSchema = R"sql(
CREATE TABLE sync_identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    database_id TEXT NOT NULL,
    signing_key BLOB,                  -- as a sync server: its Ed25519 private key
    public_key  BLOB
);
INSERT INTO sync_identity (id, database_id) VALUES (1, lower(hex(randomblob(16))));
CREATE TABLE sync_sequence (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    value       INTEGER NOT NULL
);
INSERT INTO sync_sequence (id, value) VALUES (1, 0);
CREATE TABLE sync_enumerators (
    code            TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('invited', 'paired', 'revoked')),
    public_key      BLOB,
    pairing_key     BLOB,              -- derived from the pairing code; cleared once used
    pairing_expires TEXT,
    device          TEXT NOT NULL DEFAULT '',
    added_at        TEXT NOT NULL,
    paired_at       TEXT,
    revoked_at      TEXT,
    last_seen_at    TEXT
);
CREATE TABLE sync_nonces (
    enumerator  TEXT NOT NULL,
    nonce       TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (enumerator, nonce)
) WITHOUT ROWID;
CREATE INDEX sync_nonces_by_time ON sync_nonces(at);
CREATE TABLE sync_server_interviews (
    interview       TEXT PRIMARY KEY REFERENCES interviews(id),
    enumerator      TEXT NOT NULL,
    version         INTEGER NOT NULL,
    change_seq      INTEGER NOT NULL,
    conflict_open   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sync_server_interviews_by_change ON sync_server_interviews(enumerator, change_seq);
CREATE TABLE sync_received (
    interview   TEXT NOT NULL,
    checksum    TEXT NOT NULL,
    enumerator  TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    status      TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('stored', 'unchanged', 'conflict')),
    version     INTEGER NOT NULL,
    conflict    INTEGER,
    at          TEXT NOT NULL,
    PRIMARY KEY (interview, checksum)
) WITHOUT ROWID;
CREATE TABLE sync_conflicts (
    id                  INTEGER PRIMARY KEY,
    interview           TEXT NOT NULL REFERENCES interviews(id),
    enumerator          TEXT NOT NULL,
    base_version        INTEGER NOT NULL,
    server_version      INTEGER NOT NULL,
    server_checksum     TEXT NOT NULL,
    enumerator_checksum TEXT NOT NULL,
    package             TEXT NOT NULL,  -- the enumerator's version as received (JSON)
    created_at          TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept_server',
                                                   'took_enumerator', 'superseded')),
    resolved_at         TEXT,
    resolved_by         TEXT
);
CREATE INDEX sync_conflicts_by_interview ON sync_conflicts(interview, status);
CREATE TABLE sync_published_forms (
    hash        TEXT PRIMARY KEY REFERENCES forms(hash),
    published_at TEXT NOT NULL,
    change_seq  INTEGER NOT NULL
);
CREATE TABLE sync_assignments (
    id          TEXT PRIMARY KEY,
    enumerator  TEXT NOT NULL,
    household   TEXT NOT NULL,
    form_hash   TEXT NOT NULL REFERENCES forms(hash),
    preload     TEXT NOT NULL DEFAULT '{}',
    created_at  TEXT NOT NULL,
    change_seq  INTEGER NOT NULL DEFAULT 0,
    cancelled   INTEGER NOT NULL DEFAULT 0,
    interview   TEXT               -- on the enumerator's side: the interview started from it
);
CREATE INDEX sync_assignments_by_change ON sync_assignments(enumerator, change_seq);
CREATE TABLE sync_client (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    server_url      TEXT NOT NULL,
    server_id       TEXT NOT NULL,
    server_key      BLOB NOT NULL,
    certificate     TEXT NOT NULL,     -- PEM pinned at pairing; '' over plain HTTP
    enumerator      TEXT NOT NULL,
    enumerator_name TEXT NOT NULL,
    private_key     BLOB NOT NULL,
    public_key      BLOB NOT NULL,
    paired_at       TEXT NOT NULL,
    pull_cursor     INTEGER NOT NULL DEFAULT 0,
    clock_offset    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sync_client_interviews (
    interview       TEXT PRIMARY KEY REFERENCES interviews(id),
    synced_checksum TEXT NOT NULL DEFAULT '',
    base_version    INTEGER NOT NULL DEFAULT 0,
    sent_revision   INTEGER NOT NULL DEFAULT 0,
    sent_at         TEXT,
    received_at     TEXT,
    conflict        INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sync_client_forms (
    hash        TEXT PRIMARY KEY
);
CREATE TABLE sync_event_origins (
    seq         INTEGER PRIMARY KEY REFERENCES events(seq),
    origin      TEXT NOT NULL,
    origin_seq  INTEGER NOT NULL
);
CREATE TABLE sync_comment_origins (
    comment     INTEGER PRIMARY KEY REFERENCES comments(id),
    origin      TEXT NOT NULL,
    origin_id   INTEGER NOT NULL
);
CREATE TABLE sync_marks (
    interview   TEXT NOT NULL,
    origin      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    last        INTEGER NOT NULL,
    PRIMARY KEY (interview, origin, kind)
) WITHOUT ROWID;
CREATE TRIGGER sync_status_changed AFTER UPDATE OF status, revision ON interviews
    WHEN (OLD.status IS NOT NEW.status OR OLD.revision IS NOT NEW.revision)
         AND EXISTS (SELECT 1 FROM sync_server_interviews WHERE interview = NEW.id)
BEGIN
    UPDATE sync_sequence SET value = value + 1;
    UPDATE sync_server_interviews SET version = version + 1,
        change_seq = (SELECT value FROM sync_sequence) WHERE interview = NEW.id;
END;
CREATE TRIGGER sync_comment_added AFTER INSERT ON comments
    WHEN EXISTS (SELECT 1 FROM sync_server_interviews WHERE interview = NEW.interview)
BEGIN
    UPDATE sync_sequence SET value = value + 1;
    UPDATE sync_server_interviews
        SET version = version + (SELECT status = 'rejected' FROM interviews
                                 WHERE id = NEW.interview),
            change_seq = (SELECT value FROM sync_sequence)
        WHERE interview = NEW.interview;
END;
)sql";

// What a SQLite failure means for the person using the application.
std::string describe(const SQLite::Exception &e, const std::string &path, const char *what)
{
    qCWarning(lcStore) << "store:" << what << "failed:" << e.what() << "code" << e.getErrorCode();
    return storageFailure(e, path, what);
}

uint32_t bigEndian(const unsigned char *p, int bytes)
{
    uint32_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    return v;
}

// Checks the file before SQLite reads it: that it is a SQLite database at all, and that it is
// as long as its header says (a copy cut short is damaged, not empty). The header is read
// through SQLite's own handle of the file, never through one of ours: closing a second handle
// of a file would drop the locks that SQLite holds on it for other connections of this process,
// and another program could then take the database for unused and lose what it holds.
Status checkFile(SQLite::Database &db, const std::string &path)
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(db.getHandle(), "main", SQLITE_FCNTL_FILE_POINTER, &file) !=
            SQLITE_OK ||
        !file || !file->pMethods)
        return {};
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK || size == 0)
        return {};
    unsigned char header[100] = {};
    const int read = file->pMethods->xRead(file, header, sizeof header, 0);
    if (read != SQLITE_OK && read != SQLITE_IOERR_SHORT_READ)
        return Error{Tr::tr("%1 cannot be read: permission denied").arg(q(path)).toStdString()};
    if (size < 100 || read == SQLITE_IOERR_SHORT_READ ||
        std::string(reinterpret_cast<char *>(header), 16) != std::string("SQLite format 3\0", 16))
        return Error{Tr::tr("%1 is not an Enumera database (it is not a SQLite file); it was "
                            "left as it is")
                         .arg(q(path))
                         .toStdString()};
    uint32_t pageSize = bigEndian(header + 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const uint32_t pages = bigEndian(header + 28, 4);
    const uint32_t changeCounter = bigEndian(header + 24, 4);
    const uint32_t validFor = bigEndian(header + 92, 4);
    // With a write-ahead log beside it, the file may lag behind its header (a checkpoint cut
    // short by a full disk): the log still holds the pages, and SQLite's own check decides.
    std::error_code ec;
    const auto wal = std::filesystem::file_size(path + "-wal", ec);
    const bool walPending = !ec && wal > 0;
    if (!walPending && pages > 0 && validFor == changeCounter &&
        uint64_t(pages) * pageSize > uint64_t(size))
        return Error{Tr::tr("%1 is damaged: the file is shorter than its header says (%2 of %3 "
                            "bytes), perhaps an interrupted copy; it was left as it is")
                         .arg(q(path))
                         .arg(size)
                         .arg(uint64_t(pages) * pageSize)
                         .toStdString()};
    return {};
}

Timestamp timestampAt(SQLite::Statement &s, int column)
{
    return {s.getColumn(column).getString(), s.getColumn(column + 1).getInt()};
}

void addEvent(StatementCache &statements, const std::string &id, const Timestamp &at,
              const std::string &user, const char *kind, const std::string &path,
              const std::string &oldValue, const std::string &newValue)
{
    SQLite::Statement &event = statements(AppendEvent);
    event.bind(1, id);
    event.bind(2, at.utc);
    event.bind(3, at.offsetMinutes);
    event.bind(4, user);
    event.bind(5, kind);
    event.bind(6, path);
    event.bind(7, oldValue);
    event.bind(8, newValue);
    event.exec();
    SQLite::Statement &time = statements(CountInterviewingTime);
    time.bind(1, id);
    time.bind(2, at.utc);
    time.bind(3, user);
    time.exec();
}

// A UUID of version 7 (RFC 9562): the time in milliseconds first, then random bits. The
// interviews of a laptop are numbered in the order they were started, so that the rows of the
// interview being filled (its answers, its events) go at the end of each table's B-tree instead
// of anywhere in it: SQLite then adds a page to the end of the tree where it would otherwise
// split a page in the middle and rewrite its neighbours, which an answer's commit pays for.
std::string timeOrderedUuid()
{
    const uint64_t ms = uint64_t(QDateTime::currentMSecsSinceEpoch());
    QRandomGenerator *random = QRandomGenerator::system();
    unsigned char b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    for (int i = 6; i < 16; i += 2) {
        const quint32 r = random->generate();
        b[i] = static_cast<unsigned char>(r);
        b[i + 1] = static_cast<unsigned char>(r >> 8);
    }
    b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0F)); // version 7
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F)); // the RFC's variant
    static const char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += '-';
        out += hex[b[i] >> 4];
        out += hex[b[i] & 0xF];
    }
    return out;
}

// Switching a new database to the write-ahead log takes the file for a moment, and SQLite does
// not wait for another program that holds it at that moment (as when two programs make the same
// database at once): try again, for up to five seconds, as the busy timeout would.
void useWriteAheadLog(SQLite::Database &db)
{
    for (int attempt = 0;; ++attempt) {
        try {
            db.exec("PRAGMA journal_mode = WAL");
            return;
        } catch (const SQLite::Exception &e) {
            if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || attempt >= 50)
                throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
}

InterviewRecord readRecord(SQLite::Statement &s)
{
    InterviewRecord r;
    r.id = s.getColumn(0).getString();
    r.formHash = s.getColumn(1).getString();
    r.formId = s.getColumn(2).getString();
    r.formVersion = s.getColumn(3).getString();
    r.household = s.getColumn(4).getString();
    r.owner = s.getColumn(5).getString();
    r.status = parseStatus(s.getColumn(6).getString()).value_or(InterviewStatus::InProgress);
    r.discarded = s.getColumn(7).getInt() != 0;
    r.revision = s.getColumn(8).getInt();
    r.created = timestampAt(s, 9);
    r.updated = timestampAt(s, 11);
    if (!s.getColumn(13).isNull())
        r.completed = timestampAt(s, 13);
    r.position = s.getColumn(15).getString();
    r.language = s.getColumn(16).getString();
    r.answered = s.getColumn(17).getInt();
    r.unanswered = s.getColumn(18).getInt();
    r.scriptLine = s.getColumn(19).getInt();
    if (!s.getColumn(21).isNull())
        r.interviewingMs = s.getColumn(20).getInt64();
    return r;
}

const char *const RecordColumns =
    "id, form_hash, form_id, form_version, household, owner, status, discarded, revision, "
    "created_at, created_offset, updated_at, updated_offset, completed_at, completed_offset, "
    "position, language, answered, unanswered, script_line, interviewing_ms, owner_last_ms";

} // namespace

std::string storageFailure(const std::exception &e, const std::string &database,
                           const std::string &what)
{
    QString why = QString::fromUtf8(e.what());
    if (auto *sqlite = dynamic_cast<const SQLite::Exception *>(&e)) {
        switch (sqlite->getErrorCode() & 0xff) {
        case SQLITE_FULL:
            why = Tr::tr("the disk is full");
            break;
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_CANTOPEN:
            why = Tr::tr("the database or its folder cannot be written (permission denied or a "
                         "read-only disk)");
            break;
        case SQLITE_NOTADB:
            why = Tr::tr("the file is not an Enumera database");
            break;
        case SQLITE_CORRUPT:
            why = Tr::tr("the database is damaged");
            break;
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            why = Tr::tr("the database is in use by another program");
            break;
        case SQLITE_IOERR:
            why = Tr::tr("the disk could not be read or written");
            break;
        default:
            break;
        }
    }
    return Tr::tr("%1 failed for %2: %3; nothing was changed")
        .arg(q(what), q(database), why)
        .toStdString();
}

std::unique_ptr<SQLite::Database> openForReading(const std::string &path, int flags)
{
    // SQLite opens lazily: the shared-memory file is made on the first read, so read once.
    auto probe = [](std::unique_ptr<SQLite::Database> db) {
        db->execAndGet("SELECT count(*) FROM sqlite_schema");
        return db;
    };
    try {
        return probe(std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY | flags, 5000));
    } catch (const SQLite::Exception &e) {
        const int code = e.getErrorCode() & 0xff;
        std::error_code missing;
        if ((code != SQLITE_READONLY && code != SQLITE_CANTOPEN) ||
            std::filesystem::exists(path + "-wal", missing))
            throw;
    }
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            static const char hex[] = "0123456789ABCDEF";
            uri += '%';
            uri += hex[(static_cast<unsigned char>(c) >> 4) & 0xf];
            uri += hex[static_cast<unsigned char>(c) & 0xf];
        } else {
            uri += c;
        }
    }
    uri += "?immutable=1";
    return probe(std::make_unique<SQLite::Database>(
        uri, SQLite::OPEN_READONLY | SQLite::OPEN_URI | flags, 5000));
}

const char *statusName(InterviewStatus status)
{
    switch (status) {
    case InterviewStatus::InProgress:
        return "in_progress";
    case InterviewStatus::Completed:
        return "completed";
    case InterviewStatus::Rejected:
        return "rejected";
    case InterviewStatus::Approved:
        return "approved";
    }
    return "in_progress";
}

std::optional<InterviewStatus> parseStatus(const std::string &name)
{
    for (InterviewStatus s : {InterviewStatus::InProgress, InterviewStatus::Completed,
                              InterviewStatus::Rejected, InterviewStatus::Approved})
        if (name == statusName(s))
            return s;
    return std::nullopt;
}

Store::Store(std::string path, Options options)
    : m_path(std::move(path))
    , m_options(std::move(options))
{}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const std::string &path)
{
    return open(path, Options{});
}

Result<std::unique_ptr<Store>> Store::open(const std::string &path, Options options)
{
    std::error_code fileError;
    if (std::filesystem::is_directory(path, fileError))
        return Error{Tr::tr("%1 is a folder, not a database").arg(q(path)).toStdString()};
    std::error_code missing;
    if (options.readOnly && !std::filesystem::exists(path, missing))
        return Error{Tr::tr("%1 does not exist").arg(q(path)).toStdString()};
    std::unique_ptr<Store> store(new Store(path, std::move(options)));
    if (!store->m_options.clock)
        store->m_options.clock = Timestamp::now;
    try {
        std::error_code walError;
        const bool walBeside = std::filesystem::exists(path + "-wal", walError);
        if (!store->m_options.readOnly) {
            store->m_db = std::make_unique<SQLite::Database>(
                path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 5000);
        } else if (walBeside) {
            // A log another program left (or is writing): read it, never fold it into the file.
            store->m_db = openForReading(path);
        } else {
            // Reading a closed database: a connection that may write (but is told not to) takes
            // away, when it closes, the log and shared-memory files that reading made beside
            // it; a read-only one would leave them. Where the file or its folder cannot be
            // written, a read-only connection.
            try {
                store->m_db =
                    std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE, 5000);
                // Before SQLite reads it: a file that is no database gets the same message as
                // when it is opened to be written.
                if (Status s = checkFile(*store->m_db, path); !s)
                    return Error{s.error()};
                store->m_db->exec("PRAGMA query_only = ON");
                store->m_db->execAndGet("SELECT count(*) FROM sqlite_schema");
            } catch (const SQLite::Exception &e) {
                const int code = e.getErrorCode() & 0xff;
                if (code != SQLITE_READONLY && code != SQLITE_CANTOPEN && code != SQLITE_PERM)
                    throw;
                store->m_db = openForReading(path);
            }
        }
        if (Status s = checkFile(*store->m_db, path); !s)
            return Error{s.error()};
        const int version = store->m_db->execAndGet("PRAGMA user_version").getInt();
        const int application = store->m_db->execAndGet("PRAGMA application_id").getInt();
        const int tables = store->m_db->execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
        if (version > SchemaVersion)
            return Error{Tr::tr("%1 was written by a newer version of Enumera (database schema %2; "
                                "this version knows schema %3 at most); it was left as it is. "
                                "Update Enumera to open it.")
                             .arg(q(path))
                             .arg(version)
                             .arg(SchemaVersion)
                             .toStdString()};
        if (store->m_options.readOnly && tables == 0 && version == 0)
            return Error{Tr::tr("%1 holds no interviews: it is empty, not an Enumera database")
                             .arg(q(path))
                             .toStdString()};
        if ((tables > 0 || version > 0) && application != ApplicationId)
            return Error{Tr::tr("%1 is a SQLite database of another program, not an Enumera "
                                "database; it was left as it is")
                             .arg(q(path))
                             .toStdString()};
        // A write-ahead log left beside the file means the last program to use it did not close
        // it (a crash, a flat battery): check the whole file then. A normal start does not read
        // the whole file, which for a supervisor's large database takes seconds.
        const bool uncleanShutdown =
            walBeside && std::filesystem::file_size(path + "-wal", walError) > 0;
        if (tables > 0 && uncleanShutdown) {
            const std::string check = store->m_db->execAndGet("PRAGMA quick_check").getString();
            if (check != "ok")
                return Error{Tr::tr("%1 is damaged (%2); it was left as it is")
                                 .arg(q(path), q(check))
                                 .toStdString()};
        }
        if (!store->m_options.readOnly) {
            // A new database gets pages of 2 KiB instead of SQLite's 4: an answer's commit
            // writes three pages to the log (its answer, its event, the interview's row) and
            // waits for them to reach the disk; smaller pages are fewer bytes to wait for
            // (bench/README.md, "Save latency"). The size is fixed when the file is made.
            if (tables == 0 && version == 0)
                store->m_db->exec("PRAGMA page_size = 2048");
            useWriteAheadLog(*store->m_db);
            store->m_db->exec("PRAGMA synchronous = FULL");
        }
        store->m_db->exec("PRAGMA foreign_keys = ON");
        store->m_statements = std::make_unique<StatementCache>(*store->m_db);
        if (!store->m_options.readOnly) {
            if (Status s = store->migrate(); !s)
                return Error{s.error()};
        } else if (version < SchemaVersion && (tables > 0 || version > 0)) {
            // A database of an earlier version is read only once it is brought up to date, as
            // the app does when it opens it (the migrations keep everything it holds). Reading
            // it where it cannot be written (or while another program holds it) cannot do that.
            if (sqlite3_db_readonly(store->m_db->getHandle(), "main") != 0)
                return Error{Tr::tr("%1 was written by an earlier version of Enumera (database "
                                    "schema %2) and has to be brought up to date before it can "
                                    "be read, which means writing to it, and it cannot be written "
                                    "where it is: it was left as it is. Read a copy of it that "
                                    "can be written.")
                                 .arg(q(path))
                                 .arg(version)
                                 .toStdString()};
            store->m_db->exec("PRAGMA query_only = OFF");
            store->m_db->exec("PRAGMA synchronous = FULL");
            const Status migrated = store->migrate();
            store->m_db->exec("PRAGMA query_only = ON");
            if (!migrated)
                return Error{migrated.error()};
        }
    } catch (const SQLite::Exception &e) {
        return Error{describe(e, path, "opening the database")};
    }
    return store;
}

Status Store::migrate()
{
    const int seen = m_db->execAndGet("PRAGMA user_version").getInt();
    if (seen == SchemaVersion)
        return {};
    return transaction(seen == 0 ? "creating the database" : "migrating the database", [&] {
        // Read again under the write lock: another program opening the same file at the same
        // moment may have done it meanwhile.
        const int version = m_db->execAndGet("PRAGMA user_version").getInt();
        if (version >= SchemaVersion)
            return;
        // Version 0 is a new file. Later versions add their steps here, each from the one before.
        if (version < 1) {
            m_db->exec(CreateSchema);
            m_db->exec("PRAGMA application_id = " + std::to_string(ApplicationId));
        }
        if (version < 2)
            m_db->exec(SyncSchema);
        if (version < 3)
            m_db->exec(IndexByStatus);
        if (version < 4) {
            m_db->exec(EventsByInterview);
            SQLite::Statement ids(*m_db, "SELECT id FROM interviews");
            SQLite::Statement &recount = (*m_statements)(RecountInterviewingTime);
            while (ids.executeStep()) {
                recount.bind(1, ids.getColumn(0).getString());
                recount.exec();
                recount.reset();
            }
        }
        m_db->exec("PRAGMA user_version = " + std::to_string(SchemaVersion));
        qCInfo(lcStore) << "database schema migrated from" << version << "to" << SchemaVersion;
    });
}

template<typename Work>
Status Store::transaction(const char *what, Work work)
{
    // BEGIN and COMMIT prepared once, like the writes; a transaction that did not commit
    // (a full disk fails the COMMIT itself) is rolled back, so nothing of it remains.
    try {
        (*m_statements)("BEGIN IMMEDIATE").exec();
        work();
        (*m_statements)("COMMIT").exec();
    } catch (const SQLite::Exception &e) {
        if (!sqlite3_get_autocommit(m_db->getHandle())) {
            try {
                (*m_statements)("ROLLBACK").exec();
            } catch (const SQLite::Exception &) {
                // The connection rolls back by itself when it cannot: nothing more to do.
            }
        }
        return Error{describe(e, m_path, what)};
    }
    return {};
}

std::pair<std::string, std::string> Store::durability() const
{
    const std::string journal = m_db->execAndGet("PRAGMA journal_mode").getString();
    const int sync = m_db->execAndGet("PRAGMA synchronous").getInt();
    static const char *const names[] = {"off", "normal", "full", "extra"};
    return {journal, sync >= 0 && sync <= 3 ? names[sync] : std::to_string(sync)};
}

// ---------------------------------------------------------------------------------------------
// Forms

namespace {

// A form's files under names relative to the form file ("household-survey.json",
// "modules/microcredentials.json"), so that the same definition is the same stored form
// wherever it was loaded from (a path given on the command line, the application's resources).
std::vector<SourceFile> relativeSources(const Form &form)
{
    std::vector<SourceFile> out;
    if (form.sources.empty())
        return out;
    const std::filesystem::path root(form.sources.front().name);
    const std::filesystem::path folder = root.parent_path();
    for (const SourceFile &s : form.sources) {
        const std::filesystem::path name(s.name);
        std::string relative = s.name == form.sources.front().name
                                   ? root.filename().generic_string()
                                   : name.lexically_relative(folder).generic_string();
        out.push_back({relative.empty() ? s.name : relative, s.text});
    }
    return out;
}

} // namespace

std::string Store::hashOf(const Form &form)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SourceFile &s : relativeSources(form)) {
        hash.addData(QByteArrayView(s.name.data(), qsizetype(s.name.size())));
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(QByteArrayView(s.text.data(), qsizetype(s.text.size())));
        hash.addData(QByteArrayView("\0", 1));
    }
    return hash.result().toHex().toStdString();
}

Result<std::string> Store::saveForm(const Form &form)
{
    const std::string hash = hashOf(form);
    nlohmann::json sources = nlohmann::json::array();
    for (const SourceFile &s : relativeSources(form))
        sources.push_back({{"name", s.name}, {"text", s.text}});
    const Timestamp at = now();
    Status s = transaction("storing the form", [&] {
        SQLite::Statement insert(*m_db, "INSERT OR IGNORE INTO forms (hash, form_id, version, "
                                        "sources, stored_at) VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, hash);
        insert.bind(2, form.id);
        insert.bind(3, form.version);
        insert.bind(4, sources.dump());
        insert.bind(5, at.utc);
        insert.exec();
    });
    if (!s)
        return Error{s.error()};
    return hash;
}

Result<std::shared_ptr<const Form>> Store::loadForm(const std::string &hash)
{
    if (auto it = m_forms.find(hash); it != m_forms.end())
        return it->second;
    std::vector<SourceFile> files;
    std::string formId, version;
    try {
        SQLite::Statement select(*m_db,
                                 "SELECT form_id, version, sources FROM forms WHERE hash = ?");
        select.bind(1, hash);
        if (!select.executeStep())
            return Error{Tr::tr("the form %1 is not in %2").arg(q(hash), q(m_path)).toStdString()};
        formId = select.getColumn(0).getString();
        version = select.getColumn(1).getString();
        const nlohmann::json sources =
            nlohmann::json::parse(select.getColumn(2).getString(), nullptr, false);
        if (!sources.is_array())
            return Error{Tr::tr("the form %1 %2 stored in %3 is damaged: its files are not "
                                "readable")
                             .arg(q(formId), q(version), q(m_path))
                             .toStdString()};
        for (const auto &f : sources)
            files.push_back({f.value("name", ""), f.value("text", "")});
    } catch (const SQLite::Exception &e) {
        return Error{describe(e, m_path, "reading a form")};
    }
    LoadResult loaded = FormLoader::loadSources(files);
    if (!loaded.form) {
        const auto &all = loaded.diagnostics.all();
        const std::string first = all.empty() ? std::string() : all.front().format();
        return Error{Tr::tr("the form %1 %2 stored in %3 does not load: %4")
                         .arg(q(formId), q(version), q(m_path), q(first))
                         .toStdString()};
    }
    m_forms[hash] = loaded.form;
    return loaded.form;
}

// ---------------------------------------------------------------------------------------------
// Interviews

Result<InterviewRecord> Store::createInterview(const std::string &formHash, const Form &form,
                                               const std::string &household,
                                               const std::string &owner)
{
    InterviewRecord r;
    r.id = m_options.newId ? m_options.newId() : timeOrderedUuid();
    r.formHash = formHash;
    r.formId = form.id;
    r.formVersion = form.version;
    r.household = household;
    r.owner = owner;
    r.created = r.updated = now();
    r.language = form.languages[size_t(form.defaultLanguage)];
    Status s = transaction("creating the interview", [&] {
        SQLite::Statement insert(*m_db,
                                 "INSERT INTO interviews (id, form_hash, form_id, form_version, "
                                 "household, owner, status, created_at, created_offset, "
                                 "updated_at, updated_offset, language) "
                                 "VALUES (?, ?, ?, ?, ?, ?, 'in_progress', ?, ?, ?, ?, ?)");
        insert.bind(1, r.id);
        insert.bind(2, r.formHash);
        insert.bind(3, r.formId);
        insert.bind(4, r.formVersion);
        insert.bind(5, r.household);
        insert.bind(6, r.owner);
        insert.bind(7, r.created.utc);
        insert.bind(8, r.created.offsetMinutes);
        insert.bind(9, r.updated.utc);
        insert.bind(10, r.updated.offsetMinutes);
        insert.bind(11, r.language);
        insert.exec();
        addEvent(*m_statements, r.id, r.created, owner, "created", "", "",
                 nlohmann::json(household).dump());
    });
    if (!s)
        return Error{s.error()};
    return r;
}

Result<InterviewRecord> Store::record(const std::string &id)
{
    try {
        SQLite::Statement select(*m_db, std::string("SELECT ") + RecordColumns +
                                            " FROM interviews WHERE id = ?");
        select.bind(1, id);
        if (!select.executeStep())
            return Error{
                Tr::tr("there is no interview %1 in %2").arg(q(id), q(m_path)).toStdString()};
        return readRecord(select);
    } catch (const SQLite::Exception &e) {
        return Error{describe(e, m_path, "reading the interview")};
    }
}

Result<std::vector<InterviewRecord>> Store::interviews(const InterviewFilter &filter)
{
    std::string sql = std::string("SELECT ") + RecordColumns + " FROM interviews WHERE 1";
    if (!filter.includeDiscarded)
        sql += " AND discarded = 0";
    if (!filter.statuses.empty()) {
        sql += " AND status IN (";
        for (size_t i = 0; i < filter.statuses.size(); ++i)
            sql += std::string(i ? ", " : "") + "'" + statusName(filter.statuses[i]) + "'";
        sql += ")";
    }
    if (!filter.updatedSince.empty())
        sql += " AND updated_at >= ?";
    sql += " ORDER BY created_at, id";
    try {
        SQLite::Statement select(*m_db, sql);
        if (!filter.updatedSince.empty())
            select.bind(1, filter.updatedSince);
        std::vector<InterviewRecord> out;
        while (select.executeStep())
            out.push_back(readRecord(select));
        return out;
    } catch (const SQLite::Exception &e) {
        return Error{describe(e, m_path, "listing the interviews")};
    }
}

Result<InterviewContent> Store::content(const std::string &id)
{
    Result<InterviewRecord> r = record(id);
    if (!r)
        return Error{r.error()};
    InterviewContent c;
    c.record = std::move(*r);
    try {
        SQLite::Statement rows(*m_db, "SELECT path FROM rows WHERE interview = ?");
        rows.bind(1, id);
        while (rows.executeStep())
            c.rows.push_back(rows.getColumn(0).getString());
        SQLite::Statement answers(*m_db,
                                  "SELECT path, kind, value FROM answers WHERE interview = ?");
        answers.bind(1, id);
        while (answers.executeStep()) {
            StoredAnswer a;
            a.path = answers.getColumn(0).getString();
            const std::string kind = answers.getColumn(1).getString();
            if (kind.size() != 1 ||
                !decodeValue(kind[0], answers.getColumn(2).getString(), a.value))
                return Error{Tr::tr("the answer at %1 of interview %2 is damaged")
                                 .arg(q(a.path), q(id))
                                 .toStdString()};
            c.answers.push_back(std::move(a));
        }
        SQLite::Statement confirmations(
            *m_db, "SELECT path, reason FROM confirmations WHERE interview = ?");
        confirmations.bind(1, id);
        while (confirmations.executeStep())
            c.confirmations.push_back(
                {confirmations.getColumn(0).getString(), confirmations.getColumn(1).getString()});
    } catch (const SQLite::Exception &e) {
        return Error{describe(e, m_path, "reading the interview")};
    }
    return c;
}

Result<std::vector<Event>> Store::events(const std::string &id)
{
    try {
        SQLite::Statement select(*m_db, "SELECT seq, interview, at, at_offset, user, kind, path, "
                                        "old_value, new_value FROM events WHERE interview = ? "
                                        "ORDER BY seq");
        select.bind(1, id);
        std::vector<Event> out;
        while (select.executeStep()) {
            Event e;
            e.sequence = select.getColumn(0).getInt64();
            e.interview = select.getColumn(1).getString();
            e.at = timestampAt(select, 2);
            e.user = select.getColumn(4).getString();
            e.kind = select.getColumn(5).getString();
            e.path = select.getColumn(6).getString();
            e.oldValue = select.getColumn(7).getString();
            e.newValue = select.getColumn(8).getString();
            out.push_back(std::move(e));
        }
        return out;
    } catch (const SQLite::Exception &e) {
        return Error{describe(e, m_path, "reading the events")};
    }
}

Result<std::vector<Comment>> Store::comments(const std::string &id)
{
    try {
        SQLite::Statement select(*m_db, "SELECT id, path, author, text, at, at_offset FROM "
                                        "comments WHERE interview = ? ORDER BY id");
        select.bind(1, id);
        std::vector<Comment> out;
        while (select.executeStep())
            out.push_back({select.getColumn(0).getInt64(), select.getColumn(1).getString(),
                           select.getColumn(2).getString(), select.getColumn(3).getString(),
                           timestampAt(select, 4)});
        return out;
    } catch (const SQLite::Exception &e) {
        return Error{describe(e, m_path, "reading the comments")};
    }
}

// ---------------------------------------------------------------------------------------------
// Changes

namespace {

void touch(StatementCache &statements, const std::string &id, const Timestamp &at,
           std::optional<Store::Progress> progress, int scriptLine)
{
    static const char *const withProgress =
        "UPDATE interviews SET updated_at = ?, updated_offset = ?, answered = ?, unanswered = ?, "
        "script_line = max(script_line, ?) WHERE id = ?";
    static const char *const withoutProgress =
        "UPDATE interviews SET updated_at = ?, updated_offset = ?, script_line = "
        "max(script_line, ?) WHERE id = ?";
    SQLite::Statement &update = statements(progress ? withProgress : withoutProgress);
    int i = 1;
    update.bind(i++, at.utc);
    update.bind(i++, at.offsetMinutes);
    if (progress) {
        update.bind(i++, progress->answered);
        update.bind(i++, progress->unanswered);
    }
    update.bind(i++, scriptLine);
    update.bind(i++, id);
    if (update.exec() != 1)
        throw SQLite::Exception("no such interview", SQLITE_NOTFOUND);
}

// The row number right after `prefix` in `path` ("members[" in "members[3].age" gives 3).
int rowNumberAfter(const std::string &path, const std::string &prefix, size_t &end)
{
    int n = 0;
    size_t i = prefix.size();
    while (i < path.size() && path[i] >= '0' && path[i] <= '9')
        n = n * 10 + (path[i++] - '0');
    end = i;
    return i < path.size() && path[i] == ']' ? n : 0;
}

} // namespace

Status Store::writeAnswer(const std::string &id, const std::string &user, const std::string &path,
                          const Value &oldValue, const Value &newValue, Progress progress,
                          int scriptLine)
{
    const Timestamp at = now();
    return transaction("saving the answer", [&] {
        if (newValue.isMissing()) {
            SQLite::Statement &del =
                (*m_statements)("DELETE FROM answers WHERE interview = ? AND path = ?");
            del.bind(1, id);
            del.bind(2, path);
            del.exec();
        } else {
            const StoredValue v = encodeValue(newValue);
            SQLite::Statement &put = (*m_statements)("INSERT OR REPLACE INTO answers (interview, "
                                                     "path, kind, value) VALUES (?, ?, ?, ?)");
            put.bind(1, id);
            put.bind(2, path);
            put.bind(3, std::string(1, v.kind));
            put.bind(4, v.text);
            put.exec();
        }
        // A new answer takes a confirmation of the question's warnings away.
        SQLite::Statement &unconfirm =
            (*m_statements)("DELETE FROM confirmations WHERE interview = ? AND path = ?");
        unconfirm.bind(1, id);
        unconfirm.bind(2, path);
        unconfirm.exec();
        addEvent(*m_statements, id, at, user,
                 newValue.isMissing() ? "answer_cleared" : "answer_set", path, valueJson(oldValue),
                 newValue.isMissing() ? "" : valueJson(newValue));
        touch(*m_statements, id, at, progress, scriptLine);
    });
}

Status Store::writeRowAdded(const std::string &id, const std::string &user, const std::string &path,
                            Progress progress, int scriptLine)
{
    const Timestamp at = now();
    return transaction("adding the row", [&] {
        SQLite::Statement put(*m_db, "INSERT OR IGNORE INTO rows (interview, path) VALUES (?, ?)");
        put.bind(1, id);
        put.bind(2, path);
        put.exec();
        addEvent(*m_statements, id, at, user, "row_added", path, "", "");
        touch(*m_statements, id, at, progress, scriptLine);
    });
}

Status Store::writeRowRemoved(const std::string &id, const std::string &user,
                              const std::string &rosterPath, int number, Progress progress,
                              int scriptLine)
{
    const Timestamp at = now();
    const std::string prefix = rosterPath + "[";
    const std::string removed = prefix + std::to_string(number) + "]";
    return transaction("removing the row", [&] {
        // That row goes, with everything inside it; the rows after it move up one place.
        for (const char *table : {"answers", "rows", "confirmations"}) {
            const std::string t = table;
            SQLite::Statement del(*m_db, "DELETE FROM " + t +
                                             " WHERE interview = ? AND (path = ? "
                                             "OR substr(path, 1, ?) = ?)");
            del.bind(1, id);
            del.bind(2, removed);
            del.bind(3, int(removed.size() + 1));
            del.bind(4, removed + ".");
            del.exec();
            SQLite::Statement later(*m_db, "SELECT path FROM " + t +
                                               " WHERE interview = ? AND "
                                               "substr(path, 1, ?) = ? ORDER BY path");
            later.bind(1, id);
            later.bind(2, int(prefix.size()));
            later.bind(3, prefix);
            std::vector<std::pair<int, std::string>> moves;
            while (later.executeStep()) {
                const std::string path = later.getColumn(0).getString();
                size_t end = 0;
                const int n = rowNumberAfter(path, prefix, end);
                if (n > number)
                    moves.push_back({n, path});
            }
            // Lowest first, so that each new path is free when it is taken.
            std::sort(moves.begin(), moves.end());
            for (const auto &[n, path] : moves) {
                size_t end = 0;
                rowNumberAfter(path, prefix, end);
                const std::string moved = prefix + std::to_string(n - 1) + path.substr(end);
                SQLite::Statement update(*m_db, "UPDATE " + t +
                                                    " SET path = ? WHERE interview = "
                                                    "? AND path = ?");
                update.bind(1, moved);
                update.bind(2, id);
                update.bind(3, path);
                update.exec();
            }
        }
        addEvent(*m_statements, id, at, user, "row_removed", removed, "", "");
        touch(*m_statements, id, at, progress, scriptLine);
    });
}

Status Store::writeConfirmation(const std::string &id, const std::string &user,
                                const std::string &path, const std::string &reason, int scriptLine)
{
    const Timestamp at = now();
    return transaction("saving the confirmation", [&] {
        SQLite::Statement put(*m_db, "INSERT OR REPLACE INTO confirmations (interview, path, "
                                     "reason) VALUES (?, ?, ?)");
        put.bind(1, id);
        put.bind(2, path);
        put.bind(3, reason);
        put.exec();
        addEvent(*m_statements, id, at, user, "warning_confirmed", path, "",
                 nlohmann::json(reason).dump());
        touch(*m_statements, id, at, std::nullopt, scriptLine);
    });
}

Status Store::writeLanguage(const std::string &id, const std::string &user, const std::string &from,
                            const std::string &to, int scriptLine)
{
    const Timestamp at = now();
    return transaction("saving the language", [&] {
        SQLite::Statement update(*m_db, "UPDATE interviews SET language = ? WHERE id = ?");
        update.bind(1, to);
        update.bind(2, id);
        update.exec();
        addEvent(*m_statements, id, at, user, "language_changed", "", nlohmann::json(from).dump(),
                 nlohmann::json(to).dump());
        touch(*m_statements, id, at, std::nullopt, scriptLine);
    });
}

Status Store::writePosition(const std::string &id, const std::string &user, const std::string &path,
                            const std::string &section)
{
    const Timestamp at = now();
    return transaction("saving the position", [&] {
        SQLite::Statement update(*m_db, "UPDATE interviews SET position = ? WHERE id = ?");
        update.bind(1, path);
        update.bind(2, id);
        update.exec();
        if (!section.empty())
            addEvent(*m_statements, id, at, user, "section_entered", section, "", "");
    });
}

Status Store::writeScriptLine(const std::string &id, int scriptLine)
{
    return transaction("saving the script position", [&] {
        SQLite::Statement update(
            *m_db, "UPDATE interviews SET script_line = max(script_line, ?) WHERE id = ?");
        update.bind(1, scriptLine);
        update.bind(2, id);
        update.exec();
    });
}

Status Store::setStatus(const std::string &id, const std::string &user, InterviewStatus status,
                        const std::string &reason, int scriptLine)
{
    Result<InterviewRecord> r = record(id);
    if (!r)
        return Error{r.error()};
    const InterviewStatus from = r->status;
    using S = InterviewStatus;
    const bool allowed =
        (from == S::InProgress && status == S::Completed) ||
        (from == S::Rejected && status == S::Completed) ||
        (from == S::Completed && (status == S::Approved || status == S::Rejected)) ||
        (from == S::Approved && status == S::Rejected) ||
        (from == S::Rejected && status == S::Approved);
    if (!allowed)
        return Error{Tr::tr("an interview that is %1 cannot become %2")
                         .arg(statusName(from), statusName(status))
                         .toStdString()};
    const Timestamp at = now();
    return transaction("changing the status", [&] {
        const bool newRevision = from == S::Rejected && status == S::Completed;
        SQLite::Statement update(
            *m_db,
            status == S::Completed
                ? "UPDATE interviews SET status = ?, completed_at = ?, completed_offset = ?, "
                  "revision = revision + ? WHERE id = ?"
                : "UPDATE interviews SET status = ? WHERE id = ?");
        update.bind(1, statusName(status));
        if (status == S::Completed) {
            update.bind(2, at.utc);
            update.bind(3, at.offsetMinutes);
            update.bind(4, newRevision ? 1 : 0);
            update.bind(5, id);
        } else {
            update.bind(2, id);
        }
        update.exec();
        addEvent(*m_statements, id, at, user, "status_changed", reason.empty() ? "" : reason,
                 nlohmann::json(statusName(from)).dump(),
                 nlohmann::json(statusName(status)).dump());
        touch(*m_statements, id, at, std::nullopt, scriptLine);
    });
}

Status Store::setDiscarded(const std::string &id, const std::string &user, bool discarded)
{
    const Timestamp at = now();
    return transaction(discarded ? "discarding the interview" : "restoring the interview", [&] {
        SQLite::Statement update(*m_db, "UPDATE interviews SET discarded = ? WHERE id = ?");
        update.bind(1, discarded ? 1 : 0);
        update.bind(2, id);
        if (update.exec() != 1)
            throw SQLite::Exception("no such interview", SQLITE_NOTFOUND);
        addEvent(*m_statements, id, at, user, discarded ? "discarded" : "restored", "", "", "");
    });
}

Result<int64_t> Store::addComment(const std::string &id, const std::string &author,
                                  const std::string &path, const std::string &text)
{
    const Timestamp at = now();
    int64_t commentId = 0;
    Status s = transaction("saving the comment", [&] {
        SQLite::Statement put(*m_db, "INSERT INTO comments (interview, path, author, text, at, "
                                     "at_offset) VALUES (?, ?, ?, ?, ?, ?)");
        put.bind(1, id);
        put.bind(2, path);
        put.bind(3, author);
        put.bind(4, text);
        put.bind(5, at.utc);
        put.bind(6, at.offsetMinutes);
        put.exec();
        commentId = m_db->getLastInsertRowid();
        addEvent(*m_statements, id, at, author, "comment", path, "", nlohmann::json(text).dump());
    });
    if (!s)
        return Error{s.error()};
    return commentId;
}

} // namespace enumera
