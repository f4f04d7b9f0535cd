// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/form.h"
#include "form/result.h"
#include "form/value.h"
#include "timestamp.h"

#include <exception>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}
namespace enumera {
class StatementCache;
}

namespace enumera {

enum class InterviewStatus { InProgress, Completed, Rejected, Approved };

const char *statusName(InterviewStatus status); // "in_progress", "completed", ...
std::optional<InterviewStatus> parseStatus(const std::string &name);

// What a failed database operation means for the person using the application: "saving the
// answer failed for DB: the disk is full; nothing was changed". Not logged here.
std::string storageFailure(const std::exception &e, const std::string &database,
                           const std::string &what);

// A connection that only reads the database at `path` (SQLite flags added to OPEN_READONLY).
// Where SQLite cannot create the shared-memory file a WAL database needs (read-only media, a
// folder this user cannot write) and no write-ahead log lies beside the file, the file is read
// as it is on disk: it is whole then, and nobody can be writing to it there. Throws
// SQLite::Exception as SQLite::Database does.
std::unique_ptr<SQLite::Database> openForReading(const std::string &path, int flags = 0);

struct InterviewRecord
{
    std::string id; // a UUID
    std::string formHash;
    std::string formId;
    std::string formVersion;
    std::string household; // the household's identification
    std::string owner;     // the enumerator's code
    InterviewStatus status = InterviewStatus::InProgress;
    bool discarded = false;
    int revision = 1;
    Timestamp created;
    Timestamp updated;
    std::optional<Timestamp> completed;
    std::string position; // the path of the question the enumerator was at
    std::string language;
    int answered = 0;   // relevant questions answered
    int unanswered = 0; // relevant required questions still unanswered
    int scriptLine = 0; // for scripted interviews: the last script line committed
    // The time the owner has spent interviewing (the gaps between the owner's consecutive
    // events, those over 15 minutes left out), kept as events are written; nothing before the
    // owner's first event.
    std::optional<int64_t> interviewingMs;

    std::optional<int64_t> interviewingSeconds() const
    {
        if (!interviewingMs)
            return std::nullopt;
        return (*interviewingMs + 500) / 1000;
    }

    double progress() const
    {
        return answered + unanswered == 0 ? 0.0 : double(answered) / (answered + unanswered);
    }
};

struct StoredAnswer
{
    std::string path;
    Value value;
};

struct Confirmation
{
    std::string path;
    std::string reason;
};

struct Comment
{
    int64_t id = 0;
    std::string path; // the question commented on ("" for the whole interview)
    std::string author;
    std::string text;
    Timestamp at;
};

// One entry of the append-only event log (paradata).
struct Event
{
    int64_t sequence = 0;
    std::string interview;
    Timestamp at;
    std::string user;
    std::string kind; // answer_set, answer_cleared, row_added, row_removed, warning_confirmed,
                      // language_changed, section_entered, status_changed, created, comment
    std::string path;
    std::string oldValue; // JSON text, or ""
    std::string newValue; // JSON text, or ""
};

// What a stored interview holds, as read back.
struct InterviewContent
{
    InterviewRecord record;
    std::vector<std::string> rows; // the paths of the roster rows, in order
    std::vector<StoredAnswer> answers;
    std::vector<Confirmation> confirmations;
};

struct InterviewFilter
{
    std::vector<InterviewStatus> statuses; // empty: every status
    bool includeDiscarded = false;
    std::string updatedSince; // ISO 8601 UTC; "" for no limit
};

// Appends an event to an interview's log, as the next of that interview's events (`seq` 1, 2,
// ...): ?1 interview, ?2 time (UTC), ?3 its offset in minutes, ?4 user, ?5 kind, ?6 path, ?7 old
// value, ?8 new value. Every writer of this database's own events uses it, and then
// CountInterviewingTime.
inline constexpr const char *AppendEvent =
    "INSERT INTO events (interview, seq, at, at_offset, user, kind, path, old_value, new_value) "
    "VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM events WHERE interview = ?1), ?2, ?3, "
    "?4, ?5, ?6, ?7, ?8)";

// The interviewing time (the export's duration_seconds) is kept in the interview's row: the gaps
// between the owner's consecutive events, each gap over 15 minutes left out (an interruption,
// the night between two visits), in milliseconds, and the time of the owner's last event.
// Times are read as SQLite reads ISO 8601 instants ("2026-03-02T13:00:20.250Z"), in milliseconds
// of the Julian day; an event whose time is not one is passed over.
//
// After an event is appended: ?1 interview, ?2 the event's time, ?3 its user. A no-op when the
// user is not the interview's owner.
inline constexpr const char *CountInterviewingTime =
    "UPDATE interviews SET interviewing_ms = interviewing_ms + CASE WHEN "
    "CAST(round(julianday(?2) * 86400000) AS INTEGER) - owner_last_ms BETWEEN 0 AND 900000 THEN "
    "CAST(round(julianday(?2) * 86400000) AS INTEGER) - owner_last_ms ELSE 0 END, owner_last_ms = "
    "CAST(round(julianday(?2) * 86400000) AS INTEGER) WHERE id = ?1 AND owner = ?3 AND "
    "julianday(?2) IS NOT NULL";
// The same worked out again from the whole log of interview ?1, in the order of its events: after
// events arrive from elsewhere (sync), and for the interviews of an older database.
inline constexpr const char *RecountInterviewingTime =
    "WITH owned AS (SELECT seq, CAST(round(julianday(at) * 86400000) AS INTEGER) AS t FROM events "
    "WHERE interview = ?1 AND julianday(at) IS NOT NULL AND user = (SELECT owner FROM interviews "
    "WHERE id = ?1)), gaps AS (SELECT t - lag(t) OVER (ORDER BY seq) AS gap FROM owned) "
    "UPDATE interviews SET interviewing_ms = (SELECT coalesce(sum(gap), 0) FROM gaps WHERE gap "
    "BETWEEN 0 AND 900000), owner_last_ms = (SELECT t FROM owned ORDER BY seq DESC LIMIT 1) "
    "WHERE id = ?1";

// The store of interviews: one SQLite database file. Every write is its own transaction,
// committed durably (WAL, synchronous FULL) before the call returns; a failed write changes
// nothing. A database written by a newer version of Enumera is refused and left untouched.
class Store
{
public:
    static constexpr int SchemaVersion = 4; // 2: SyncSchema, 3: IndexByStatus, 4: EventsByInterview

    struct Options
    {
        Clock clock = Timestamp::now;
        std::function<std::string()> newId; // UUIDs for new interviews; random when empty
        bool readOnly = false;
    };

    static Result<std::unique_ptr<Store>> open(const std::string &path);
    static Result<std::unique_ptr<Store>> open(const std::string &path, Options options);
    ~Store();

    const std::string &path() const { return m_path; }
    Timestamp now() const { return m_options.clock(); }
    // The journal mode and synchronous setting in force ("wal", "full").
    std::pair<std::string, std::string> durability() const;

    // --- form definitions, kept by content hash exactly as they were
    Result<std::string> saveForm(const Form &form);
    Result<std::shared_ptr<const Form>> loadForm(const std::string &hash);
    static std::string hashOf(const Form &form);

    // --- interviews
    Result<InterviewRecord> createInterview(const std::string &formHash, const Form &form,
                                            const std::string &household, const std::string &owner);
    Result<InterviewRecord> record(const std::string &id);
    Result<std::vector<InterviewRecord>> interviews(const InterviewFilter &filter = {});
    Result<InterviewContent> content(const std::string &id);
    Result<std::vector<Event>> events(const std::string &id);
    Result<std::vector<Comment>> comments(const std::string &id);

    // --- changes to an interview's content, each one transaction with its event
    struct Progress
    {
        int answered = 0;
        int unanswered = 0;
    };
    Status writeAnswer(const std::string &id, const std::string &user, const std::string &path,
                       const Value &oldValue, const Value &newValue, Progress progress,
                       int scriptLine = 0);
    Status writeRowAdded(const std::string &id, const std::string &user, const std::string &path,
                         Progress progress, int scriptLine = 0);
    Status writeRowRemoved(const std::string &id, const std::string &user,
                           const std::string &rosterPath, int number, Progress progress,
                           int scriptLine = 0);
    Status writeConfirmation(const std::string &id, const std::string &user,
                             const std::string &path, const std::string &reason,
                             int scriptLine = 0);
    Status writeLanguage(const std::string &id, const std::string &user, const std::string &from,
                         const std::string &to, int scriptLine = 0);
    Status writePosition(const std::string &id, const std::string &user, const std::string &path,
                         const std::string &section);
    Status writeScriptLine(const std::string &id, int scriptLine);

    // --- status: every change is an event
    // `scriptLine`: the line of the script that made the change, acknowledged with it (replay).
    Status setStatus(const std::string &id, const std::string &user, InterviewStatus status,
                     const std::string &reason = {}, int scriptLine = 0);
    Status setDiscarded(const std::string &id, const std::string &user, bool discarded);
    Result<int64_t> addComment(const std::string &id, const std::string &author,
                               const std::string &path, const std::string &text);

    SQLite::Database &database() { return *m_db; }

private:
    Store(std::string path, Options options);
    Status migrate();
    template<typename Work>
    Status transaction(const char *what, Work work);

    std::string m_path;
    Options m_options;
    std::unique_ptr<SQLite::Database> m_db;
    std::unique_ptr<StatementCache> m_statements; // destroyed before the connection
    std::map<std::string, std::shared_ptr<const Form>> m_forms;
};

} // namespace enumera
