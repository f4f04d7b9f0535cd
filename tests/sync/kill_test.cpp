// SPDX-License-Identifier: GPL-3.0-or-later
// The server is a child process (enumera serve), killed with SIGKILL in the middle of a push:
// once after it stored a request but before its answer reached the client, once while the
// request was still arriving. A proxy between the client and the server decides the moment.
// After a restart the client resumes: nothing is lost and nothing is stored twice.
#include "syncfixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

using namespace enumera;
using namespace enumera::testing;

namespace {

class ServerProcess
{
public:
    bool start(const std::string &database)
    {
        m_output.clear();
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(ENUMERA_BINARY),
                        {QStringLiteral("serve"), QStringLiteral("--db"),
                         QString::fromStdString(database), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--insecure-http")});
        static const QRegularExpression listening(
            QStringLiteral("listening on http://[^:]+:(\\d+)"));
        const bool up = waitUntil([&] {
            m_output += m_process.readAllStandardOutput();
            const auto m = listening.match(QString::fromUtf8(m_output));
            if (m.hasMatch())
                m_port = quint16(m.captured(1).toUInt());
            return m.hasMatch() || m_process.state() == QProcess::NotRunning;
        });
        EXPECT_TRUE(up && m_port) << m_process.readAllStandardError().toStdString();
        return up && m_port;
    }

    void kill()
    {
        m_process.kill(); // SIGKILL
        m_process.waitForFinished();
    }

    quint16 port() const { return m_port; }

    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning)
            kill();
    }

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

// Forwards HTTP between the client and the server, one request at a time, and at the chosen
// push kills the server: after the server answered (it had stored the request), or halfway
// through the request's body.
class Proxy
{
public:
    enum class Moment { AfterTheServerStored, HalfwayThroughTheRequest };

    explicit Proxy(std::function<void()> killServer)
        : m_kill(std::move(killServer))
    {
        m_listener.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_listener, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *client = m_listener.nextPendingConnection())
                connectClient(client);
        });
    }

    void setUpstream(quint16 port) { m_upstream = port; }
    void killAt(int push, Moment moment)
    {
        m_killAt = push;
        m_moment = moment;
    }
    std::string url() const
    {
        return "http://127.0.0.1:" + std::to_string(m_listener.serverPort());
    }
    int pushes() const { return m_pushes; }

private:
    struct Link
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *server = nullptr;
        QByteArray pending; // from the client, not yet forwarded
        bool killOnAnswer = false;
    };

    void connectClient(QTcpSocket *client)
    {
        auto link = std::make_shared<Link>();
        link->client = client;
        link->server = new QTcpSocket(client);
        link->server->connectToHost(QHostAddress::LocalHost, m_upstream);
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, link] {
            link->pending += link->client->readAll();
            forward(*link);
        });
        QObject::connect(link->server, &QTcpSocket::connected, client,
                         [this, link] { forward(*link); });
        QObject::connect(link->server, &QTcpSocket::readyRead, client, [this, link] {
            const QByteArray answer = link->server->readAll();
            if (link->killOnAnswer) {
                m_kill(); // it stored the request; its answer never arrives
                link->client->abort();
                return;
            }
            link->client->write(answer);
        });
        QObject::connect(link->server, &QTcpSocket::disconnected, client,
                         [link] { link->client->disconnectFromHost(); });
        QObject::connect(link->server, &QTcpSocket::errorOccurred, client,
                         [link] { link->client->abort(); }); // the server is gone
        QObject::connect(client, &QTcpSocket::disconnected, client,
                         [client] { client->deleteLater(); });
    }

    // Forwards whole requests, and decides at the chosen one.
    void forward(Link &link)
    {
        if (link.server->state() != QAbstractSocket::ConnectedState)
            return;
        for (;;) {
            const qsizetype end = link.pending.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = link.pending.left(end);
            static const QRegularExpression length(QStringLiteral("(?i)content-length:\\s*(\\d+)"));
            const auto m = length.match(QString::fromLatin1(head));
            const qsizetype size = end + 4 + (m.hasMatch() ? m.captured(1).toLongLong() : 0);
            if (link.pending.size() < size)
                return;
            const QByteArray request = link.pending.left(size);
            link.pending.remove(0, size);
            if (head.startsWith("POST /sync/v1/push"))
                ++m_pushes;
            if (m_pushes == m_killAt && head.startsWith("POST /sync/v1/push")) {
                m_killAt = 0;
                if (m_moment == Moment::HalfwayThroughTheRequest) {
                    link.server->write(request.left(end + 4 + (size - end - 4) / 2));
                    link.server->flush();
                    m_kill();
                    link.client->abort();
                    return;
                }
                link.killOnAnswer = true;
            }
            link.server->write(request);
        }
    }

    QTcpServer m_listener;
    std::function<void()> m_kill;
    quint16 m_upstream = 0;
    int m_killAt = 0;
    Moment m_moment = Moment::AfterTheServerStored;
    int m_pushes = 0;
};

} // namespace

class KillTest : public ::testing::TestWithParam<Proxy::Moment>
{};

TEST_P(KillTest, theServerKilledInTheMiddleOfAPushLosesNothingAndStoresNothingTwice)
{
    QTemporaryDir dir;
    const std::shared_ptr<const Form> form = mustLoad(syncForm());
    const std::string database = dir.filePath("supervisor.db").toStdString();
    sync::Invitation invitation;
    {
        auto store = openStore(database);
        invitation = sync::Team(*store).add("Ana").value();
    }
    ServerProcess server;
    ASSERT_TRUE(server.start(database));
    Proxy proxy([&] { server.kill(); });
    proxy.setUpstream(server.port());

    Laptop laptop(dir.path(), "ana");
    sync::PairOptions pairing;
    pairing.serverUrl = proxy.url();
    pairing.code = invitation.pairingCode;
    pairing.insecureHttp = true;
    ASSERT_TRUE(laptop.client->pairAndWait(pairing).ok());
    laptop.fillQuickly();
    std::vector<std::string> ids;
    for (int n = 0; n < 30; ++n)
        ids.push_back(makeInterview(*laptop.store, form, n, "E01"));
    laptop.fillDurably();
    const int sentEvents = count(laptop.store->database(), "SELECT count(*) FROM events");

    sync::SyncOptions options;
    options.batchSize = 10;
    proxy.killAt(2, GetParam());
    const sync::SyncReport interrupted = laptop.sync(options);
    ASSERT_FALSE(interrupted.status.ok());
    EXPECT_EQ(interrupted.applied.stored, 10) << "the first request was acknowledged";
    EXPECT_EQ(sync::outgoing(*laptop.store, false)->interviews.size(), 20u)
        << "only acknowledged interviews are marked sent";

    ASSERT_TRUE(server.start(database));
    proxy.setUpstream(server.port());
    const sync::SyncReport resumed = laptop.sync(options);
    ASSERT_TRUE(resumed.status.ok()) << resumed.status.error();
    EXPECT_EQ(resumed.waiting, 20);
    if (GetParam() == Proxy::Moment::AfterTheServerStored) {
        EXPECT_EQ(resumed.applied.unchanged, 10) << "stored before the kill, acknowledged now";
        EXPECT_EQ(resumed.applied.stored, 10);
    } else {
        EXPECT_EQ(resumed.applied.unchanged, 0) << "nothing of the cut request was stored";
        EXPECT_EQ(resumed.applied.stored, 20);
    }
    EXPECT_EQ(sync::outgoing(*laptop.store, false)->interviews.size(), 0u);
    server.kill();

    auto supervisor = openStore(database);
    SQLite::Database &db = supervisor->database();
    EXPECT_EQ(count(db, "SELECT count(*) FROM interviews"), 30);
    EXPECT_EQ(count(db, "SELECT count(*) FROM events"), sentEvents);
    EXPECT_EQ(
        count(db,
              "SELECT count(*) FROM (SELECT 1 FROM events WHERE origin != '' GROUP BY interview, "
              "origin, origin_seq HAVING count(*) > 1)"),
        0);
    EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
    for (const std::string &id : ids)
        ASSERT_EQ(comparable(laptop.store->database(), id).dump(), comparable(db, id).dump());
}

INSTANTIATE_TEST_SUITE_P(Sync, KillTest,
                         ::testing::Values(Proxy::Moment::AfterTheServerStored,
                                           Proxy::Moment::HalfwayThroughTheRequest),
                         [](const auto &moment) {
                             return moment.param == Proxy::Moment::AfterTheServerStored
                                        ? std::string("afterTheServerStored")
                                        : std::string("halfwayThroughTheRequest");
                         });
