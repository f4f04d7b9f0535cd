// SPDX-License-Identifier: GPL-3.0-or-later
#include "review.h"

#include "common.h"
#include "interviewdata.h"
#include "store/session.h"

#include <QCoreApplication>

#include <SQLiteCpp/SQLiteCpp.h>

#include <map>

namespace enumera::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncReview)
};

using nlohmann::json;

std::map<std::string, std::string> answersOf(const json &p)
{
    std::map<std::string, std::string> out;
    for (const json &a : p.value("answers", json::array()))
        if (a.is_array() && a.size() == 3)
            out[a[0].get<std::string>()] = a[1].get<std::string>() + ":" + a[2].get<std::string>();
    return out;
}

std::vector<AnswerDifference> differencesBetween(const json &server, const json &enumerator)
{
    const auto a = answersOf(server), b = answersOf(enumerator);
    std::vector<AnswerDifference> out;
    auto valueOf = [](const std::map<std::string, std::string> &m, const std::string &path) {
        auto it = m.find(path);
        return it == m.end() ? std::string() : it->second.substr(it->second.find(':') + 1);
    };
    std::map<std::string, bool> paths;
    for (const auto &[path, v] : a)
        paths[path] = true;
    for (const auto &[path, v] : b)
        paths[path] = true;
    for (const auto &[path, unused] : paths) {
        auto x = a.find(path), y = b.find(path);
        if (x == a.end() || y == b.end() || x->second != y->second)
            out.push_back({path, valueOf(a, path), valueOf(b, path)});
    }
    return out;
}

} // namespace

Review::Review(Store &store, std::string supervisor)
    : m_store(store)
    , m_supervisor(std::move(supervisor))
{}

Status Review::checkReceived(const std::string &interview)
{
    Result<InterviewRecord> r = m_store.record(interview);
    if (!r)
        return Error{r.error()};
    return {};
}

Status Review::approve(const std::string &interview, const std::string &comment)
{
    if (Status s = checkReceived(interview); !s)
        return s;
    if (!comment.empty())
        if (Result<int64_t> c = m_store.addComment(interview, m_supervisor, "", comment); !c)
            return Error{c.error()};
    return m_store.setStatus(interview, m_supervisor, InterviewStatus::Approved, comment);
}

Status Review::reject(const std::string &interview, const std::string &reason,
                      const std::vector<QuestionComment> &comments)
{
    if (reason.empty())
        return Error{Tr::tr("a rejection needs a reason, for the enumerator").toStdString()};
    Result<InterviewRecord> record = m_store.record(interview);
    if (!record)
        return Error{record.error()};
    if (record->status == InterviewStatus::InProgress)
        return Error{Tr::tr("interview %1 is still in progress: only a completed or approved "
                            "interview can be rejected")
                         .arg(q(interview))
                         .toStdString()};
    if (!comments.empty()) {
        // Comments point at questions of this interview as it stands.
        Result<std::unique_ptr<InterviewSession>> session =
            InterviewSession::open(m_store, interview, m_supervisor);
        if (!session)
            return Error{session.error()};
        for (const QuestionComment &c : comments) {
            if (c.text.empty())
                return Error{Tr::tr("the comment at %1 is empty").arg(q(c.path)).toStdString()};
            if (Result<Instance> at = (*session)->interview().resolve(c.path); !at)
                return Error{Tr::tr("%1 is not a question of interview %2: %3")
                                 .arg(q(c.path), q(interview), q(at.error()))
                                 .toStdString()};
        }
    }
    // Comments first, the status last: an enumerator who pulls in between sees no rejection
    // without its comments.
    for (const QuestionComment &c : comments)
        if (Result<int64_t> added = m_store.addComment(interview, m_supervisor, c.path, c.text);
            !added)
            return Error{added.error()};
    if (Result<int64_t> added = m_store.addComment(interview, m_supervisor, "", reason); !added)
        return Error{added.error()};
    if (record->status == InterviewStatus::Rejected)
        return {}; // rejected again: the new comments are the change
    return m_store.setStatus(interview, m_supervisor, InterviewStatus::Rejected, reason);
}

Result<std::vector<ConflictRecord>> Review::conflicts(bool openOnly)
{
    try {
        SQLite::Database &db = m_store.database();
        const std::string origin = databaseId(db);
        SQLite::Statement s(db, std::string("SELECT c.id, c.interview, i.household, c.enumerator, "
                                            "c.created_at, c.status, c.resolved_at, "
                                            "c.resolved_by, i.status, i.revision, c.package FROM "
                                            "sync_conflicts c JOIN interviews i ON i.id = "
                                            "c.interview") +
                                    (openOnly ? " WHERE c.status = 'open'" : "") +
                                    " ORDER BY c.id");
        std::vector<ConflictRecord> out;
        while (s.executeStep()) {
            ConflictRecord c;
            c.id = s.getColumn(0).getInt64();
            c.interview = s.getColumn(1).getString();
            c.household = s.getColumn(2).getString();
            c.enumerator = s.getColumn(3).getString();
            c.created = s.getColumn(4).getString();
            c.status = s.getColumn(5).getString();
            c.resolved = s.getColumn(6).isNull() ? "" : s.getColumn(6).getString();
            c.resolvedBy = s.getColumn(7).isNull() ? "" : s.getColumn(7).getString();
            c.serverStatus = s.getColumn(8).getString();
            c.serverRevision = s.getColumn(9).getInt();
            c.enumeratorVersion = json::parse(s.getColumn(10).getString(), nullptr, false);
            c.enumeratorStatus = c.enumeratorVersion.value("status", "");
            c.enumeratorRevision = c.enumeratorVersion.value("revision", 0);
            c.differences = differencesBetween(readInterview(db, c.interview, origin, false),
                                               c.enumeratorVersion);
            out.push_back(std::move(c));
        }
        return out;
    } catch (const std::exception &e) {
        return failure(e, m_store.path(), Tr::tr("listing the conflicts"));
    }
}

Result<ConflictRecord> Review::conflict(int64_t id)
{
    Result<std::vector<ConflictRecord>> all = conflicts(false);
    if (!all)
        return Error{all.error()};
    for (ConflictRecord &c : *all)
        if (c.id == id)
            return std::move(c);
    return Error{Tr::tr("there is no conflict %1").arg(id).toStdString()};
}

Status Review::resolve(int64_t conflict, Keep keep)
{
    try {
        SQLite::Database &db = m_store.database();
        const std::string origin = databaseId(db);
        const Timestamp at = m_store.now();
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement c(db, "SELECT interview, status, package, enumerator_checksum FROM "
                                "sync_conflicts WHERE id = ?");
        c.bind(1, conflict);
        if (!c.executeStep())
            return Error{Tr::tr("there is no conflict %1").arg(conflict).toStdString()};
        const std::string interview = c.getColumn(0).getString();
        const std::string status = c.getColumn(1).getString();
        const json package = json::parse(c.getColumn(2).getString(), nullptr, false);
        const std::string checksum = c.getColumn(3).getString();
        c.reset();
        if (status != "open")
            return Error{Tr::tr("conflict %1 is already settled (%2)")
                             .arg(conflict)
                             .arg(q(status))
                             .toStdString()};
        SQLite::Statement v(db, "SELECT version FROM sync_server_interviews WHERE interview = ?");
        v.bind(1, interview);
        const int version = v.executeStep() ? v.getColumn(0).getInt() : 0;
        v.reset();
        if (keep == Keep::Enumerator) {
            if (std::optional<QString> why = checkInterview(package))
                return Error{why->toStdString()};
            writeInterview(db, package, origin);
        }
        // Either way the server's copy is news for the enumerator, who then takes it.
        db.exec("UPDATE sync_sequence SET value = value + 1");
        const int64_t seq = db.execAndGet("SELECT value FROM sync_sequence").getInt64();
        SQLite::Statement state(db, "UPDATE sync_server_interviews SET version = ?, change_seq = "
                                    "?, conflict_open = 0 WHERE interview = ?");
        state.bind(1, version + 1);
        state.bind(2, seq);
        state.bind(3, interview);
        state.exec();
        SQLite::Statement settled(db, "UPDATE sync_conflicts SET status = ?, resolved_at = ?, "
                                      "resolved_by = ? WHERE id = ?");
        settled.bind(1, keep == Keep::Enumerator ? "took_enumerator" : "kept_server");
        settled.bind(2, at.utc);
        settled.bind(3, m_supervisor);
        settled.bind(4, conflict);
        settled.exec();
        SQLite::Statement others(db, "UPDATE sync_conflicts SET status = 'superseded', "
                                     "resolved_at = ?, resolved_by = ? WHERE interview = ? AND "
                                     "status = 'open'");
        others.bind(1, at.utc);
        others.bind(2, m_supervisor);
        others.bind(3, interview);
        others.exec();
        if (keep == Keep::Enumerator) {
            SQLite::Statement received(db, "UPDATE sync_received SET outcome = 'stored', version "
                                           "= ?, conflict = NULL WHERE interview = ? AND "
                                           "checksum = ?");
            received.bind(1, version + 1);
            received.bind(2, interview);
            received.bind(3, checksum);
            received.exec();
        }
        SQLite::Statement event(db, AppendEvent);
        event.bind(1, interview);
        event.bind(2, at.utc);
        event.bind(3, at.offsetMinutes);
        event.bind(4, m_supervisor);
        event.bind(5, "conflict_resolved");
        event.bind(6, "");
        event.bind(7, "");
        event.bind(8, json{{"conflict", conflict},
                           {"kept", keep == Keep::Enumerator ? "enumerator" : "server"}}
                          .dump());
        event.exec();
        SQLite::Statement time(db, CountInterviewingTime);
        time.bind(1, interview);
        time.bind(2, at.utc);
        time.bind(3, m_supervisor);
        time.exec();
        t.commit();
        return {};
    } catch (const std::exception &e) {
        return failure(e, m_store.path(), Tr::tr("settling the conflict"));
    }
}

Result<std::vector<ReceivedRevision>> Review::received(const std::string &interview)
{
    try {
        SQLite::Statement s(m_store.database(),
                            "SELECT revision, status, outcome, version, checksum, at FROM "
                            "sync_received WHERE interview = ? ORDER BY at, version");
        s.bind(1, interview);
        std::vector<ReceivedRevision> out;
        while (s.executeStep())
            out.push_back({s.getColumn(0).getInt(), s.getColumn(1).getString(),
                           s.getColumn(2).getString(), s.getColumn(3).getInt(),
                           s.getColumn(4).getString(), s.getColumn(5).getString()});
        return out;
    } catch (const std::exception &e) {
        return failure(e, m_store.path(), Tr::tr("reading what was received"));
    }
}

Result<std::map<std::string, std::string>> Review::senders()
{
    try {
        SQLite::Statement s(m_store.database(),
                            "SELECT interview, enumerator FROM sync_server_interviews");
        std::map<std::string, std::string> out;
        while (s.executeStep())
            out.emplace(s.getColumn(0).getString(), s.getColumn(1).getString());
        return out;
    } catch (const std::exception &e) {
        return failure(e, m_store.path(), Tr::tr("reading who sent the interviews"));
    }
}

} // namespace enumera::sync
