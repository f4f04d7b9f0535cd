// SPDX-License-Identifier: GPL-3.0-or-later
// What the sync server keeps, behind an interface: one SQLite implementation now (the
// supervisor's own store, sqliteserverstorage.h); a PostgreSQL one for headquarters can be
// added beside it without touching the protocol's logic (receiver.h).
#pragma once

#include "form/result.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace enumera::sync {

enum class EnumeratorStatus { Invited, Paired, Revoked };

struct EnumeratorRecord
{
    std::string code;
    std::string name;
    EnumeratorStatus status = EnumeratorStatus::Invited;
    QByteArray publicKey;
};

// The server's identity: the name of its database's events, and its Ed25519 key pair, which
// signs responses and package files.
struct ServerIdentity
{
    std::string id;
    QByteArray signingKey;
    QByteArray publicKey;
};

// An interview as the server holds it.
struct ServerInterview
{
    std::string enumerator; // who sends it
    int version = 0;        // counts every change the server made or accepted
    bool conflictOpen = false;
    std::string checksum; // the content checksum of the server's copy
};

// What the server answered for an interview it received, kept so that the same interview
// received again gets the same answer.
struct ReceivedRecord
{
    std::string outcome; // stored, unchanged, conflict
    int version = 0;
    int64_t conflict = 0;
};

struct PendingPairing
{
    std::string code; // the enumerator's code
    std::string name;
    QByteArray pairingKey;
};

// One page of what an enumerator pulls: changes after `since`, in the order they were made.
struct PullPage
{
    nlohmann::json interviews = nlohmann::json::array(); // packages, with "version", "conflict"
    nlohmann::json forms = nlohmann::json::array();
    nlohmann::json assignments = nlohmann::json::array();
    int64_t cursor = 0;
    bool more = false;
};

// One unit of work inside a transaction; every read sees what the transaction wrote before.
class ServerTransaction
{
public:
    virtual ~ServerTransaction() = default;

    // False if this nonce was seen before from this enumerator.
    virtual Result<bool> rememberNonce(const std::string &enumerator, const std::string &nonce) = 0;
    virtual Result<std::optional<ReceivedRecord>> received(const std::string &interview,
                                                           const std::string &checksum) = 0;
    virtual Result<std::optional<ServerInterview>> interview(const std::string &id) = 0;
    // False for an interview that exists without sync state (one of the supervisor's own).
    virtual Result<bool> interviewExists(const std::string &id) = 0;
    virtual Result<bool> hasForm(const std::string &hash) = 0;
    virtual Status storeForm(const nlohmann::json &form) = 0;
    // Stores the interview's content and history; returns its new version.
    virtual Result<int> storeInterview(const nlohmann::json &interview,
                                       const std::string &enumerator, int version) = 0;
    // Keeps the interview's history (events, comments) only.
    virtual Status mergeHistory(const nlohmann::json &interview) = 0;
    virtual Result<int64_t> storeConflict(const nlohmann::json &interview,
                                          const std::string &enumerator, int baseVersion,
                                          const ServerInterview &server) = 0;
    virtual Status recordReceived(const nlohmann::json &interview, const std::string &enumerator,
                                  const ReceivedRecord &record) = 0;
    virtual Result<PullPage> pull(const std::string &enumerator, int64_t since, int limit) = 0;
    virtual Result<std::vector<PendingPairing>> pendingPairings() = 0;
    virtual Status completePairing(const std::string &code, const QByteArray &publicKey,
                                   const std::string &device) = 0;
    virtual Status seen(const std::string &enumerator) = 0;
};

class ServerStorage
{
public:
    virtual ~ServerStorage() = default;

    virtual Result<ServerIdentity> identity() = 0;
    virtual Result<std::optional<EnumeratorRecord>> enumerator(const std::string &code) = 0;

    using Work = std::function<Status(ServerTransaction &)>;
    // Runs every work in one durable transaction, each in a savepoint of its own: a work that
    // fails is undone alone. Returns one status per work; if the commit fails, every work
    // failed. Nothing is durable before this returns.
    virtual std::vector<Status> transact(const std::vector<Work> &works) = 0;
    // Forgets nonces older than NonceMemorySeconds.
    virtual Status forgetOldNonces() = 0;
};

} // namespace enumera::sync
