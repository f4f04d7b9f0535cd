// SPDX-License-Identifier: GPL-3.0-or-later
// The sync protocol's vocabulary: its version, paths, headers, error codes and the texts that
// requests and responses sign. docs/sync.md describes the protocol for other programs.
#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <string>
#include <vector>

namespace enumera::sync {

constexpr int ProtocolVersion = 1;

namespace path {
constexpr const char *Hello = "/sync/v1/hello";
constexpr const char *Pair = "/sync/v1/pair";
constexpr const char *Push = "/sync/v1/push";
constexpr const char *Pull = "/sync/v1/pull";
constexpr const char *Exchange = "/sync/v1/exchange"; // push and pull at once (packages)
} // namespace path

namespace header {
constexpr const char *Protocol = "enumera-protocol";
constexpr const char *Enumerator = "enumera-enumerator";
constexpr const char *Timestamp = "enumera-timestamp";
constexpr const char *Nonce = "enumera-nonce";
constexpr const char *Signature = "enumera-signature";
constexpr const char *ServerTime = "enumera-server-time";
} // namespace header

// How far a request's timestamp may be from the server's clock, and how long the server
// remembers a nonce (longer than the window, so that a replay is refused either way).
constexpr int TimestampWindowSeconds = 15 * 60;
constexpr int NonceMemorySeconds = 2 * TimestampWindowSeconds + 60;

// Pairing codes: 3 groups of 4 characters from an alphabet without look-alikes (no 0/O, 1/I/L).
constexpr const char *PairingAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr int PairingIterations = 100000;
constexpr const char *PairingSalt = "enumera-pairing-code-1";

// A request as a server sees it, from the network or from a package file.
struct Request
{
    std::string method; // "GET", "POST"
    std::string path;
    std::map<std::string, std::string> headers; // lower-case names
    QByteArray body;
    bool fromPackage = false;
    bool tooLarge = false; // the body was larger than the server takes, and dropped

    std::string header(const std::string &name) const
    {
        auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
};

struct Response
{
    int status = 200;
    QByteArray body; // JSON
    std::vector<std::pair<std::string, std::string>> headers;
};

// The bytes a request's Ed25519 signature covers.
QByteArray requestSigningText(const std::string &method, const std::string &path,
                              const std::string &enumerator, const std::string &timestamp,
                              const std::string &nonce, const QByteArray &body);
// The bytes a response's signature covers: it names the request it answers by its nonce.
QByteArray responseSigningText(int status, const std::string &requestNonce, const QByteArray &body);
// The pairing proofs: HMAC-SHA256 keyed by the key derived from the pairing code.
QByteArray pairingClientText(const std::string &fingerprintHex, const std::string &publicKey,
                             const std::string &nonce);
QByteArray pairingServerText(const std::string &fingerprintHex, const std::string &publicKey,
                             const std::string &nonce, const std::string &enumerator,
                             const std::string &serverId, const std::string &serverKey);

// A pairing code as typed: upper case, without spaces or dashes; "" if it cannot be one.
std::string normalisePairingCode(const std::string &typed);
QByteArray pairingKey(const std::string &normalisedCode);

std::string base64(const QByteArray &bytes);
QByteArray fromBase64(const std::string &text, bool *ok = nullptr);
std::string hexText(const QByteArray &bytes);

// An error response: {"error": {"code": CODE, "message": MESSAGE}}.
Response errorResponse(int status, const std::string &code, const QString &message);

} // namespace enumera::sync
