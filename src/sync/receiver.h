// SPDX-License-Identifier: GPL-3.0-or-later
// The server's side of the protocol, whatever carried the request (HTTP or a package file):
// authentication, the decision for each interview received (stored, unchanged, conflict),
// pulls and pairing. Requests that arrive together are stored in one transaction.
#pragma once

#include "protocol.h"
#include "serverstorage.h"
#include "store/timestamp.h"

#include <memory>
#include <set>

namespace enumera::sync {

struct ReceiverOptions
{
    // The SHA-256 of the server's TLS certificate (DER), as the enumerator's app sees it at
    // pairing; empty over plain HTTP.
    QByteArray certificateDigest;
    int pullLimit = 200; // changes per pull page over the network
    Clock clock = Timestamp::now;
};

// What the last batch did, for the server's signals and its operator.
struct BatchTally
{
    int stored = 0;
    int unchanged = 0;
    int conflicts = 0;
    int refused = 0;
};

class Receiver
{
public:
    Receiver(ServerStorage &storage, ReceiverOptions options);

    Status start(); // reads (or makes) the server's identity
    const ServerIdentity &identity() const { return m_identity; }

    // One response per request, in order; nothing is answered before it is durable.
    std::vector<Response> handle(const std::vector<Request> &requests);
    const BatchTally &tally() const { return m_tally; }

private:
    struct Pending;
    Response hello(const Request &request);
    std::unique_ptr<Pending> prepare(const Request &request);
    std::unique_ptr<Pending> preparePair(const Request &request);
    std::unique_ptr<Pending> prepareSigned(const Request &request);
    Response finish(const Request &request, Response response);
    std::string now() const { return m_options.clock().utc; }

    ServerStorage &m_storage;
    ReceiverOptions m_options;
    ServerIdentity m_identity;
    std::set<std::string> m_checkedForms; // forms whose files were already checked
    BatchTally m_tally;
    int m_batches = 0;
};

} // namespace enumera::sync
