// SPDX-License-Identifier: GPL-3.0-or-later
// Requests written by hand, to send what a client would not: replays, tampered bodies, other
// protocol versions.
#pragma once

#include "sync/enumeratorside.h"
#include "syncfixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace enumera::testing {

struct RawAnswer
{
    int status = 0;
    nlohmann::json body;
    std::string error;
};

inline RawAnswer rawPost(const std::string &url, const std::string &path,
                         const std::vector<std::pair<std::string, std::string>> &headers,
                         const QByteArray &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QString::fromStdString(url + path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    QNetworkReply *reply = network.post(request, body);
    EXPECT_TRUE(waitUntil([&] { return reply->isFinished(); }));
    RawAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = nlohmann::json::parse(reply->readAll().toStdString(), nullptr, false);
    if (a.body.is_object() && a.body.contains("error"))
        a.error =
            a.body.at("error").value("code", "") + ": " + a.body.at("error").value("message", "");
    reply->deleteLater();
    return a;
}

// A push request as the laptop's client signs it.
struct SignedPush
{
    std::vector<std::pair<std::string, std::string>> headers;
    QByteArray body;
};

inline SignedPush signedPush(Store &store, const std::vector<std::string> &interviews,
                             const std::string &protocol = "1")
{
    SignedPush p;
    Result<std::optional<sync::Pairing>> pairing = sync::readPairing(store);
    EXPECT_TRUE(pairing.ok() && *pairing);
    Result<nlohmann::json> body = sync::pushBody(store, interviews);
    EXPECT_TRUE(body.ok());
    p.body = QByteArray::fromStdString(body->dump());
    p.headers = sync::signedHeaders(**pairing, "POST", sync::path::Push, p.body, store.now().utc);
    for (auto &[name, value] : p.headers)
        if (name == sync::header::Protocol)
            value = protocol;
    return p;
}

} // namespace enumera::testing
