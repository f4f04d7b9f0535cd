// SPDX-License-Identifier: GPL-3.0-or-later
#include "server.h"

#include "common.h"
#include "crypto.h"
#include "receiver.h"
#include "sqliteserverstorage.h"
#include "store/store.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerRequest>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>

#include <SQLiteCpp/SQLiteCpp.h>

#include <condition_variable>
#include <deque>
#include <future>
#include <map>
#include <mutex>
#include <thread>

namespace enumera::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncServer)
};

constexpr qsizetype MaximumBody = 256 * 1024 * 1024;

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 426:
        return "Upgrade Required";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

QByteArray httpText(const Response &r)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    for (const auto &[name, value] : r.headers)
        out += QByteArray::fromStdString(name) + ": " + QByteArray::fromStdString(value) + "\r\n";
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n";
    out += r.body;
    return out;
}

// Writes `data` to `path` atomically; the key readable by its owner only.
Status writeFile(const std::string &path, const QByteArray &data, bool secret)
{
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            Tr::tr("%1 cannot be written: %2").arg(q(path), file.errorString()).toStdString()};
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit())
        return Error{
            Tr::tr("%1 cannot be written: %2").arg(q(path), file.errorString()).toStdString()};
    return {};
}

Result<QByteArray> readFile(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            Tr::tr("%1 cannot be read: %2").arg(q(path), file.errorString()).toStdString()};
    return file.readAll();
}

} // namespace

// The HTTP side: Qt's HTTP server parses requests; each one is answered later, once the
// worker has stored it, on its socket if the client is still there.
class SyncServer::Front final : public QAbstractHttpServer
{
public:
    explicit Front(SyncServer *server)
        : m_server(server)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_server->accept(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    SyncServer *m_server;
};

// Two threads: the checker reads requests and checks them (protocol, signature, content), the
// writer stores what the checker passed, all that is waiting in one transaction, and answers.
// While the writer commits, the checker prepares the next requests.
struct SyncServer::Worker
{
    struct Job
    {
        quint64 id = 0;
        Request request;
    };
    struct Checked
    {
        quint64 id = 0;
        std::unique_ptr<Receiver::Prepared> prepared;
    };

    std::mutex mutex;
    std::condition_variable wake;    // the checker: requests to check, or stop
    std::condition_variable checked; // the writer: requests to store, or the checker is done
    std::deque<Job> queue;
    std::deque<Checked> ready;
    std::vector<std::pair<quint64, Response>> done;
    bool stopping = false;
    bool checkerDone = false;
    std::thread writer;
    std::thread checker;
    std::map<quint64, QPointer<QTcpSocket>> sockets; // the server's thread only
    quint64 next = 1;
};

SyncServer::SyncServer(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

SyncServer::~SyncServer()
{
    stop();
}

std::string SyncServer::certificatePath(const std::string &database)
{
    return database + ".tls-certificate.pem";
}

std::string SyncServer::keyPath(const std::string &database)
{
    return database + ".tls-key.pem";
}

bool SyncServer::isRunning() const
{
    return bool(m_worker);
}

quint16 SyncServer::port() const
{
    return m_port;
}

QString SyncServer::url() const
{
    QHostAddress host = m_options.address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHost;
    const QString address = host.protocol() == QAbstractSocket::IPv6Protocol
                                ? QStringLiteral("[%1]").arg(host.toString())
                                : host.toString();
    return QStringLiteral("%1://%2:%3")
        .arg(m_options.insecureHttp ? QStringLiteral("http") : QStringLiteral("https"), address)
        .arg(m_port);
}

QString SyncServer::fingerprint() const
{
    return m_certificateDigest.isEmpty() ? QString() : fingerprintText(m_certificateDigest);
}

Status SyncServer::start()
{
    if (m_worker)
        return {};
    if (m_options.store && m_options.database.empty())
        m_options.database = m_options.store->path();
    // TLS: the certificate beside the database, made on the first start.
    QSslConfiguration tls;
    if (!m_options.insecureHttp) {
        const std::string certificateFile = certificatePath(m_options.database);
        const std::string keyFile = keyPath(m_options.database);
        if (!QFile::exists(QString::fromStdString(certificateFile))) {
            Result<Certificate> made = createSelfSignedCertificate("Enumera sync server");
            if (!made)
                return Error{made.error()};
            if (Status s = writeFile(keyFile, made->privateKeyPem, true); !s)
                return s;
            if (Status s = writeFile(certificateFile, made->certificatePem, false); !s)
                return s;
        }
        Result<QByteArray> certificatePem = readFile(certificateFile);
        if (!certificatePem)
            return Error{certificatePem.error()};
        Result<QByteArray> keyPem = readFile(keyFile);
        if (!keyPem)
            return Error{keyPem.error()};
        QSslCertificate certificate(*certificatePem, QSsl::Pem);
        QSslKey key(*keyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            return Error{Tr::tr("the server's certificate %1 or its key %2 is damaged; remove both "
                                "to make new ones (enumerators then pair again)")
                             .arg(q(certificateFile), q(keyFile))
                             .toStdString()};
        m_certificateDigest = certificate.digest(QCryptographicHash::Sha256);
        tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }

    // The store, opened (and migrated) here unless the app has it open; then the worker's two
    // SQLite connections beside it, one to write and one to read for the checks, opened by the
    // writer's thread.
    Store *store = m_options.store;
    if (!store) {
        Result<std::unique_ptr<Store>> own = Store::open(m_options.database);
        if (!own)
            return Error{own.error()};
        m_ownStore = std::move(*own);
        store = m_ownStore.get();
    }
    auto worker = std::make_unique<Worker>();
    std::promise<Status> opened;
    std::future<Status> ready = opened.get_future();
    ReceiverOptions receiverOptions;
    receiverOptions.certificateDigest = m_certificateDigest;
    receiverOptions.clock = [store] {
        return store->now();
    };
    Worker *w = worker.get();
    const std::string database = store->path();
    const size_t limit = size_t(std::max(1, m_options.batchLimit));
    worker->writer = std::thread([this, w, database, limit, receiverOptions,
                                  opened = std::move(opened)]() mutable {
        std::unique_ptr<SQLite::Database> writingDb, readingDb;
        try {
            writingDb = std::make_unique<SQLite::Database>(database, SQLite::OPEN_READWRITE, 5000);
            writingDb->exec("PRAGMA synchronous = FULL");
            writingDb->exec("PRAGMA foreign_keys = ON");
            readingDb = std::make_unique<SQLite::Database>(database, SQLite::OPEN_READONLY, 5000);
        } catch (const std::exception &e) {
            opened.set_value(failure(e, database, Tr::tr("opening the database")));
            return;
        }
        SqliteServerStorage writing(*writingDb, database, receiverOptions.clock);
        SqliteServerStorage checking(*readingDb, database, receiverOptions.clock);
        Receiver receiver(checking, writing, receiverOptions);
        if (Status s = receiver.start(); !s) {
            opened.set_value(s);
            return;
        }
        w->checker = std::thread([w, limit, &receiver] {
            for (;;) {
                std::vector<Worker::Job> batch;
                {
                    std::unique_lock<std::mutex> lock(w->mutex);
                    w->wake.wait(lock, [w] { return w->stopping || !w->queue.empty(); });
                    if (w->queue.empty())
                        break;
                    while (!w->queue.empty() && batch.size() < limit) {
                        batch.push_back(std::move(w->queue.front()));
                        w->queue.pop_front();
                    }
                }
                std::vector<Worker::Checked> checked;
                for (Worker::Job &job : batch)
                    checked.push_back({job.id, receiver.prepare(job.request)});
                {
                    std::lock_guard<std::mutex> lock(w->mutex);
                    for (Worker::Checked &c : checked)
                        w->ready.push_back(std::move(c));
                }
                w->checked.notify_one();
            }
            std::lock_guard<std::mutex> lock(w->mutex);
            w->checkerDone = true;
            w->checked.notify_one();
        });
        opened.set_value({});
        for (;;) {
            std::vector<Worker::Checked> batch;
            {
                std::unique_lock<std::mutex> lock(w->mutex);
                w->checked.wait(lock, [w] { return w->checkerDone || !w->ready.empty(); });
                if (w->ready.empty())
                    break;
                while (!w->ready.empty() && batch.size() < limit) {
                    batch.push_back(std::move(w->ready.front()));
                    w->ready.pop_front();
                }
            }
            std::vector<std::unique_ptr<Receiver::Prepared>> prepared;
            for (Worker::Checked &c : batch)
                prepared.push_back(std::move(c.prepared));
            std::vector<Response> responses = receiver.commit(std::move(prepared));
            const BatchTally tally = receiver.tally();
            {
                std::lock_guard<std::mutex> lock(w->mutex);
                for (size_t i = 0; i < batch.size(); ++i)
                    w->done.emplace_back(batch[i].id, std::move(responses[i]));
            }
            QMetaObject::invokeMethod(this, &SyncServer::deliver, Qt::QueuedConnection);
            if (tally.stored + tally.conflicts > 0)
                QMetaObject::invokeMethod(
                    this, [this, tally] { emit received(tally.stored, tally.conflicts); },
                    Qt::QueuedConnection);
            if (tally.paired > 0)
                QMetaObject::invokeMethod(
                    this, [this, tally] { emit paired(tally.paired); }, Qt::QueuedConnection);
        }
        w->checker.join();
    });
    if (Status s = ready.get(); !s) {
        worker->writer.join();
        m_ownStore.reset();
        return s;
    }

    auto front = std::make_unique<Front>(this);
    if (!m_options.insecureHttp)
        front->sslSetup(tls);
    m_port = front->listen(m_options.address, m_options.port);
    if (m_port == 0) {
        {
            std::lock_guard<std::mutex> lock(worker->mutex);
            worker->stopping = true;
        }
        worker->wake.notify_all();
        worker->writer.join();
        m_ownStore.reset();
        return Error{Tr::tr("the sync server cannot listen on %1 port %2 (in use, or not an "
                            "address of this computer)")
                         .arg(m_options.address.toString())
                         .arg(m_options.port)
                         .toStdString()};
    }
    m_worker = std::move(worker);
    m_front = std::move(front);
    qCInfo(lcSync) << "sync: server listening on" << url();
    return {};
}

void SyncServer::stop()
{
    if (!m_worker)
        return;
    if (m_front)
        for (QTcpServer *listener : m_front->servers())
            listener->close();
    {
        std::lock_guard<std::mutex> lock(m_worker->mutex);
        m_worker->stopping = true;
    }
    m_worker->wake.notify_all();
    m_worker->writer.join(); // after the checker, and after storing what it checked
    deliver();               // what was stored is answered
    for (auto &[id, socket] : m_worker->sockets)
        if (socket)
            socket->flush();
    m_front.reset();
    m_worker.reset();
    m_ownStore.reset();
}

void SyncServer::accept(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (!m_worker)
        return;
    Worker::Job job;
    job.id = m_worker->next++;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        job.request.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        job.request.method = "POST";
        break;
    default:
        job.request.method = "OTHER";
        break;
    }
    job.request.path = request.url().path().toStdString();
    for (const auto &[name, value] : request.headers())
        job.request.headers[name.toLower().toStdString()] = value.toStdString();
    job.request.body = request.body();
    if (job.request.body.size() > MaximumBody) {
        job.request.body.clear();
        job.request.tooLarge = true;
    }
    m_worker->sockets[job.id] = socket;
    {
        std::lock_guard<std::mutex> lock(m_worker->mutex);
        m_worker->queue.push_back(std::move(job));
    }
    m_worker->wake.notify_one();
}

void SyncServer::deliver()
{
    if (!m_worker)
        return;
    std::vector<std::pair<quint64, Response>> done;
    {
        std::lock_guard<std::mutex> lock(m_worker->mutex);
        done.swap(m_worker->done);
    }
    for (auto &[id, response] : done) {
        auto it = m_worker->sockets.find(id);
        if (it == m_worker->sockets.end())
            continue;
        QPointer<QTcpSocket> socket = it->second;
        m_worker->sockets.erase(it);
        // A client that went away gets its answer by asking again: what it sent is stored.
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            socket->write(httpText(response));
    }
}

} // namespace enumera::sync
