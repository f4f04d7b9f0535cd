// SPDX-License-Identifier: GPL-3.0-or-later
#include "completedialog.h"

#include "widgets/itemwidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace enumera::app {

namespace {

// Two lines: what and where ("Not answered:  Member 1: Ana  ›  Training 1: Employer"), then the
// question ("q2_3  Did you complete it?"), so that a long row title never hides the question.
QString describe(const Interview &interview, const Instance &at, const QString &what)
{
    QStringList rows;
    for (const Row *r = at.row; r && r->parent; r = r->parent)
        rows.prepend(qs(interview.rowTitle(*r)));
    const Item &item = interview.form().item(at.item);
    QString first = what;
    if (!rows.isEmpty())
        first += QStringLiteral(":  ") + rows.join(QStringLiteral("  ›  "));
    return first + QLatin1Char('\n') + qs(item.name) + QStringLiteral("  ") +
           qs(interview.label(at));
}

} // namespace

CompleteDialog::CompleteDialog(const Interview &interview, bool readOnly, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("completeDialog"));
    setWindowTitle(tr("Complete the interview"));
    resize(900, 560);
    const Completeness c = interview.completeness();
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("completeSummary"));
    summary->setWordWrap(true);
    if (c.complete())
        summary->setText(tr("Everything that is asked has been answered. The interview can be "
                            "completed."));
    else if (!c.canComplete())
        summary->setText(tr("The interview cannot be completed while it has errors: correct "
                            "them first. Choose an entry to go to its question."));
    else
        summary->setText(tr("Some questions are still open. Choose an entry to go to its "
                            "question, or complete the interview as it stands."));
    layout->addWidget(summary);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("missingList"));
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_list, 1);
    addEntries(interview, c.errors, QStringLiteral("error"), tr("Error"));
    addEntries(interview, c.warnings, QStringLiteral("warning"), tr("Warning to confirm"));
    addEntries(interview, c.unanswered, QStringLiteral("unanswered"), tr("Not answered"));
    m_list->setVisible(m_list->count() > 0);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_chosen = m_instances[size_t(item->data(Qt::UserRole).toInt())];
        done(GoTo);
    });

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *back =
        buttons->addButton(tr("Back to the interview"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("backButton"));
    if (!readOnly) {
        QPushButton *complete =
            buttons->addButton(c.unanswered.empty() && c.warnings.empty()
                                   ? tr("Complete")
                                   : tr("Complete with %n open question(s)", nullptr,
                                        int(c.unanswered.size() + c.warnings.size())),
                               QDialogButtonBox::AcceptRole);
        complete->setObjectName(QStringLiteral("completeButton"));
        complete->setEnabled(c.canComplete());
        connect(complete, &QPushButton::clicked, this, [this] { done(Complete); });
    }
    connect(back, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void CompleteDialog::addEntries(const Interview &interview, const std::vector<Instance> &list,
                                const QString &kind, const QString &what)
{
    for (const Instance &at : list) {
        auto *item = new QListWidgetItem(describe(interview, at, what), m_list);
        item->setToolTip(item->text());
        item->setData(Qt::UserRole, int(m_instances.size()));
        item->setData(Qt::UserRole + 1, kind);
        if (kind == QLatin1String("error"))
            item->setForeground(QColor(0xb9, 0x1c, 0x1c));
        else if (kind == QLatin1String("warning"))
            item->setForeground(QColor(0x92, 0x40, 0x0e));
        m_instances.push_back(at);
    }
}

} // namespace enumera::app
