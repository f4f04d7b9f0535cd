// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumeratorside.h"
#include "form/result.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace enumera {
class Store;
}

namespace enumera::sync {

struct PairOptions
{
    std::string serverUrl;     // https://192.168.1.20:8443
    std::string code;          // the pairing code the supervisor gave, as typed
    std::string fingerprint;   // optional: the certificate's SHA-256 as the supervisor read it
    bool insecureHttp = false; // allow an http:// server (tests on one machine only)
    std::string device;        // this laptop's name, for the supervisor's list
    int timeoutSeconds = 30;
};

struct SyncOptions
{
    std::string serverUrl;          // empty: the address used at pairing
    bool includeInProgress = false; // also send unfinished interviews, as a backup
    int batchSize = 20;             // interviews at most per request
    qint64 batchBytes = 4 << 20;    // and about this many bytes
    int timeoutSeconds = 60;
};

struct SyncReport
{
    Status status;   // an error if the exchange stopped early (what was acknowledged stays so)
    int waiting = 0; // interviews that were waiting to be sent
    Applied applied;
};

// The enumerator's sync client: pairs with a supervisor's server, then pushes what is waiting
// and pulls what the supervisor sends back, over HTTPS with the server's certificate pinned
// and every request signed. It works in the thread that creates it, asynchronously; the
// *AndWait functions run a local event loop for headless callers.
class SyncClient : public QObject
{
    Q_OBJECT

public:
    explicit SyncClient(Store &store, QObject *parent = nullptr);
    ~SyncClient() override;

    void pair(const PairOptions &options);
    void synchronise(const SyncOptions &options);
    void cancel();

    Result<Pairing> pairAndWait(const PairOptions &options);
    SyncReport synchroniseAndWait(const SyncOptions &options);

signals:
    void paired(const enumera::Result<enumera::sync::Pairing> &result);
    // A push request left with this many interviews.
    void batchSent(int interviews);
    // Its receipts are kept: those interviews are marked sent.
    void batchAcknowledged(int receipts);
    void finished(const enumera::sync::SyncReport &report);

private:
    struct Exchange;
    using Answer = std::function<void(Result<nlohmann::json>)>;
    void post(const std::string &path, const QByteArray &body, bool retried, Answer answer);
    void pushNext();
    void pullNext();
    void done(Status status);

    Store &m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Exchange> m_exchange;
};

} // namespace enumera::sync
