// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamscreen.h"

#include "core/logging.h"
#include "core/texts.h"
#include "servercontrol.h"
#include "store/store.h"
#include "sync/review.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace enumera::app {

namespace {

enum Column { Code, Name, Status, Laptop, LastSeen, Interviews, ColumnCount };

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

TeamScreen::TeamScreen(Store &store, ServerControl &server, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_server(server)
{
    setObjectName(QStringLiteral("teamScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 20, 28, 20);
    layout->setSpacing(14);

    // Adding an enumerator: a name, and a code unless the next free one will do.
    auto *addRow = new QHBoxLayout;
    addRow->setSpacing(10);
    auto *addLabel = new QLabel(tr("Add an enumerator"), this);
    addLabel->setObjectName(QStringLiteral("sectionTitle"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newEnumeratorName"));
    m_name->setPlaceholderText(tr("First name and surname"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("newEnumeratorCode"));
    m_code->setPlaceholderText(tr("Code (E01, E02… if left empty)"));
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_-]{0,32}")), m_code));
    m_code->setMaximumWidth(240);
    m_add = new QPushButton(tr("+ Add enumerator"), this);
    m_add->setObjectName(QStringLiteral("addEnumerator"));
    m_add->setToolTip(tr("Adds the enumerator and makes their pairing code"));
    addRow->addWidget(addLabel);
    addRow->addSpacing(8);
    addRow->addWidget(m_name, 2);
    addRow->addWidget(m_code, 1);
    addRow->addWidget(m_add);
    layout->addLayout(addRow);
    m_addError = new QLabel(this);
    m_addError->setObjectName(QStringLiteral("message"));
    m_addError->setProperty("kind", QStringLiteral("error"));
    m_addError->setWordWrap(true);
    m_addError->hide();
    layout->addWidget(m_addError);
    connect(m_add, &QPushButton::clicked, this, &TeamScreen::add);
    connect(m_name, &QLineEdit::returnPressed, this, &TeamScreen::add);
    connect(m_code, &QLineEdit::returnPressed, this, &TeamScreen::add);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    auto *left = new QVBoxLayout;
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Status"), tr("Laptop"), tr("Last seen"), tr("Interviews")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(40);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        showCard();
    });
    left->addWidget(m_table, 1);
    auto *actions = new QHBoxLayout;
    m_renew = new QPushButton(tr("New pairing code"), this);
    m_renew->setObjectName(QStringLiteral("renewCode"));
    m_renew->setToolTip(tr("For a new laptop, an expired code, or to take back a revoked "
                           "enumerator"));
    m_revoke = new QPushButton(tr("Revoke…"), this);
    m_revoke->setObjectName(QStringLiteral("revokeEnumerator"));
    m_revoke->setToolTip(tr("The server refuses this enumerator's laptop from now on"));
    connect(m_renew, &QPushButton::clicked, this, &TeamScreen::renew);
    connect(m_revoke, &QPushButton::clicked, this, &TeamScreen::revoke);
    actions->addStretch(1);
    actions->addWidget(m_revoke);
    actions->addWidget(m_renew);
    left->addLayout(actions);
    body->addLayout(left, 3);

    // The pairing card: what the supervisor reads out to the enumerator.
    m_card = new QFrame(this);
    m_card->setObjectName(QStringLiteral("pairingCard"));
    m_card->setMinimumWidth(380);
    auto *card = new QVBoxLayout(m_card);
    card->setContentsMargins(22, 18, 22, 18);
    card->setSpacing(8);
    m_cardTitle = new QLabel(m_card);
    m_cardTitle->setObjectName(QStringLiteral("cardTitle"));
    m_cardTitle->setWordWrap(true);
    m_cardCode = new QLabel(m_card);
    m_cardCode->setObjectName(QStringLiteral("pairingCode"));
    m_cardCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cardExpires = new QLabel(m_card);
    m_cardExpires->setObjectName(QStringLiteral("hint"));
    m_cardExpires->setWordWrap(true);
    auto *addressTitle = new QLabel(tr("Server address"), m_card);
    addressTitle->setObjectName(QStringLiteral("cardLabel"));
    m_cardAddress = new QLabel(m_card);
    m_cardAddress->setObjectName(QStringLiteral("cardValue"));
    m_cardAddress->setWordWrap(true);
    m_cardAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *fingerprintTitle = new QLabel(tr("Certificate fingerprint"), m_card);
    fingerprintTitle->setObjectName(QStringLiteral("cardLabel"));
    m_cardFingerprint = new QLabel(m_card);
    m_cardFingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_cardFingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cardNote = new QLabel(m_card);
    m_cardNote->setObjectName(QStringLiteral("hint"));
    m_cardNote->setWordWrap(true);
    card->addWidget(m_cardTitle);
    card->addWidget(m_cardCode);
    card->addWidget(m_cardExpires);
    card->addSpacing(6);
    card->addWidget(addressTitle);
    card->addWidget(m_cardAddress);
    card->addWidget(fingerprintTitle);
    card->addWidget(m_cardFingerprint);
    card->addSpacing(6);
    card->addWidget(m_cardNote);
    card->addStretch(1);
    body->addWidget(m_card, 2);
    layout->addLayout(body, 1);

    connect(&m_server, &ServerControl::stateChanged, this, &TeamScreen::showCard);
    reload();
}

QString TeamScreen::selectedCode() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    return m_table->item(items.front()->row(), Code)->text();
}

void TeamScreen::selectMember(const QString &code)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, Code)->text() == code) {
            m_table->selectRow(r);
            return;
        }
}

void TeamScreen::reload()
{
    const QString selected = selectedCode();
    sync::Team team(m_store);
    Result<std::vector<sync::TeamMember>> members = team.members();
    if (!members) {
        qCWarning(lcApp) << "the team could not be read:" << q(members.error());
        QMessageBox::warning(this, tr("Team"), q(members.error()));
        return;
    }
    m_members = std::move(*members);
    // Interviews received, by the team code of the laptop that sent them.
    std::map<std::string, int> received;
    if (Result<std::map<std::string, std::string>> senders = sync::Review(m_store, {}).senders())
        for (const auto &[interview, code] : *senders)
            ++received[code];
    m_table->setRowCount(int(m_members.size()));
    for (int row = 0; row < int(m_members.size()); ++row) {
        const sync::TeamMember &m = m_members[size_t(row)];
        QString status;
        QString kind;
        if (m.status == "paired") {
            status = tr("Paired");
            kind = QStringLiteral("paired");
        } else if (m.status == "revoked") {
            status = tr("Revoked");
            kind = QStringLiteral("revoked");
        } else {
            status = m.codeWaiting ? tr("Waiting to pair") : tr("Code expired");
            kind = QStringLiteral("invited");
        }
        const QString values[ColumnCount] = {q(m.code),
                                             q(m.name),
                                             status,
                                             q(m.device),
                                             m.lastSeen.empty() ? tr("never")
                                                                : localTime(m.lastSeen),
                                             QString::number(received[m.code])};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(values[c]);
            if (c == Status) {
                item->setData(Qt::UserRole, kind);
                item->setForeground(kind == QLatin1String("paired")    ? QColor(0x16, 0x65, 0x34)
                                    : kind == QLatin1String("revoked") ? QColor(0x99, 0x1b, 0x1b)
                                                                       : QColor(0x92, 0x40, 0x0e));
            }
            m_table->setItem(row, c, item);
        }
    }
    if (!selected.isEmpty())
        selectMember(selected);
    else if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
    showCard();
}

void TeamScreen::updateButtons()
{
    const QString code = selectedCode();
    bool revoked = false;
    for (const sync::TeamMember &m : m_members)
        if (q(m.code) == code)
            revoked = m.status == "revoked";
    m_renew->setEnabled(!code.isEmpty());
    m_revoke->setEnabled(!code.isEmpty() && !revoked);
}

void TeamScreen::add()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_name->setFocus();
        return;
    }
    sync::Team team(m_store);
    Result<sync::Invitation> invitation =
        team.add(name.toStdString(), m_code->text().trimmed().toStdString());
    if (!invitation) {
        m_addError->setText(q(invitation.error()));
        m_addError->show();
        return;
    }
    m_addError->hide();
    m_name->clear();
    m_code->clear();
    const QString code = q(invitation->enumerator);
    m_invitations[code] = *invitation;
    reload();
    selectMember(code);
    showCard();
    emit teamChanged();
}

void TeamScreen::renew()
{
    const QString code = selectedCode();
    if (code.isEmpty())
        return;
    sync::Team team(m_store);
    Result<sync::Invitation> invitation = team.renewCode(code.toStdString());
    if (!invitation) {
        QMessageBox::warning(this, tr("New pairing code"), q(invitation.error()));
        return;
    }
    m_invitations[code] = *invitation;
    reload();
    selectMember(code);
    showCard();
    emit teamChanged();
}

void TeamScreen::revoke()
{
    const QString code = selectedCode();
    if (code.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Revoke the enumerator?"),
                    tr("Revoke %1? The server refuses their laptop from now on; what they sent "
                       "stays. A new pairing code takes them back, on a new key.")
                        .arg(code),
                    QMessageBox::NoButton, this);
    QPushButton *yes = box.addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    // Enter keeps the enumerator: revoking takes a deliberate choice.
    box.setDefaultButton(box.addButton(tr("Keep"), QMessageBox::RejectRole));
    box.exec();
    if (box.clickedButton() != yes)
        return;
    sync::Team team(m_store);
    if (enumera::Status s = team.revoke(code.toStdString()); !s) {
        QMessageBox::warning(this, tr("Revoke"), q(s.error()));
        return;
    }
    m_invitations.erase(code);
    reload();
    emit teamChanged();
}

void TeamScreen::showCard()
{
    const QString code = selectedCode();
    const sync::TeamMember *member = nullptr;
    for (const sync::TeamMember &m : m_members)
        if (q(m.code) == code)
            member = &m;
    m_card->setVisible(member != nullptr);
    if (!member)
        return;
    const QStringList urls = m_server.urls();
    m_cardAddress->setText(urls.isEmpty() ? tr("The server is stopped: start it before the "
                                               "enumerator pairs.")
                                          : urls.join(QLatin1Char('\n')));
    m_cardAddress->setProperty("stopped", urls.isEmpty());
    m_cardAddress->style()->unpolish(m_cardAddress);
    m_cardAddress->style()->polish(m_cardAddress);
    const QString fingerprint = m_server.fingerprint();
    m_cardFingerprint->setText(fingerprint.isEmpty() ? tr("known once the server has started")
                                                     : fingerprintReadAloud(fingerprint));
    m_cardFingerprint->setToolTip(fingerprint);

    const auto invitation = m_invitations.find(code);
    // A code made here and not used yet: for a new enumerator, a new laptop of a paired one, or
    // a revoked one taken back.
    const bool waiting = member->codeWaiting && invitation != m_invitations.end();
    m_cardTitle->setText(waiting ? tr("Pairing card for %1 (%2)").arg(q(member->name), code)
                                 : tr("%1 (%2)").arg(q(member->name), code));
    m_cardCode->setVisible(waiting);
    m_cardExpires->setVisible(waiting);
    if (waiting) {
        m_cardCode->setText(q(invitation->second.pairingCode));
        m_cardExpires->setText(tr("Pairing code, for one use, valid until %1.")
                                   .arg(localTime(invitation->second.expires)));
        m_cardNote->setText(tr("Read out the code, the address and the fingerprint: the "
                               "enumerator types them in Enumera with “Pair with supervisor…”, "
                               "above their list of interviews. The code works once."));
    } else if (member->status == "paired") {
        m_cardNote->setText(tr("Paired with the laptop “%1” on %2. A new laptop needs a new "
                               "pairing code.")
                                .arg(q(member->device), localTime(member->paired)));
    } else if (member->status == "revoked") {
        m_cardNote->setText(tr("Revoked on %1: the server refuses their laptop. A new pairing "
                               "code takes them back.")
                                .arg(localTime(member->revoked)));
    } else {
        m_cardNote->setText(member->codeWaiting
                                ? tr("A pairing code is waiting, but it is shown only when it "
                                     "is made. Make a new one to read it out.")
                                : tr("The pairing code expired. Make a new one."));
    }
}

} // namespace enumera::app
