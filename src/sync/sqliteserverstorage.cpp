// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteserverstorage.h"

#include "common.h"
#include "crypto.h"
#include "interviewdata.h"
#include "protocol.h"
#include "store/store.h"

#include <QCoreApplication>

#include <SQLiteCpp/SQLiteCpp.h>

#include <set>

namespace enumera::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncServerStorage)
};

using nlohmann::json;

QByteArray blob(SQLite::Column c)
{
    if (c.isNull())
        return {};
    return QByteArray(static_cast<const char *>(c.getBlob()), c.getBytes());
}

EnumeratorStatus statusFrom(const std::string &s)
{
    if (s == "paired")
        return EnumeratorStatus::Paired;
    if (s == "revoked")
        return EnumeratorStatus::Revoked;
    return EnumeratorStatus::Invited;
}

// Runs `work`, turning a database failure into an Error that says what was being done.
template<typename Work>
auto attempt(const std::string &path, const char *what, Work work) -> Result<decltype(work())>
{
    try {
        return work();
    } catch (const std::exception &e) {
        return failure(e, path, QCoreApplication::translate("SyncServerStorage", what));
    }
}

template<typename Work>
Status attemptStatus(const std::string &path, const char *what, Work work)
{
    try {
        work();
        return {};
    } catch (const std::exception &e) {
        return failure(e, path, QCoreApplication::translate("SyncServerStorage", what));
    }
}

class Transaction final : public ServerTransaction
{
public:
    Transaction(SQLite::Database &db, const std::string &path, Statements &statements,
                std::string origin, std::string now)
        : m_path(path)
        , m_db(db)
        , m_statements(statements)
        , m_origin(std::move(origin))
        , m_now(std::move(now))
    {}

    Result<bool> rememberNonce(const std::string &enumerator, const std::string &nonce) override
    {
        return attempt(m_path, QT_TR_NOOP("remembering the request"), [&] {
            SQLite::Statement &s = m_statements("INSERT OR IGNORE INTO sync_nonces (enumerator, "
                                                "nonce, at) VALUES (?, ?, ?)");
            s.bind(1, enumerator);
            s.bind(2, nonce);
            s.bind(3, m_now);
            return s.exec() == 1;
        });
    }

    Result<std::optional<ReceivedRecord>> received(const std::string &interview,
                                                   const std::string &checksum) override
    {
        return attempt(m_path, QT_TR_NOOP("reading what was received"), [&] {
            SQLite::Statement &s =
                m_statements("SELECT outcome, version, conflict FROM "
                             "sync_received WHERE interview = ? AND checksum = ?");
            s.bind(1, interview);
            s.bind(2, checksum);
            std::optional<ReceivedRecord> out;
            if (s.executeStep())
                out = ReceivedRecord{s.getColumn(0).getString(), s.getColumn(1).getInt(),
                                     s.getColumn(2).isNull() ? 0 : s.getColumn(2).getInt64()};
            s.reset();
            return out;
        });
    }

    Result<std::optional<ServerInterview>> interview(const std::string &id) override
    {
        return attempt(m_path, QT_TR_NOOP("reading the interview"), [&] {
            SQLite::Statement &s = m_statements("SELECT enumerator, version, conflict_open FROM "
                                                "sync_server_interviews WHERE interview = ?");
            s.bind(1, id);
            std::optional<ServerInterview> out;
            if (s.executeStep())
                out = ServerInterview{s.getColumn(0).getString(),
                                      s.getColumn(1).getInt(),
                                      s.getColumn(2).getInt() != 0,
                                      {}};
            s.reset();
            if (out)
                out->checksum = readInterview(m_statements, id, m_origin, false)
                                    .at("checksum")
                                    .get<std::string>();
            return out;
        });
    }

    Result<bool> interviewExists(const std::string &id) override
    {
        return attempt(m_path, QT_TR_NOOP("reading the interview"),
                       [&] { return sync::interviewExists(m_statements, id); });
    }

    Result<bool> hasForm(const std::string &hash) override
    {
        return attempt(m_path, QT_TR_NOOP("reading the forms"),
                       [&] { return formExists(m_statements, hash); });
    }

    Status storeForm(const json &form) override
    {
        return attemptStatus(m_path, QT_TR_NOOP("storing the form"),
                             [&] { writeForm(m_db, form, m_now); });
    }

    Result<int> storeInterview(const json &interview, const std::string &enumerator,
                               int version) override
    {
        return attempt(m_path, QT_TR_NOOP("storing the interview"), [&] {
            const std::string id = interview.at("id").get<std::string>();
            SQLite::Statement &before = m_statements("SELECT change_seq FROM "
                                                     "sync_server_interviews WHERE interview = ?");
            before.bind(1, id);
            const int64_t changeSeq = before.executeStep() ? before.getColumn(0).getInt64() : 0;
            before.reset();
            writeInterview(m_statements, interview, m_origin);
            // What an enumerator sent is not news to pull back: the triggers' marks are undone.
            SQLite::Statement &state = m_statements(
                "INSERT INTO sync_server_interviews (interview, enumerator, version, change_seq) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (interview) DO UPDATE SET version = "
                "excluded.version, change_seq = excluded.change_seq");
            state.bind(1, id);
            state.bind(2, enumerator);
            state.bind(3, version);
            state.bind(4, changeSeq);
            state.exec();
            return version;
        });
    }

    Status mergeHistory(const json &interview) override
    {
        return attemptStatus(m_path, QT_TR_NOOP("storing the interview's history"), [&] {
            const std::string id = interview.at("id").get<std::string>();
            SQLite::Statement &before = m_statements("SELECT version, change_seq FROM "
                                                     "sync_server_interviews WHERE interview = ?");
            before.bind(1, id);
            if (!before.executeStep())
                return;
            const int version = before.getColumn(0).getInt();
            const int64_t changeSeq = before.getColumn(1).getInt64();
            before.reset();
            sync::mergeHistory(m_statements, interview, m_origin);
            SQLite::Statement restore(m_db, "UPDATE sync_server_interviews SET version = ?, "
                                            "change_seq = ? WHERE interview = ?");
            restore.bind(1, version);
            restore.bind(2, changeSeq);
            restore.bind(3, id);
            restore.exec();
        });
    }

    Result<int64_t> storeConflict(const json &interview, const std::string &enumerator,
                                  int baseVersion, const ServerInterview &server) override
    {
        return attempt(m_path, QT_TR_NOOP("keeping the conflicting version"), [&] {
            const std::string id = interview.at("id").get<std::string>();
            SQLite::Statement insert(m_db, "INSERT INTO sync_conflicts (interview, enumerator, "
                                           "base_version, server_version, server_checksum, "
                                           "enumerator_checksum, package, created_at) VALUES (?, "
                                           "?, ?, ?, ?, ?, ?, ?)");
            insert.bind(1, id);
            insert.bind(2, enumerator);
            insert.bind(3, baseVersion);
            insert.bind(4, server.version);
            insert.bind(5, server.checksum);
            insert.bind(6, interview.at("checksum").get<std::string>());
            insert.bind(7, dumpJson(interview));
            insert.bind(8, m_now);
            insert.exec();
            const int64_t conflict = m_db.getLastInsertRowid();
            SQLite::Statement open(m_db, "UPDATE sync_server_interviews SET conflict_open = 1 "
                                         "WHERE interview = ?");
            open.bind(1, id);
            open.exec();
            return conflict;
        });
    }

    Status recordReceived(const json &interview, const std::string &enumerator,
                          const ReceivedRecord &record) override
    {
        return attemptStatus(m_path, QT_TR_NOOP("keeping the receipt"), [&] {
            SQLite::Statement &s = m_statements(
                "INSERT OR REPLACE INTO sync_received (interview, checksum, enumerator, revision, "
                "status, outcome, version, conflict, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            s.bind(1, interview.at("id").get<std::string>());
            s.bind(2, interview.at("checksum").get<std::string>());
            s.bind(3, enumerator);
            s.bind(4, interview.at("revision").get<int>());
            s.bind(5, interview.at("status").get<std::string>());
            s.bind(6, record.outcome);
            s.bind(7, record.version);
            if (record.conflict)
                s.bind(8, record.conflict);
            else
                s.bind(8);
            s.bind(9, m_now);
            s.exec();
        });
    }

    Result<PullPage> pull(const std::string &enumerator, int64_t since, int limit) override
    {
        return attempt(m_path, QT_TR_NOOP("reading what the enumerator pulls"), [&] {
            PullPage page;
            page.cursor = since;
            SQLite::Statement changes(
                m_db, "SELECT 'i', interview, change_seq FROM sync_server_interviews WHERE "
                      "enumerator = ?1 AND change_seq > ?2 "
                      "UNION ALL SELECT 'a', id, change_seq FROM sync_assignments WHERE "
                      "enumerator = ?1 AND change_seq > ?2 "
                      "UNION ALL SELECT 'f', hash, change_seq FROM sync_published_forms WHERE "
                      "change_seq > ?2 ORDER BY 3 LIMIT ?3");
            changes.bind(1, enumerator);
            changes.bind(2, since);
            changes.bind(3, limit > 0 ? limit + 1 : -1);
            std::vector<std::tuple<std::string, std::string, int64_t>> found;
            while (changes.executeStep())
                found.emplace_back(changes.getColumn(0).getString(),
                                   changes.getColumn(1).getString(),
                                   changes.getColumn(2).getInt64());
            if (limit > 0 && int(found.size()) > limit) {
                page.more = true;
                found.resize(size_t(limit));
            }
            std::set<std::string> forms;
            auto addForm = [&](const std::string &hash) {
                if (forms.insert(hash).second)
                    page.forms.push_back(readForm(m_db, hash));
            };
            for (const auto &[kind, key, seq] : found) {
                page.cursor = seq;
                if (kind == "i") {
                    json p = readInterview(m_statements, key, m_origin);
                    SQLite::Statement state(m_db, "SELECT version, conflict_open FROM "
                                                  "sync_server_interviews WHERE interview = ?");
                    state.bind(1, key);
                    state.executeStep();
                    p["version"] = state.getColumn(0).getInt();
                    p["conflict"] = state.getColumn(1).getInt() != 0;
                    addForm(p.at("form").get<std::string>());
                    page.interviews.push_back(std::move(p));
                } else if (kind == "a") {
                    SQLite::Statement a(m_db, "SELECT household, form_hash, preload, cancelled, "
                                              "created_at FROM sync_assignments WHERE id = ?");
                    a.bind(1, key);
                    a.executeStep();
                    json preload = json::parse(a.getColumn(2).getString(), nullptr, false);
                    addForm(a.getColumn(1).getString());
                    page.assignments.push_back(
                        {{"id", key},
                         {"household", a.getColumn(0).getString()},
                         {"form", a.getColumn(1).getString()},
                         {"preload", preload.is_object() ? preload : json::object()},
                         {"cancelled", a.getColumn(3).getInt() != 0},
                         {"created", a.getColumn(4).getString()}});
                } else {
                    addForm(key);
                }
            }
            return page;
        });
    }

    Result<std::vector<PendingPairing>> pendingPairings() override
    {
        return attempt(m_path, QT_TR_NOOP("reading the pairing codes"), [&] {
            SQLite::Statement s(m_db, "SELECT code, name, pairing_key FROM sync_enumerators WHERE "
                                      "pairing_key IS NOT NULL AND status != 'revoked' AND "
                                      "pairing_expires > ?");
            s.bind(1, m_now);
            std::vector<PendingPairing> out;
            while (s.executeStep())
                out.push_back(
                    {s.getColumn(0).getString(), s.getColumn(1).getString(), blob(s.getColumn(2))});
            return out;
        });
    }

    Status completePairing(const std::string &code, const QByteArray &publicKey,
                           const std::string &device) override
    {
        return attemptStatus(m_path, QT_TR_NOOP("pairing"), [&] {
            SQLite::Statement s(m_db, "UPDATE sync_enumerators SET status = 'paired', public_key = "
                                      "?, pairing_key = NULL, pairing_expires = NULL, paired_at = "
                                      "?, device = ? WHERE code = ?");
            s.bind(1, publicKey.constData(), int(publicKey.size()));
            s.bind(2, m_now);
            s.bind(3, device);
            s.bind(4, code);
            s.exec();
        });
    }

    Status seen(const std::string &enumerator) override
    {
        return attemptStatus(m_path, QT_TR_NOOP("noting the enumerator's visit"), [&] {
            SQLite::Statement s(m_db,
                                "UPDATE sync_enumerators SET last_seen_at = ? WHERE code = ?");
            s.bind(1, m_now);
            s.bind(2, enumerator);
            s.exec();
        });
    }

private:
    const std::string &m_path; // the database's path, for messages
    SQLite::Database &m_db;
    Statements &m_statements;
    std::string m_origin;
    std::string m_now;
};

} // namespace

Result<ServerIdentity> serverIdentity(SQLite::Database &db, const std::string &path)
{
    try {
        SQLite::Statement s(db, "SELECT database_id, signing_key, public_key FROM sync_identity "
                                "WHERE id = 1");
        if (!s.executeStep())
            return Error{Tr::tr("%1 has no sync identity").arg(q(path)).toStdString()};
        ServerIdentity identity{s.getColumn(0).getString(), blob(s.getColumn(1)),
                                blob(s.getColumn(2))};
        s.reset();
        if (identity.signingKey.size() == 32)
            return identity;
        Result<KeyPair> keys = generateKeyPair();
        if (!keys)
            return Error{keys.error()};
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement u(db, "UPDATE sync_identity SET signing_key = ?, public_key = ? WHERE "
                                "id = 1 AND signing_key IS NULL");
        u.bind(1, keys->privateKey.constData(), int(keys->privateKey.size()));
        u.bind(2, keys->publicKey.constData(), int(keys->publicKey.size()));
        u.exec();
        t.commit();
        // Another program may have made the key first: the stored one is the one.
        SQLite::Statement again(db,
                                "SELECT signing_key, public_key FROM sync_identity WHERE id = 1");
        again.executeStep();
        identity.signingKey = blob(again.getColumn(0));
        identity.publicKey = blob(again.getColumn(1));
        return identity;
    } catch (const std::exception &e) {
        return failure(e, path, Tr::tr("reading the server's identity"));
    }
}

Result<ServerIdentity> serverIdentity(Store &store)
{
    return serverIdentity(store.database(), store.path());
}

SqliteServerStorage::SqliteServerStorage(Store &store)
    : SqliteServerStorage(store.database(), store.path(), [&store] { return store.now(); })
{}

SqliteServerStorage::SqliteServerStorage(SQLite::Database &database, std::string path, Clock clock)
    : m_db(database)
    , m_path(std::move(path))
    , m_clock(clock ? std::move(clock) : Clock(Timestamp::now))
    , m_statements(std::make_unique<Statements>(database))
{
    // Interviews arrive in the order of their random ids, so their rows land all over the
    // indexes: a page cache of 32 MiB (instead of 2) keeps the disk out of most inserts. It is
    // the same whatever the number of interviews.
    try {
        m_db.exec("PRAGMA cache_size = -32768");
    } catch (const std::exception &e) {
        qCWarning(lcSync) << "sync: the page cache could not be set:" << e.what();
    }
}

SqliteServerStorage::~SqliteServerStorage() = default;

Result<ServerIdentity> SqliteServerStorage::identity()
{
    Result<ServerIdentity> id = serverIdentity(m_db, m_path);
    if (id)
        m_origin = id->id;
    return id;
}

Result<std::optional<EnumeratorRecord>> SqliteServerStorage::enumerator(const std::string &code)
{
    return attempt(m_path, QT_TR_NOOP("reading the team"), [&] {
        SQLite::Statement s(m_db, "SELECT code, name, status, public_key FROM "
                                  "sync_enumerators WHERE code = ?");
        s.bind(1, code);
        std::optional<EnumeratorRecord> out;
        if (s.executeStep())
            out = EnumeratorRecord{s.getColumn(0).getString(), s.getColumn(1).getString(),
                                   statusFrom(s.getColumn(2).getString()), blob(s.getColumn(3))};
        return out;
    });
}

std::vector<Status> SqliteServerStorage::transact(const std::vector<Work> &works)
{
    std::vector<Status> out(works.size());
    if (m_origin.empty())
        if (Result<ServerIdentity> id = identity(); !id) {
            std::fill(out.begin(), out.end(), Status(Error{id.error()}));
            return out;
        }
    SQLite::Database &db = m_db;
    try {
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        Transaction transaction(m_db, m_path, *m_statements, m_origin, m_clock().utc);
        for (size_t i = 0; i < works.size(); ++i) {
            db.exec("SAVEPOINT work");
            try {
                out[i] = works[i](transaction);
            } catch (const std::exception &e) {
                out[i] = failure(e, m_path, Tr::tr("storing what was received"));
            }
            if (!out[i])
                db.exec("ROLLBACK TO work");
            db.exec("RELEASE work");
        }
        t.commit();
    } catch (const std::exception &e) {
        const Status failed = failure(e, m_path, Tr::tr("storing what was received"));
        std::fill(out.begin(), out.end(), failed);
    }
    return out;
}

Status SqliteServerStorage::forgetOldNonces()
{
    return attemptStatus(m_path, QT_TR_NOOP("forgetting old requests"), [&] {
        SQLite::Statement s(m_db, "DELETE FROM sync_nonces WHERE at < ?");
        s.bind(1, shiftedUtc(m_clock().utc, -NonceMemorySeconds));
        s.exec();
    });
}

} // namespace enumera::sync
