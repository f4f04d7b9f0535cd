// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace enumera {
class Store;
namespace sync {
class SyncClient;
}
} // namespace enumera

namespace enumera::app {

// Pairing this laptop with the supervisor's server, once: the address, the one-time pairing
// code and the first digits of the certificate's fingerprint, as the supervisor reads them out
// from the pairing card. The exchange runs in the background (sync::SyncClient::pair); the
// dialog is accepted once the pairing is kept, and says plainly why it was refused otherwise.
class PairDialog : public QDialog
{
    Q_OBJECT

public:
    PairDialog(Store &store, const QString &serverUrl, QWidget *parent = nullptr);
    ~PairDialog() override;

    QLineEdit *urlField() const { return m_url; }
    QLineEdit *codeField() const { return m_code; }
    QLineEdit *fingerprintField() const { return m_fingerprint; }
    QPushButton *pairButton() const { return m_pair; }
    QLabel *message() const { return m_message; }
    // The enumerator's code the server gave, once paired.
    const QString &enumerator() const { return m_enumerator; }

    // For tests on one machine only: accept an http:// server.
    void setAllowPlainHttp(bool allow) { m_allowHttp = allow; }

private:
    void pair();
    void showMessage(const QString &text, const QString &kind);

    Store &m_store;
    sync::SyncClient *m_client = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_fingerprint = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_pair = nullptr;
    QString m_enumerator;
    bool m_allowHttp = false;
};

} // namespace enumera::app
