// SPDX-License-Identifier: GPL-3.0-or-later
#include "client.h"

#include "common.h"
#include "crypto.h"
#include "interviewdata.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

#include <cmath>
#include <deque>

namespace enumera::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)
};

using nlohmann::json;

// The errors a self-signed certificate raises, expected of the pinned certificate only: any
// other certificate fails the handshake.
QList<QSslError> expectedErrors(const QSslCertificate &pinned)
{
    QList<QSslError> out;
    for (QSslError::SslError e :
         {QSslError::SelfSignedCertificate, QSslError::HostNameMismatch,
          QSslError::CertificateUntrusted, QSslError::UnableToGetLocalIssuerCertificate,
          QSslError::UnableToVerifyFirstCertificate})
        out.append(QSslError(e, pinned));
    return out;
}

std::string hexDigits(const std::string &typed)
{
    std::string out;
    for (char c : typed)
        if (std::isxdigit(static_cast<unsigned char>(c)))
            out += char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

QString networkError(QNetworkReply *reply, const QString &server, const QString &mismatch)
{
    if (!mismatch.isEmpty())
        return mismatch;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return Tr::tr("the server at %1 refused the connection: is the supervisor's server "
                      "running, and is this the right address?")
            .arg(server);
    case QNetworkReply::HostNotFoundError:
        return Tr::tr("the server %1 was not found on the network").arg(server);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Tr::tr("the server at %1 did not answer in time").arg(server);
    case QNetworkReply::RemoteHostClosedError:
        return Tr::tr("the server at %1 closed the connection before answering").arg(server);
    default:
        return Tr::tr("the connection to %1 failed: %2").arg(server, reply->errorString());
    }
}

// Fills the request's headers and, over HTTPS, pins `certificate`.
QNetworkReply *send(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body,
                    const std::vector<std::pair<std::string, std::string>> &headers,
                    const QSslCertificate &certificate, int timeoutSeconds, bool get = false)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(timeoutSeconds * 1000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    QNetworkReply *reply = get ? network.get(request) : network.post(request, body);
    if (url.scheme() == QLatin1String("https") && !certificate.isNull())
        reply->ignoreSslErrors(expectedErrors(certificate));
    return reply;
}

struct Answered
{
    int status = 0;
    QByteArray body;
    std::string signature;
    std::string serverTime;
    QSslCertificate peer;
};

Answered answered(QNetworkReply *reply)
{
    Answered a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.signature = reply->rawHeader(header::Signature).toStdString();
    a.serverTime = reply->rawHeader(header::ServerTime).toStdString();
    a.peer = reply->sslConfiguration().peerCertificate();
    return a;
}

// The message of an error answer, {"error": {"code", "message"}}.
std::pair<std::string, QString> refusal(const QByteArray &body, int status)
{
    const json j = json::parse(body.toStdString(), nullptr, false);
    if (j.is_object() && j.contains("error") && j.at("error").is_object())
        return {j.at("error").value("code", ""), q(j.at("error").value("message", ""))};
    return {"", Tr::tr("HTTP status %1").arg(status)};
}

} // namespace

struct SyncClient::Exchange
{
    SyncOptions options;
    Pairing pairing;
    QSslCertificate certificate;
    QUrl server;
    std::deque<std::string> waiting;
    std::deque<std::string> alone; // from a refused request: sent one by one, to find which
    bool resent = false;           // forms refused once were sent again
    std::string refusal;           // the code of the last request refused
    SyncReport report;
    QPointer<QNetworkReply> reply;
    // Pairing only: its own connections, which accept the certificate they are about to pin.
    PairOptions pairOptions;
    QPointer<QNetworkAccessManager> pairingNetwork;

    ~Exchange()
    {
        if (pairingNetwork)
            pairingNetwork->deleteLater();
    }
};

SyncClient::SyncClient(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(std::make_unique<QNetworkAccessManager>())
{}

SyncClient::~SyncClient()
{
    cancel();
}

void SyncClient::cancel()
{
    if (m_exchange && m_exchange->reply) {
        m_exchange->reply->disconnect(this);
        m_exchange->reply->abort();
        m_exchange->reply->deleteLater();
    }
    m_exchange.reset();
}

// --- pairing --------------------------------------------------------------------------------

void SyncClient::pair(const PairOptions &options)
{
    cancel();
    auto fail = [this](const QString &message) {
        m_exchange.reset();
        emit paired(Error{message.toStdString()});
    };
    const QUrl url(QString::fromStdString(options.serverUrl));
    const bool https = url.scheme() == QLatin1String("https");
    if (!url.isValid() || url.host().isEmpty() || (!https && url.scheme() != QLatin1String("http")))
        return fail(
            Tr::tr("%1 is not a server address (https://ADDRESS:PORT)").arg(q(options.serverUrl)));
    if (!https && !options.insecureHttp)
        return fail(Tr::tr("%1 is plain HTTP, which anyone on the network can read and change; "
                           "use the https:// address the supervisor gives")
                        .arg(q(options.serverUrl)));
    const std::string code = normalisePairingCode(options.code);
    if (code.empty())
        return fail(Tr::tr("a pairing code is 12 letters and digits, such as ABCD-EFGH-JKMN "
                           "(there is no 0, O, 1, I or L in them)"));
    m_exchange = std::make_unique<Exchange>();
    m_exchange->pairOptions = options;
    m_exchange->server = url;

    // First a hello, to see the server's certificate: the pairing proof covers it.
    auto *network = new QNetworkAccessManager(this);
    m_exchange->pairingNetwork = network;
    QNetworkReply *hello = send(*network, url.resolved(QUrl(QString::fromLatin1(path::Hello))), {},
                                {{header::Protocol, std::to_string(ProtocolVersion)}},
                                QSslCertificate(), options.timeoutSeconds, true);
    connect(hello, &QNetworkReply::sslErrors, hello,
            [hello](const QList<QSslError> &) { hello->ignoreSslErrors(); });
    m_exchange->reply = hello;
    connect(hello, &QNetworkReply::finished, this, [this, hello, fail, code, url, https, network] {
        hello->deleteLater();
        const QString server = url.toString();
        if (hello->error() != QNetworkReply::NoError &&
            hello->attribute(QNetworkRequest::HttpStatusCodeAttribute).isNull())
            return fail(networkError(hello, server, {}));
        const Answered a = answered(hello);
        const json info = json::parse(a.body.toStdString(), nullptr, false);
        if (a.status != 200 || !info.is_object() || !info.contains("server") ||
            !info.at("server").is_string())
            return fail(Tr::tr("%1 is not an Enumera sync server").arg(server));
        QByteArray digest;
        if (https) {
            if (a.peer.isNull())
                return fail(Tr::tr("%1 showed no certificate").arg(server));
            digest = a.peer.digest(QCryptographicHash::Sha256);
            const std::string wanted = hexDigits(m_exchange->pairOptions.fingerprint);
            if (!wanted.empty() && hexText(digest).rfind(wanted, 0) != 0) {
                // As many digits as were typed, in groups of four as the pairing card shows them.
                auto grouped = [](const std::string &hex) {
                    QString out;
                    for (size_t i = 0; i < hex.size(); ++i) {
                        if (i > 0 && i % 4 == 0)
                            out += QLatin1Char(' ');
                        out += QChar::fromLatin1(hex[i]).toUpper();
                    }
                    return out;
                };
                return fail(Tr::tr("the certificate of %1 begins %2, not %3 as the supervisor "
                                   "read out: this may be another computer than the "
                                   "supervisor's (on another network?). Nothing was sent; check "
                                   "the address and the digits with your supervisor")
                                .arg(server, grouped(hexText(digest).substr(0, wanted.size())),
                                     grouped(wanted)));
            }
        }
        Result<KeyPair> keys = generateKeyPair();
        if (!keys)
            return fail(q(keys.error()));
        const std::string nonce =
            randomBytes(16)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                .toStdString();
        const std::string publicKey = base64(keys->publicKey);
        const QByteArray key = pairingKey(code);
        const std::string fingerprint = hexText(digest);
        const QByteArray proof = hmacSha256(key, pairingClientText(fingerprint, publicKey, nonce));
        const QByteArray body = QByteArray::fromStdString(json{
            {"public_key", publicKey},
            {"nonce", nonce},
            {"proof", hexText(proof)},
            {"device", m_exchange->pairOptions.device}}.dump());
        QNetworkReply *request =
            send(*network, url.resolved(QUrl(QString::fromLatin1(path::Pair))), body,
                 {{header::Protocol, std::to_string(ProtocolVersion)}, {header::Nonce, nonce}},
                 a.peer, m_exchange->pairOptions.timeoutSeconds);
        m_exchange->reply = request;
        connect(request, &QNetworkReply::finished, this,
                [this, request, fail, server, keys = *keys, key, fingerprint, publicKey, nonce,
                 peer = a.peer] {
                    request->deleteLater();
                    if (request->error() != QNetworkReply::NoError &&
                        request->attribute(QNetworkRequest::HttpStatusCodeAttribute).isNull())
                        return fail(networkError(request, server, {}));
                    const Answered b = answered(request);
                    if (b.status != 200)
                        return fail(refusal(b.body, b.status).second);
                    const json j = json::parse(b.body.toStdString(), nullptr, false);
                    if (!j.is_object() || !j.contains("enumerator") || !j.contains("server") ||
                        !j.contains("server_key") || !j.contains("proof") ||
                        !j.at("proof").is_string() || !j.at("server_key").is_string() ||
                        !j.at("server").is_string() || !j.at("enumerator").is_string())
                        return fail(Tr::tr("the server's answer to pairing is not "
                                           "valid"));
                    const std::string enumerator = j.at("enumerator").get<std::string>();
                    const std::string serverId = j.at("server").get<std::string>();
                    const std::string serverKey = j.at("server_key").get<std::string>();
                    const QByteArray expected =
                        hmacSha256(key, pairingServerText(fingerprint, publicKey, nonce, enumerator,
                                                          serverId, serverKey));
                    const QByteArray given = QByteArray::fromHex(
                        QByteArray::fromStdString(j.at("proof").get<std::string>()));
                    if (!sameSecret(expected, given))
                        return fail(Tr::tr("the server's answer does not prove that it "
                                           "knows the pairing code: the connection is "
                                           "not direct to the supervisor's server; "
                                           "nothing was kept"));
                    Pairing pairing;
                    pairing.serverUrl = m_exchange->pairOptions.serverUrl;
                    pairing.serverId = serverId;
                    pairing.serverKey = fromBase64(serverKey);
                    if (Status s = verifyAnswer(pairing, b.status, nonce, b.body, b.signature); !s)
                        return fail(q(s.error()));
                    pairing.certificate = peer.isNull() ? QByteArray() : peer.toPem();
                    pairing.enumerator = enumerator;
                    pairing.name = j.value("name", "");
                    pairing.privateKey = keys.privateKey;
                    pairing.publicKey = keys.publicKey;
                    if (Status s = savePairing(m_store, pairing); !s)
                        return fail(q(s.error()));
                    m_exchange.reset();
                    emit paired(pairing);
                });
    });
}

Result<Pairing> SyncClient::pairAndWait(const PairOptions &options)
{
    std::optional<Result<Pairing>> result;
    QEventLoop loop;
    QMetaObject::Connection c =
        connect(this, &SyncClient::paired, &loop, [&](const Result<Pairing> &r) {
            result = r;
            loop.quit();
        });
    pair(options);
    if (!result)
        loop.exec();
    disconnect(c);
    return *result;
}

// --- push and pull ---------------------------------------------------------------------------

void SyncClient::synchronise(const SyncOptions &options)
{
    cancel();
    m_exchange = std::make_unique<Exchange>();
    m_exchange->options = options;
    Result<std::optional<Pairing>> pairing = readPairing(m_store);
    if (!pairing)
        return done(Error{pairing.error()});
    if (!*pairing)
        return done(Error{Tr::tr("this laptop is not paired with a supervisor's server yet "
                                 "(enumera pair)")
                              .toStdString()});
    m_exchange->pairing = **pairing;
    const std::string address =
        options.serverUrl.empty() ? m_exchange->pairing.serverUrl : options.serverUrl;
    m_exchange->server = QUrl(QString::fromStdString(address));
    const bool https = m_exchange->server.scheme() == QLatin1String("https");
    if (!m_exchange->server.isValid() || (!https && m_exchange->server.scheme() != "http"))
        return done(Error{Tr::tr("%1 is not a server address").arg(q(address)).toStdString()});
    if (https) {
        m_exchange->certificate = QSslCertificate(m_exchange->pairing.certificate, QSsl::Pem);
        if (m_exchange->certificate.isNull())
            return done(Error{Tr::tr("this laptop was paired over plain HTTP, so it cannot check "
                                     "%1's certificate; pair again over HTTPS")
                                  .arg(q(address))
                                  .toStdString()});
    } else if (!m_exchange->pairing.certificate.isEmpty()) {
        return done(Error{Tr::tr("this laptop was paired over HTTPS; it does not send "
                                 "interviews over plain HTTP (%1)")
                              .arg(q(address))
                              .toStdString()});
    }
    Result<Outgoing> waiting = outgoing(m_store, options.includeInProgress);
    if (!waiting)
        return done(Error{waiting.error()});
    m_exchange->waiting.assign(waiting->interviews.begin(), waiting->interviews.end());
    m_exchange->report.waiting = int(waiting->interviews.size());
    pushNext();
}

SyncReport SyncClient::synchroniseAndWait(const SyncOptions &options)
{
    std::optional<SyncReport> result;
    QEventLoop loop;
    QMetaObject::Connection c =
        connect(this, &SyncClient::finished, &loop, [&](const SyncReport &r) {
            result = r;
            loop.quit();
        });
    synchronise(options);
    if (!result)
        loop.exec();
    disconnect(c);
    return *result;
}

void SyncClient::post(const std::string &path, const QByteArray &body, bool retried, Answer answer)
{
    Exchange &x = *m_exchange;
    const std::string timestamp = shiftedUtc(m_store.now().utc, x.pairing.clockOffset);
    const auto headers = signedHeaders(x.pairing, "POST", path, body, timestamp);
    std::string nonce;
    for (const auto &[name, value] : headers)
        if (name == header::Nonce)
            nonce = value;
    QNetworkReply *reply = send(*m_network, x.server.resolved(QUrl(QString::fromStdString(path))),
                                body, headers, x.certificate, x.options.timeoutSeconds);
    x.reply = reply;
    auto mismatch = std::make_shared<QString>();
    connect(reply, &QNetworkReply::sslErrors, reply,
            [mismatch, reply, pinned = x.certificate, server = x.server.toString()] {
                const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
                if (peer != pinned)
                    *mismatch =
                        Tr::tr("the server at %1 showed a certificate (SHA-256 %2) that "
                               "is not the one pinned at pairing (%3): it may be another "
                               "computer; nothing was sent. If the supervisor's server "
                               "has a new certificate, pair again.")
                            .arg(server, fingerprintText(peer.digest(QCryptographicHash::Sha256)),
                                 fingerprintText(pinned.digest(QCryptographicHash::Sha256)));
            });
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, path, body, retried, answer, nonce, mismatch] {
            reply->deleteLater();
            if (!m_exchange)
                return;
            Exchange &current = *m_exchange;
            current.reply = nullptr;
            const QString server = current.server.toString();
            if (reply->error() != QNetworkReply::NoError &&
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isNull()) {
                const QString why = networkError(reply, server, *mismatch);
                qCWarning(lcSync).noquote() << "sync:" << why;
                return answer(Error{why.toStdString()});
            }
            const Answered a = answered(reply);
            if (current.server.scheme() == QLatin1String("https") && a.peer != current.certificate)
                return answer(Error{Tr::tr("the server at %1 showed a certificate that is "
                                           "not the one pinned at pairing")
                                        .arg(server)
                                        .toStdString()});
            if (Status s = verifyAnswer(current.pairing, a.status, nonce, a.body, a.signature); !s)
                return answer(Error{s.error()});
            if (!a.serverTime.empty())
                if (std::optional<double> skew = secondsFrom(m_store.now().utc, a.serverTime))
                    current.pairing.clockOffset = int(std::lround(*skew));
            if (a.status != 200) {
                const auto [code, message] = refusal(a.body, a.status);
                if (code == "clock_skew" && !retried) {
                    // This laptop's clock is wrong: sign again with the server's time.
                    saveClockOffset(m_store, current.pairing.clockOffset);
                    return post(path, body, true, answer);
                }
                const QString why = Tr::tr("the server refused the request: %1").arg(message);
                qCWarning(lcSync).noquote() << "sync:" << why;
                current.refusal = code;
                return answer(Error{why.toStdString()});
            }
            json j = json::parse(a.body.toStdString(), nullptr, false);
            if (!j.is_object())
                return answer(Error{Tr::tr("the server's answer is not JSON").toStdString()});
            answer(std::move(j));
        });
}

void SyncClient::pushNext()
{
    Exchange &x = *m_exchange;
    if (x.waiting.empty() && x.alone.empty()) {
        if (x.report.applied.formMissing && !x.resent) {
            // A form the server was thought to hold was missing: send those interviews again,
            // with their forms.
            x.resent = true;
            x.report.applied.formMissing = false;
            x.report.applied.refused.clear();
            Result<Outgoing> again = outgoing(m_store, x.options.includeInProgress);
            if (!again)
                return done(Error{again.error()});
            x.waiting.assign(again->interviews.begin(), again->interviews.end());
            if (!x.waiting.empty())
                return pushNext();
        }
        return pullNext();
    }
    std::vector<std::string> batch;
    if (!x.alone.empty()) {
        batch.push_back(x.alone.front());
        x.alone.pop_front();
    } else {
        while (!x.waiting.empty() && int(batch.size()) < std::max(1, x.options.batchSize)) {
            batch.push_back(x.waiting.front());
            x.waiting.pop_front();
        }
    }
    Result<json> body = pushBody(m_store, batch);
    if (!body)
        return done(Error{body.error()});
    QByteArray text;
    try {
        text = QByteArray::fromStdString(dumpJson(*body));
    } catch (const std::exception &e) {
        return done(Error{Tr::tr("an interview holds text that is not valid UTF-8 (%1)")
                              .arg(QString::fromUtf8(e.what()))
                              .toStdString()});
    }
    while (text.size() > x.options.batchBytes && batch.size() > 1) {
        // Too big together: the second half waits for the next request.
        const size_t keep = batch.size() / 2;
        for (size_t i = batch.size(); i > keep; --i)
            x.waiting.push_front(batch[i - 1]);
        batch.resize(keep);
        Result<json> smaller = pushBody(m_store, batch);
        if (!smaller)
            return done(Error{smaller.error()});
        text = QByteArray::fromStdString(dumpJson(*smaller));
    }
    emit batchSent(int(batch.size()));
    m_exchange->refusal.clear();
    post(path::Push, text, false, [this, batch](Result<json> answer) {
        if (!answer) {
            const std::string refusal = m_exchange->refusal;
            if (refusal != "invalid" && refusal != "invalid_form")
                return done(Error{answer.error()});
            // A request refused for what one of its interviews holds: the others go one by
            // one, and only the one at fault stays behind, with the server's reason.
            if (batch.size() > 1) {
                m_exchange->alone.insert(m_exchange->alone.begin(), batch.begin(), batch.end());
            } else {
                m_exchange->report.applied.refused.push_back(answer.error());
            }
            return pushNext();
        }
        if (Status s = applyPushAnswer(m_store, *answer, m_exchange->report.applied); !s)
            return done(s);
        const int receipts = int(answer->at("receipts").size());
        emit batchAcknowledged(receipts);
        if (m_exchange)
            pushNext();
    });
}

void SyncClient::pullNext()
{
    const QByteArray body =
        QByteArray::fromStdString(json{{"since", m_exchange->pairing.pullCursor}}.dump());
    post(path::Pull, body, false, [this](Result<json> answer) {
        if (!answer)
            return done(Error{answer.error()});
        Applied &applied = m_exchange->report.applied;
        if (Status s = applyPullAnswer(m_store, *answer, applied); !s)
            return done(s);
        m_exchange->pairing.pullCursor = std::max(m_exchange->pairing.pullCursor, applied.cursor);
        if (applied.more)
            return pullNext();
        saveClockOffset(m_store, m_exchange->pairing.clockOffset);
        done({});
    });
}

void SyncClient::done(Status status)
{
    SyncReport report = m_exchange ? m_exchange->report : SyncReport{};
    report.status = std::move(status);
    m_exchange.reset();
    emit finished(report);
}

} // namespace enumera::sync
