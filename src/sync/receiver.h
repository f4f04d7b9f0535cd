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
    int paired = 0; // laptops paired with an enumerator's pairing code
};

class Receiver
{
public:
    Receiver(ServerStorage &storage, ReceiverOptions options);
    // With a storage to read (enumerators, for the checks before the transaction) and one to
    // write, so that the checks of the next requests run while a transaction commits.
    Receiver(ServerStorage &reader, ServerStorage &writer, ReceiverOptions options);
    ~Receiver();

    Status start(); // reads (or makes) the server's identity
    const ServerIdentity &identity() const { return m_identity; }

    // A request checked (protocol, signature, content), ready to be stored. Uses the reader.
    struct Prepared
    {
        std::string nonce;                 // the request's, which the answer's signature names
        std::optional<Response> immediate; // an answer already (a refusal, a hello)
        ServerStorage::Work work;          // or what storing it does
        nlohmann::json result;             // filled by the work
        std::optional<Response> refusal;   // or this, decided inside the transaction
        BatchTally tally;
    };
    std::unique_ptr<Prepared> prepare(const Request &request);
    // Stores prepared requests in one transaction and answers each, in order; nothing is
    // answered before it is durable. Uses the writer.
    std::vector<Response> commit(std::vector<std::unique_ptr<Prepared>> prepared);
    // Both, in turn.
    std::vector<Response> handle(const std::vector<Request> &requests);
    // What the last commit did.
    const BatchTally &tally() const { return m_tally; }

private:
    std::unique_ptr<Prepared> check(const Request &request);
    std::unique_ptr<Prepared> checkPair(const Request &request);
    std::unique_ptr<Prepared> checkSigned(const Request &request);
    Response hello();
    Response finish(const std::string &nonce, Response response);
    std::string now() const { return m_options.clock().utc; }

    ServerStorage &m_reader;
    ServerStorage &m_writer;
    ReceiverOptions m_options;
    ServerIdentity m_identity;
    std::set<std::string> m_checkedForms; // forms whose files were checked (reader's side)
    BatchTally m_tally;
    int m_batches = 0;
};

} // namespace enumera::sync
