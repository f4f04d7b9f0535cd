// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/result.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>

#include <memory>

namespace enumera {
class Store;
namespace sync {
class SyncServer;
}
} // namespace enumera

namespace enumera::app {

// The supervisor's sync server, run by the app on the app's own store (the same SyncServer as
// `enumera serve`): started and stopped from the screens, which it tells when interviews arrive.
class ServerControl : public QObject
{
    Q_OBJECT

public:
    explicit ServerControl(Store &store, QObject *parent = nullptr);
    ~ServerControl() override;

    Status start(const QHostAddress &address, quint16 port);
    // Stops listening, after storing and answering what was received.
    void stop();
    bool isRunning() const;
    quint16 port() const;

    // Where enumerators reach the server: every IPv4 address of this computer when it listens
    // on all of them (https://192.168.1.20:8443), otherwise the one address it listens on.
    QStringList urls() const;
    // The certificate's SHA-256 ("0F:28:..."): known once the server has run on this database.
    QString fingerprint() const;

signals:
    void stateChanged(bool running);
    // Interviews were stored (or kept as conflicts) by the server.
    void received(int stored, int conflicts);
    // Laptops paired with their pairing codes.
    void paired();

private:
    Store &m_store;
    std::unique_ptr<sync::SyncServer> m_server;
    QHostAddress m_address;
};

} // namespace enumera::app
