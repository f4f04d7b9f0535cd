// SPDX-License-Identifier: GPL-3.0-or-later
// The enumerator's side of sync, on the enumerator's store: the pairing, what is waiting to be
// sent, and what a server's answers do to the store. Shared by the network client and by
// package files, so that both move the same content with the same rules.
#pragma once

#include "form/result.h"
#include "protocol.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace enumera {
class Store;
}

namespace enumera::sync {

// What pairing leaves on the enumerator's laptop.
struct Pairing
{
    std::string serverUrl;
    std::string serverId;
    QByteArray serverKey;   // Ed25519: the server signs its answers with it
    QByteArray certificate; // PEM of the server's TLS certificate; empty over plain HTTP
    std::string enumerator;
    std::string name;
    QByteArray privateKey; // Ed25519: this laptop signs every request with it
    QByteArray publicKey;
    int64_t pullCursor = 0;
    int clockOffset = 0; // seconds to add to this laptop's clock to get the server's
};

Result<std::optional<Pairing>> readPairing(Store &store);
// Keeps a new pairing. Pairing with another server forgets what was sent to the old one.
Status savePairing(Store &store, const Pairing &pairing);
Status saveClockOffset(Store &store, int seconds);

// The headers of a signed request (or package).
std::vector<std::pair<std::string, std::string>>
signedHeaders(const Pairing &pairing, const std::string &method, const std::string &path,
              const QByteArray &body, const std::string &timestamp);
// Checks a server's answer: its signature, for the request sent with `nonce`.
Status verifyAnswer(const Pairing &pairing, int status, const std::string &nonce,
                    const QByteArray &body, const std::string &signature);

// The interviews waiting to be sent: completed ones (and, on request, those in progress or
// being corrected, as a backup) that changed since the server last acknowledged them.
struct Outgoing
{
    std::vector<std::string> interviews;
};
Result<Outgoing> outgoing(Store &store, bool includeInProgress);

// A push body for these interviews: their packages with the version each is based on, and the
// forms the server is not known to hold.
Result<nlohmann::json> pushBody(Store &store, const std::vector<std::string> &interviews);

// What the server's answers did.
struct Applied
{
    int stored = 0;
    int unchanged = 0;
    int conflicts = 0;
    std::vector<std::string> refused; // "interview ID: why"
    bool formMissing = false;         // a form must be sent again
    int reopened = 0;                 // rejected interviews back to correct
    int approved = 0;
    int updated = 0;     // other interviews changed by the server
    int keptLocal = 0;   // server copies not taken, because of changes not yet sent
    int forms = 0;       // new forms
    int assignments = 0; // new or changed assignments
    int64_t cursor = 0;
    bool more = false;
};

// Marks interviews sent, on their receipts only.
Status applyPushAnswer(Store &store, const nlohmann::json &answer, Applied &applied);
// Takes what the server sends: forms, assignments, interviews back from the supervisor.
Status applyPullAnswer(Store &store, const nlohmann::json &answer, Applied &applied);

} // namespace enumera::sync
