// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairdialog.h"

#include "core/texts.h"
#include "sync/client.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QSysInfo>
#include <QUrl>
#include <QVBoxLayout>

namespace enumera::app {

namespace {

QString hexDigitsOf(const QString &typed)
{
    QString out;
    for (QChar c : typed)
        if (c.isDigit() || (c.toUpper() >= QLatin1Char('A') && c.toUpper() <= QLatin1Char('F')))
            out += c.toUpper();
    return out;
}

} // namespace

PairDialog::PairDialog(Store &store, const QString &serverUrl, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("pairDialog"));
    setWindowTitle(tr("Pair with the supervisor"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto *intro = new QLabel(tr("Type what your supervisor reads out from the pairing card. "
                                "This is done once: afterwards Sync sends your completed "
                                "interviews to the supervisor's server and brings back what "
                                "the supervisor sends you."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    m_url = new QLineEdit(serverUrl, this);
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(tr("https://192.168.1.20:8443"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("pairingCode"));
    m_code->setPlaceholderText(tr("ABCD-EFGH-JKMN"));
    m_fingerprint = new QLineEdit(this);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setPlaceholderText(tr("0F28 C7A1 93B2 55E0"));
    m_fingerprint->setToolTip(
        tr("The first %1 digits of the certificate fingerprint on the pairing card: they "
           "prove that this laptop talks to the supervisor's server and no other computer")
            .arg(FingerprintDigitsReadAloud));
    form->addRow(tr("Server address"), m_url);
    form->addRow(tr("Pairing code"), m_code);
    form->addRow(tr("Certificate fingerprint"), m_fingerprint);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_pair = buttons->addButton(tr("Pair"), QDialogButtonBox::AcceptRole);
    m_pair->setObjectName(QStringLiteral("pairButton"));
    m_pair->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PairDialog::pair);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_client = new sync::SyncClient(m_store, this);
    connect(m_client, &sync::SyncClient::paired, this, [this](const Result<sync::Pairing> &result) {
        m_pair->setEnabled(true);
        m_url->setEnabled(true);
        m_code->setEnabled(true);
        m_fingerprint->setEnabled(true);
        if (!result) {
            showMessage(tr("Pairing failed: %1.").arg(QString::fromStdString(result.error())),
                        QStringLiteral("error"));
            m_code->setFocus();
            m_code->selectAll();
            return;
        }
        m_enumerator = QString::fromStdString(result->enumerator);
        accept();
    });
    (serverUrl.isEmpty() ? m_url : m_code)->setFocus();
}

PairDialog::~PairDialog()
{
    m_client->cancel();
}

void PairDialog::showMessage(const QString &text, const QString &kind)
{
    m_message->setText(text);
    m_message->setProperty("kind", kind);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->show();
    adjustSize(); // room for the message, without squeezing the fields
}

void PairDialog::pair()
{
    const QString url = m_url->text().trimmed();
    const QUrl parsed(url);
    if (url.isEmpty() || !parsed.isValid() || parsed.host().isEmpty()) {
        showMessage(tr("The server address is missing or incomplete: type it as the supervisor "
                       "reads it, such as https://192.168.1.20:8443."),
                    QStringLiteral("error"));
        m_url->setFocus();
        return;
    }
    const QString fingerprint = hexDigitsOf(m_fingerprint->text());
    if (!fingerprint.isEmpty() && fingerprint.size() < FingerprintDigitsReadAloud) {
        showMessage(tr("The certificate fingerprint has %1 of its %2 digits: type all of them, "
                       "or leave it empty.")
                        .arg(fingerprint.size())
                        .arg(FingerprintDigitsReadAloud),
                    QStringLiteral("error"));
        m_fingerprint->setFocus();
        return;
    }
    sync::PairOptions options;
    options.serverUrl = url.toStdString();
    options.code = m_code->text().toStdString();
    options.fingerprint = fingerprint.toStdString();
    options.insecureHttp = m_allowHttp;
    options.device = QSysInfo::machineHostName().toStdString();
    showMessage(tr("Pairing with %1…").arg(url), QStringLiteral("info"));
    m_pair->setEnabled(false);
    m_url->setEnabled(false);
    m_code->setEnabled(false);
    m_fingerprint->setEnabled(false);
    m_client->pair(options);
}

} // namespace enumera::app
