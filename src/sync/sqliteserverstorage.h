// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverstorage.h"

#include <memory>

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
    ~SqliteServerStorage() override;

    Result<ServerIdentity> identity() override;
    Result<std::optional<EnumeratorRecord>> enumerator(const std::string &code) override;
    std::vector<Status> transact(const std::vector<Work> &works) override;
    Status forgetOldNonces() override;

private:
    Store &m_store;
    std::string m_origin;
    std::unique_ptr<class Statements> m_statements;
};

// The identity of a store acting as a server, its signing key made on first use.
Result<ServerIdentity> serverIdentity(Store &store);

} // namespace enumera::sync
