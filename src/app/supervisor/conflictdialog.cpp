// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdialog.h"

#include "core/texts.h"
#include "store/session.h"
#include "store/valuecodec.h"
#include "sync/review.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <map>

namespace enumera::app {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString statusWords(const std::string &status)
{
    if (status == "completed")
        return ConflictDialog::tr("completed");
    if (status == "rejected")
        return ConflictDialog::tr("sent back");
    if (status == "approved")
        return ConflictDialog::tr("approved");
    return ConflictDialog::tr("in progress");
}

} // namespace

ConflictDialog::ConflictDialog(Store &store, qint64 conflict, const QString &supervisor,
                               QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_conflict(conflict)
    , m_supervisor(supervisor)
{
    setObjectName(QStringLiteral("conflictDialog"));
    resize(980, 560);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_keepServer = new QPushButton(tr("Keep the server's copy"), this);
    m_keepServer->setObjectName(QStringLiteral("keepServer"));
    m_keepServer->setToolTip(tr("This copy stays; the enumerator's laptop takes it at the next "
                                "sync. Their version stays in the history."));
    m_keepEnumerator = new QPushButton(tr("Take the enumerator's version"), this);
    m_keepEnumerator->setObjectName(QStringLiteral("keepEnumerator"));
    m_keepEnumerator->setToolTip(tr("The enumerator's version becomes the interview; nothing is "
                                    "deleted."));
    auto *close = new QPushButton(tr("Decide later"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_keepServer, &QPushButton::clicked, this, [this] { settle(false); });
    connect(m_keepEnumerator, &QPushButton::clicked, this, [this] { settle(true); });
    buttons->addWidget(close);
    buttons->addStretch(1);
    buttons->addWidget(m_keepServer);
    buttons->addWidget(m_keepEnumerator);
    layout->addLayout(buttons);

    sync::Review review(store, supervisor.toStdString());
    Result<sync::ConflictRecord> record = review.conflict(conflict);
    if (!record) {
        title->setText(tr("Conflict"));
        m_intro->setText(q(record.error()));
        m_keepServer->setEnabled(false);
        m_keepEnumerator->setEnabled(false);
        return;
    }
    const sync::ConflictRecord &c = *record;
    setWindowTitle(tr("Conflict on household %1").arg(q(c.household)));
    title->setText(windowTitle());
    m_intro->setText(
        tr("%1 changed this interview on their laptop (%2) after it changed here too. Both "
           "versions are kept; choose the one that becomes the interview. Answers that differ: "
           "%3.")
            .arg(q(c.enumerator), localTime(c.created))
            .arg(c.differences.size()));
    m_table->setHorizontalHeaderLabels({tr("Question"),
                                        tr("The server's copy\n(%1, revision %2)")
                                            .arg(statusWords(c.serverStatus))
                                            .arg(c.serverRevision),
                                        tr("The enumerator's version\n(%1, revision %2)")
                                            .arg(statusWords(c.enumeratorStatus))
                                            .arg(c.enumeratorRevision)});
    const bool open = c.status == "open";
    m_keepServer->setEnabled(open);
    m_keepEnumerator->setEnabled(open);
    if (!open)
        m_intro->setText(m_intro->text() + QLatin1Char(' ') +
                         tr("It is settled already (%1).").arg(q(c.status)));

    // The answers as words: the question's label and each side's value, read with the form.
    Result<std::unique_ptr<InterviewSession>> session =
        InterviewSession::open(store, c.interview, std::string());
    std::map<std::string, StoredValue> theirs;
    const nlohmann::json &version = c.enumeratorVersion;
    if (version.is_object() && version.contains("answers") && version.at("answers").is_array())
        for (const nlohmann::json &a : version.at("answers"))
            if (a.is_array() && a.size() == 3 && a[0].is_string() && a[1].is_string() &&
                a[2].is_string() && !a[1].get<std::string>().empty())
                theirs[a[0].get<std::string>()] = {a[1].get<std::string>()[0],
                                                   a[2].get<std::string>()};
    m_table->setRowCount(int(c.differences.size()));
    for (int row = 0; row < int(c.differences.size()); ++row) {
        const sync::AnswerDifference &d = c.differences[size_t(row)];
        QString question = q(d.path);
        QString server = d.server.empty() ? tr("(no answer)") : q(d.server);
        QString enumerator = d.enumerator.empty() ? tr("(no answer)") : q(d.enumerator);
        if (session) {
            const Interview &interview = (*session)->interview();
            const Form &form = interview.form();
            const size_t dot = d.path.rfind('.');
            const ItemId item =
                form.find(dot == std::string::npos ? d.path : d.path.substr(dot + 1));
            if (Result<Instance> at = interview.resolve(d.path)) {
                question = tr("%1 (%2)").arg(q(interview.label(*at)), q(d.path));
                if (!d.server.empty())
                    server = q(interview.valueText(form.item(at->item), interview.answer(*at)));
            }
            const auto it = theirs.find(d.path);
            Value value;
            if (item != NoItem && it != theirs.end() &&
                decodeValue(it->second.kind, it->second.text, value))
                enumerator = q(interview.valueText(form.item(item), value));
        }
        m_table->setItem(row, 0, new QTableWidgetItem(question));
        auto *mine = new QTableWidgetItem(server);
        auto *other = new QTableWidgetItem(enumerator);
        mine->setData(Qt::UserRole, q(d.server));
        other->setData(Qt::UserRole, q(d.enumerator));
        m_table->setItem(row, 1, mine);
        m_table->setItem(row, 2, other);
    }
    // Once the columns have their widths.
    QTimer::singleShot(0, m_table, &QTableWidget::resizeRowsToContents);
}

void ConflictDialog::settle(bool enumerator)
{
    sync::Review review(m_store, m_supervisor.toStdString());
    if (Status s =
            review.resolve(m_conflict, enumerator ? sync::Keep::Enumerator : sync::Keep::Server);
        !s) {
        QMessageBox::warning(this, tr("Conflict not settled"), q(s.error()));
        return;
    }
    accept();
}

} // namespace enumera::app
