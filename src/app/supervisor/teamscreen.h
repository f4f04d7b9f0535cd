// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/team.h"

#include <QWidget>

#include <map>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace enumera {
class Store;
}

namespace enumera::app {

class ServerControl;

// The supervisor's team: add an enumerator (name and code) and read out the pairing card (the
// one-time pairing code, the server's address and its certificate's fingerprint), make a new
// code, revoke an enumerator. The team itself is kept by the sync library (sync::Team).
class TeamScreen : public QWidget
{
    Q_OBJECT

public:
    TeamScreen(Store &store, ServerControl &server, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *codeField() const { return m_code; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *renewButton() const { return m_renew; }
    QPushButton *revokeButton() const { return m_revoke; }
    // The pairing card: what the supervisor reads out.
    QLabel *pairingCode() const { return m_cardCode; }
    QLabel *pairingAddress() const { return m_cardAddress; }
    QLabel *pairingFingerprint() const { return m_cardFingerprint; }
    // The code of the selected enumerator, or "".
    QString selectedCode() const;
    void selectMember(const QString &code);

signals:
    void teamChanged();

private:
    void add();
    void renew();
    void revoke();
    void showCard();
    void updateButtons();

    Store &m_store;
    ServerControl &m_server;
    std::vector<sync::TeamMember> m_members;
    // The pairing codes made while the app runs: only a key derived from each is kept in the
    // database, so a code can be shown again only until the app closes.
    std::map<QString, sync::Invitation> m_invitations;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_addError = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_renew = nullptr;
    QPushButton *m_revoke = nullptr;
    QWidget *m_card = nullptr;
    QLabel *m_cardTitle = nullptr;
    QLabel *m_cardCode = nullptr;
    QLabel *m_cardExpires = nullptr;
    QLabel *m_cardAddress = nullptr;
    QLabel *m_cardFingerprint = nullptr;
    QLabel *m_cardNote = nullptr;
};

} // namespace enumera::app
