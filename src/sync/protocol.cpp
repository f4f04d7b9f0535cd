// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol.h"

#include "crypto.h"

#include <nlohmann/json.hpp>

namespace enumera::sync {

namespace {

QByteArray lines(std::initializer_list<std::string> parts)
{
    QByteArray out;
    bool first = true;
    for (const std::string &p : parts) {
        if (!first)
            out += '\n';
        out += QByteArray::fromStdString(p);
        first = false;
    }
    return out;
}

} // namespace

QByteArray requestSigningText(const std::string &method, const std::string &path,
                              const std::string &enumerator, const std::string &timestamp,
                              const std::string &nonce, const QByteArray &body)
{
    return lines({"ENUMERA-SYNC-1 REQUEST", method, path, enumerator, timestamp, nonce,
                  hexText(sha256(body))});
}

QByteArray responseSigningText(int status, const std::string &requestNonce, const QByteArray &body)
{
    return lines(
        {"ENUMERA-SYNC-1 RESPONSE", std::to_string(status), requestNonce, hexText(sha256(body))});
}

QByteArray pairingClientText(const std::string &fingerprintHex, const std::string &publicKey,
                             const std::string &nonce)
{
    return lines({"ENUMERA-SYNC-1 PAIR CLIENT", fingerprintHex, publicKey, nonce});
}

QByteArray pairingServerText(const std::string &fingerprintHex, const std::string &publicKey,
                             const std::string &nonce, const std::string &enumerator,
                             const std::string &serverId, const std::string &serverKey)
{
    return lines({"ENUMERA-SYNC-1 PAIR SERVER", fingerprintHex, publicKey, nonce, enumerator,
                  serverId, serverKey});
}

std::string normalisePairingCode(const std::string &typed)
{
    const std::string alphabet = PairingAlphabet;
    std::string out;
    for (char c : typed) {
        if (c == ' ' || c == '-')
            continue;
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (alphabet.find(c) == std::string::npos)
            return {};
        out += c;
    }
    return out.size() == 12 ? out : std::string();
}

QByteArray pairingKey(const std::string &normalisedCode)
{
    return deriveKey(QByteArray::fromStdString(normalisedCode), PairingSalt, PairingIterations);
}

std::string base64(const QByteArray &bytes)
{
    return bytes.toBase64().toStdString();
}

QByteArray fromBase64(const std::string &text, bool *ok)
{
    auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(text),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (ok)
        *ok = bool(decoded);
    return decoded ? *decoded : QByteArray();
}

std::string hexText(const QByteArray &bytes)
{
    return bytes.toHex().toStdString();
}

Response errorResponse(int status, const std::string &code, const QString &message)
{
    Response r;
    r.status = status;
    r.body = QByteArray::fromStdString(
        nlohmann::json{{"error", {{"code", code}, {"message", message.toStdString()}}}}.dump());
    return r;
}

} // namespace enumera::sync
