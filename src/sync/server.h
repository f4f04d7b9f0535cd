// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/result.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <memory>
#include <string>

class QHttpServerRequest;
class QTcpSocket;

namespace enumera {
class Store;
}

namespace enumera::sync {

// The supervisor's sync server: HTTP (TLS unless told otherwise) on the address given, the
// protocol of docs/sync.md, and the supervisor's store as its storage. It runs in the thread
// that creates it (which needs an event loop); the database work runs in a thread of its own,
// which takes the requests that arrive together as one transaction.
//
// The TLS certificate is made with OpenSSL on the first start and kept beside the database
// (DB.tls-certificate.pem, DB.tls-key.pem): enumerators' laptops pin it at pairing, so the two
// files move with the database.
//
// The server's threads use SQLite connections of their own beside one Store: the app's, when
// it gives one, or one the server opens. Not a second Store on the same file: Store::open
// reads the file's header through a handle of its own, and closing that handle drops the POSIX
// locks SQLite holds on the file for the whole process, after which another program closing
// the database deletes its write-ahead log under this one.
class SyncServer : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 DefaultPort = 8443;

    struct Options
    {
        std::string database;
        QHostAddress address = QHostAddress::Any;
        quint16 port = DefaultPort; // 0: any free port
        bool insecureHttp = false;  // plain HTTP, for tests on one machine only
        int batchLimit = 64;        // requests at most in one transaction
        Store *store = nullptr;     // the store the app has open on `database`, if any
    };

    explicit SyncServer(Options options, QObject *parent = nullptr);
    ~SyncServer() override;

    // Opens the database, makes or reads the certificate and listens.
    Status start();
    // Stops listening, stores and answers what was received, and closes the database.
    void stop();
    bool isRunning() const;

    quint16 port() const;
    QString url() const;         // https://ADDRESS:PORT
    QString fingerprint() const; // of the certificate, "AB:CD:..."; empty over HTTP

    static std::string certificatePath(const std::string &database);
    static std::string keyPath(const std::string &database);

signals:
    // After each transaction that stored something.
    void received(int stored, int conflicts);
    // After each transaction that paired laptops with their enumerators' pairing codes (the
    // team changed: those codes are used).
    void paired(int laptops);

private:
    struct Worker;
    class Front;
    void accept(const QHttpServerRequest &request, QTcpSocket *socket);
    void deliver();

    Options m_options;
    std::unique_ptr<Front> m_front;
    std::unique_ptr<Worker> m_worker;
    QByteArray m_certificateDigest;
    quint16 m_port = 0;
    std::unique_ptr<Store> m_ownStore; // when the app gave none
};

} // namespace enumera::sync
