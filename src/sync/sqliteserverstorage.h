// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverstorage.h"
#include "store/timestamp.h"

#include <memory>

namespace SQLite {
class Database;
}

namespace enumera {
class Store;
}

namespace enumera::sync {

// The server's storage in the supervisor's own store (schema 2's sync tables beside the
// interviews): received interviews are ordinary interviews that the review screens open with
// Store and InterviewSession. Used from one thread at a time.
class SqliteServerStorage final : public ServerStorage
{
public:
    explicit SqliteServerStorage(Store &store);
    // On a SQLite connection of its own to a store's database, which a Store opened (and
    // migrated) in this process: see SyncServer for why not a second Store.
    SqliteServerStorage(SQLite::Database &database, std::string path, Clock clock = {});
    ~SqliteServerStorage() override;

    Result<ServerIdentity> identity() override;
    Result<std::optional<EnumeratorRecord>> enumerator(const std::string &code) override;
    std::vector<Status> transact(const std::vector<Work> &works) override;
    Status forgetOldNonces() override;

private:
    SQLite::Database &m_db;
    std::string m_path;
    Clock m_clock;
    std::string m_origin;
    std::unique_ptr<class Statements> m_statements;
};

// The identity of a store acting as a server, its signing key made on first use.
Result<ServerIdentity> serverIdentity(Store &store);
Result<ServerIdentity> serverIdentity(SQLite::Database &db, const std::string &path);

} // namespace enumera::sync
