// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercontrol.h"

#include "core/logging.h"
#include "store/store.h"
#include "sync/server.h"

#include <QCryptographicHash>
#include <QNetworkInterface>
#include <QSslCertificate>

namespace enumera::app {

ServerControl::ServerControl(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

ServerControl::~ServerControl()
{
    stop();
}

Status ServerControl::start(const QHostAddress &address, quint16 port)
{
    if (isRunning())
        return {};
    sync::SyncServer::Options options;
    options.database = m_store.path();
    options.store = &m_store; // never a second Store on the app's database
    options.address = address;
    options.port = port;
    auto server = std::make_unique<sync::SyncServer>(options);
    if (Status s = server->start(); !s) {
        qCWarning(lcApp) << "the sync server did not start:" << QString::fromStdString(s.error());
        return s;
    }
    connect(server.get(), &sync::SyncServer::received, this, &ServerControl::received);
    connect(server.get(), &sync::SyncServer::paired, this, &ServerControl::paired);
    m_server = std::move(server);
    m_address = address;
    emit stateChanged(true);
    return {};
}

void ServerControl::stop()
{
    if (!m_server)
        return;
    m_server->stop();
    m_server.reset();
    emit stateChanged(false);
}

bool ServerControl::isRunning() const
{
    return m_server && m_server->isRunning();
}

quint16 ServerControl::port() const
{
    return m_server ? m_server->port() : 0;
}

QStringList ServerControl::urls() const
{
    if (!isRunning())
        return {};
    QStringList out;
    if (m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4) {
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
                out << QStringLiteral("https://%1:%2").arg(a.toString()).arg(m_server->port());
    }
    if (out.isEmpty())
        out << m_server->url();
    return out;
}

QString ServerControl::fingerprint() const
{
    if (m_server)
        return m_server->fingerprint();
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(
        QString::fromStdString(sync::SyncServer::certificatePath(m_store.path())));
    if (certificates.isEmpty())
        return {};
    return QString::fromLatin1(
        certificates.front().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace enumera::app
