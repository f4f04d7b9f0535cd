// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the app as an enumerator does: through the section panel, the question widgets, the
// keyboard and the mouse. It reads the interview only to find where a question is shown.
#pragma once

#include "support.h"

#include "interview/sectionpanel.h"
#include "list/interviewlistscreen.h"
#include "widgets/choicewidget.h"
#include "widgets/gridwidget.h"
#include "widgets/rosterwidget.h"
#include "widgets/textwidgets.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

namespace enumera::app::testing {

// Runs `act` on the next modal dialog as soon as it is shown.
inline void onNextDialog(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

// Clicks the button of a message box or dialog whose text is `text`.
inline void clickButton(QWidget *dialog, const QString &text)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text() == text) {
            QTest::mouseClick(b, Qt::LeftButton);
            return;
        }
    QFAIL(qPrintable(QStringLiteral("no button '%1'").arg(text)));
}

// Types a text into a widget, key by key, as a keyboard does (letters outside ASCII too).
inline void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 128 && c.unicode() >= 32)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

class Driver
{
public:
    explicit Driver(MainWindow &window)
        : m_window(window)
    {}

    InterviewScreen &screen() const { return *m_window.interviewScreen(); }
    const Interview &interview() const { return screen().interview(); }
    PageView &view() const { return *screen().pageView(); }

    Instance at(const std::string &path) const
    {
        Result<Instance> i = interview().resolve(path);
        return i ? *i : Instance{};
    }

    // Opens the page of `path` by clicking its entry in the section panel.
    void openPageOf(const std::string &path)
    {
        const int page = screen().pages().pageOf(at(path));
        QVERIFY2(page >= 0, path.c_str());
        clickPanel(page);
    }

    void clickPanel(int page)
    {
        SectionPanel *panel = screen().panel();
        QTreeWidgetItem *item = nullptr;
        for (QTreeWidgetItemIterator it(panel); *it; ++it)
            if ((*it)->data(0, Qt::UserRole).toInt() == page)
                item = *it;
        QVERIFY(item);
        QVERIFY2(!item->isHidden(), "the page is not shown in the panel");
        panel->scrollToItem(item);
        const QRect r = panel->visualItemRect(item);
        QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(view().page(), page);
    }

    QuestionWidget *question(const std::string &path)
    {
        const Instance i = at(path);
        if (!i.valid())
            return nullptr;
        if (screen().pages().pageOf(i) != view().page())
            openPageOf(path);
        return view().question(at(path));
    }

    // Types a text, number or date into a question's field and presses Enter.
    void type(const std::string &path, const QString &text)
    {
        auto *w = qobject_cast<LineQuestionWidget *>(question(path));
        QVERIFY2(w, path.c_str());
        QVERIFY2(w->isVisible(), path.c_str());
        QTest::mouseClick(w->editor(), Qt::LeftButton);
        w->editor()->selectAll();
        typeText(w->editor(), text);
        QTest::keyClick(w->editor(), Qt::Key_Return);
    }

    // Clicks the option (or special code) with `code`.
    void choose(const std::string &path, int code)
    {
        QuestionWidget *w = question(path);
        QVERIFY2(w && w->isVisible(), path.c_str());
        if (auto *row = qobject_cast<GridRowWidget *>(w)) {
            for (QLabel *cell : row->findChildren<QLabel *>(QStringLiteral("gridCell")))
                if (cell->text().endsWith(QString::fromStdString(
                        interview().codeText(interview().form().item(at(path).item), code)))) {
                    QTest::mouseClick(cell, Qt::LeftButton);
                    return;
                }
            QFAIL("no such grid cell");
        }
        for (OptionRow *row : w->findChildren<OptionRow *>())
            if (row->code() == code && row->parentWidget() == w) {
                QTest::mouseClick(row, Qt::LeftButton, {}, QPoint(10, row->height() / 2));
                return;
            }
        QFAIL(qPrintable(QStringLiteral("no option %1 in %2").arg(code).arg(path.c_str())));
    }

    // Clicks the add button of a roster (on its page).
    void addRow(const std::string &rosterPath)
    {
        const Instance r = at(rosterPath);
        if (screen().pages().pageOf(r) != view().page())
            openPageOf(rosterPath);
        for (RosterWidget *w : view().findChildren<RosterWidget *>())
            if (w->instance() == at(rosterPath)) {
                QTest::mouseClick(w->addButton(), Qt::LeftButton);
                return;
            }
        QFAIL(rosterPath.c_str());
    }

    // Removes a row with its Remove button, confirming the question.
    void removeRow(const std::string &rowPath, bool confirm = true)
    {
        Result<const Row *> row = interview().resolveRow(rowPath);
        QVERIFY2(row, rowPath.c_str());
        const std::string rosterPath = rowPath.substr(0, rowPath.rfind('['));
        if (screen().pages().pageOf(at(rosterPath)) != view().page())
            openPageOf(rosterPath);
        const QString title = QString::fromStdString(interview().rowTitle(**row));
        QPushButton *button = nullptr;
        for (RowFrame *f : view().findChildren<RowFrame *>())
            if (&f->row() == *row)
                button = f->findChild<QPushButton *>(QStringLiteral("removeRow"));
        if (!button)
            for (QLabel *l : view().findChildren<QLabel *>(QStringLiteral("rowTitle")))
                if (l->text() == title)
                    button =
                        l->parentWidget()->findChild<QPushButton *>(QStringLiteral("removeRow"));
        QVERIFY2(button, rowPath.c_str());
        onNextDialog([confirm](QWidget *box) {
            clickButton(box, confirm ? QObject::tr("Remove") : QObject::tr("Keep"));
        });
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Sends keys to whatever has the keyboard focus, as typing does: '\n' is Enter, '\t' Tab.
    static void keys(const QString &text)
    {
        for (QChar c : text) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus, "nothing has the keyboard focus");
            if (c == QLatin1Char('\n'))
                QTest::keyClick(focus, Qt::Key_Return);
            else if (c == QLatin1Char('\t'))
                QTest::keyClick(focus, Qt::Key_Tab);
            else
                typeText(focus, QString(c));
        }
    }

    // The question that has the keyboard, as a path.
    std::string focusedPath() const
    {
        for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
            if (auto *q = qobject_cast<QuestionWidget *>(w))
                return interview().pathOf(q->instance());
        return {};
    }

private:
    MainWindow &m_window;
};

} // namespace enumera::app::testing
