// SPDX-License-Identifier: GPL-3.0-or-later
// Supervision through the widgets: a supervisor's app and two enumerators' apps, each on its own
// data folder, the supervisor's sync server on 127.0.0.1 over TLS. The team, pairing, sync,
// review with comments, sending back, correcting, approving, the history, a conflict and the
// export; every step is checked in the stores, not only on the screens.
#include "driver.h"

#include "profilescreen.h"

#include "enumerator/syncpanel.h"
#include "supervisor/conflictdialog.h"
#include "supervisor/reviewlistmodel.h"
#include "supervisor/reviewlistscreen.h"
#include "supervisor/servercontrol.h"
#include "supervisor/supervisorscreen.h"
#include "supervisor/teamscreen.h"
#include "sync/assignments.h"
#include "sync/enumeratorside.h"
#include "sync/review.h"
#include "sync/team.h"

#include <QFile>
#include <QFileDialog>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidgetItemIterator>

#include <nlohmann/json.hpp>

using namespace enumera;
using namespace enumera::app;
using namespace enumera::app::testing;

namespace {

std::unique_ptr<MainWindow> supervisorWindow(const QString &dir)
{
    Profile p;
    p.name = QStringLiteral("Marta Rojas");
    p.code = QStringLiteral("S01");
    p.role = QStringLiteral("supervisor");
    p.serverAddress = QStringLiteral("127.0.0.1");
    p.serverPort = 0; // any free port
    p.save(dir);
    return openWindow(dir, {}, false);
}

std::unique_ptr<MainWindow> enumeratorWindow(const QString &dir, const QString &name,
                                             const QString &code)
{
    Profile p;
    p.name = name;
    p.code = code;
    p.save(dir);
    return openWindow(dir, {}, false);
}

// What the pairing card shows, as the supervisor reads it out.
struct Card
{
    QString code;
    QString address;
    QString fingerprint;
};

Value stored(Store &store, const std::string &id, const std::string &path)
{
    Result<InterviewContent> c = store.content(id);
    if (c)
        for (const StoredAnswer &a : c->answers)
            if (a.path == path)
                return a.value;
    return {};
}

InterviewRecord recordOf(Store &store, const std::string &id)
{
    Result<InterviewRecord> r = store.record(id);
    return r ? *r : InterviewRecord{};
}

// "1 interview sent", as the sync result says it (in English without plural forms too).
const QRegularExpression OneSent(QStringLiteral("\\b1 interview(\\(s\\))? sent"));

} // namespace

class SupervisionGuiTest : public QObject
{
    Q_OBJECT

private:
    // Adds an enumerator on the team screen; the pairing card then shows their code.
    static Card addEnumerator(MainWindow &s, const QString &name, const QString &code)
    {
        TeamScreen *team = s.supervisorScreen()->team();
        s.supervisorScreen()->tabs()->setCurrentWidget(team);
        typeText(team->nameField(), name);
        typeText(team->codeField(), code);
        QTest::mouseClick(team->addButton(), Qt::LeftButton);
        Card card;
        if (!team->pairingCode()->isVisible())
            return card;
        card.code = team->pairingCode()->text();
        card.address = team->pairingAddress()->text();
        card.fingerprint = team->pairingFingerprint()->text();
        return card;
    }

    // Types the card into the enumerator's pairing dialog and presses Pair; with `wrongCode`,
    // a mistyped code first, whose refusal must be said in the dialog.
    static void pair(MainWindow &e, const Card &card, const QString &wrongCode = {})
    {
        bool done = false;
        onNextDialog([&](QWidget *dialog) {
            auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("serverUrl"));
            auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("pairingCode"));
            auto *fingerprint = dialog->findChild<QLineEdit *>(QStringLiteral("fingerprint"));
            auto *button = dialog->findChild<QPushButton *>(QStringLiteral("pairButton"));
            auto *message = dialog->findChild<QLabel *>(QStringLiteral("message"));
            QVERIFY(url && code && fingerprint && button && message);
            QTest::keyClicks(url, card.address);
            QTest::keyClicks(fingerprint, card.fingerprint);
            if (!wrongCode.isEmpty()) {
                QTest::keyClicks(code, wrongCode);
                QTest::mouseClick(button, Qt::LeftButton);
                QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled() && message->isVisible() &&
                                             message->property("kind") == QStringLiteral("error"),
                                         20000);
                QVERIFY2(message->text().contains(QStringLiteral("pairing code is not valid")),
                         qPrintable(message->text()));
                QVERIFY(dialog->isVisible());
                code->clear();
            }
            QTest::keyClicks(code, card.code.toLower()); // typed as it comes, any case
            QTest::mouseClick(button, Qt::LeftButton);
            // Paired, the dialog closes; otherwise it is closed here, so that the test fails
            // with the dialog's message instead of waiting forever.
            QElapsedTimer clock;
            clock.start();
            while (dialog->isVisible() && clock.elapsed() < 20000)
                QTest::qWait(10);
            if (dialog->isVisible()) {
                const QString why = message->text();
                qobject_cast<QDialog *>(dialog)->reject();
                QFAIL(qPrintable(why));
            }
            done = true;
        });
        QTest::mouseClick(e.syncPanel()->pairButton(), Qt::LeftButton);
        QVERIFY(done);
        QVERIFY(!QApplication::activeModalWidget());
    }

    // A new interview through "New interview", a refusal (consent No), completed.
    static std::string completeRefusal(MainWindow &e, const QString &household)
    {
        onNextDialog([household](QWidget *dialog) {
            auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("householdField"));
            QVERIFY(field);
            QTest::keyClicks(field, household);
            QTest::keyClick(field, Qt::Key_Return);
        });
        auto *button = e.listScreen()->findChild<QPushButton *>(QStringLiteral("newInterview"));
        QTest::mouseClick(button, Qt::LeftButton);
        if (!e.interviewScreen())
            return {};
        Driver d(e);
        d.type("interview_date", QStringLiteral("2026-03-02"));
        d.choose("consent", 0);
        complete(e);
        const std::string id = e.interviewScreen()->session().id();
        QTest::mouseClick(
            e.interviewScreen()->findChild<QPushButton *>(QStringLiteral("backToList")),
            Qt::LeftButton);
        return id;
    }

    static void complete(MainWindow &e)
    {
        onNextDialog([](QWidget *dialog) {
            auto *complete = dialog->findChild<QPushButton *>(QStringLiteral("completeButton"));
            QVERIFY(complete && complete->isEnabled());
            QTest::mouseClick(complete, Qt::LeftButton);
        });
        QTest::mouseClick(
            e.interviewScreen()->findChild<QPushButton *>(QStringLiteral("completeInterview")),
            Qt::LeftButton);
    }

    // Presses Sync and waits for its result; the text of the result.
    static QString sync(MainWindow &e)
    {
        SyncPanel *panel = e.syncPanel();
        if (!panel->syncButton()->isEnabled())
            return QStringLiteral("(Sync is disabled)");
        QTest::mouseClick(panel->syncButton(), Qt::LeftButton);
        if (!panel->syncing())
            return QStringLiteral("(Sync did not start)");
        // What the sync may change cannot be opened meanwhile.
        if (e.listScreen()->table()->isEnabled() || panel->syncButton()->isEnabled())
            return QStringLiteral("(the list stayed open during the sync)");
        QElapsedTimer clock;
        clock.start();
        while (panel->syncing() && clock.elapsed() < 30000)
            QTest::qWait(10);
        return panel->result()->text();
    }

    // Selects an interview in the review list and presses one of the panel's buttons.
    static void selectReview(MainWindow &s, const std::string &id)
    {
        ReviewListScreen *list = s.supervisorScreen()->reviewList();
        s.supervisorScreen()->tabs()->setCurrentWidget(list);
        list->selectInterview(QString::fromStdString(id));
        QCOMPARE(list->selectedId(), QString::fromStdString(id));
    }

    static void openReview(MainWindow &s, const std::string &id)
    {
        selectReview(s, id);
        QTest::mouseClick(s.supervisorScreen()->reviewList()->openButton(), Qt::LeftButton);
        QVERIFY(s.interviewScreen());
        QVERIFY(s.interviewScreen()->reviewing());
        QCOMPARE(s.interviewScreen()->session().id(), id);
    }

    static void comment(MainWindow &s, const std::string &path, const QString &text)
    {
        Driver d(s);
        QuestionWidget *q = d.question(path);
        QVERIFY(q);
        auto *open = q->findChild<QPushButton *>(QStringLiteral("openComment"));
        QVERIFY(open && open->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        auto *field = q->findChild<QLineEdit *>(QStringLiteral("commentField"));
        QVERIFY(field && field->isVisible());
        typeText(field, text);
        const int page = s.interviewScreen()->pageView()->page();
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(!field->isVisible());
        // Enter saved the comment and stayed: the supervisor sees it under its question.
        QCOMPARE(s.interviewScreen()->pageView()->page(), page);
        // (The window's own focus: the enumerators' windows may be the active ones.)
        QuestionWidget *focused = nullptr;
        for (QWidget *w = s.focusWidget(); w && !focused; w = w->parentWidget())
            focused = qobject_cast<QuestionWidget *>(w);
        QCOMPARE(focused, q);
        QVERIFY(q->findChild<QLabel *>(QStringLiteral("comment")));
    }

    static void sendBack(MainWindow &s, const QString &reason)
    {
        onNextDialog([reason](QWidget *dialog) {
            auto *field = dialog->findChild<QPlainTextEdit *>(QStringLiteral("rejectReason"));
            auto *send = dialog->findChild<QPushButton *>(QStringLiteral("sendBack"));
            QVERIFY(field && send);
            QVERIFY(!send->isEnabled()); // not without a reason
            typeText(field, reason);
            QVERIFY(send->isEnabled());
            QTest::mouseClick(send, Qt::LeftButton);
        });
        QTest::mouseClick(
            s.interviewScreen()->findChild<QPushButton *>(QStringLiteral("rejectInterview")),
            Qt::LeftButton);
    }

    static void approve(MainWindow &s)
    {
        auto *button =
            s.interviewScreen()->findChild<QPushButton *>(QStringLiteral("approveInterview"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!s.interviewScreen()); // back to the list
    }

    // Opens an interview from the enumerator's list with its Open button.
    static void openFromList(MainWindow &e, const std::string &id)
    {
        e.listScreen()->selectInterview(QString::fromStdString(id));
        QCOMPARE(e.listScreen()->selectedId(), QString::fromStdString(id));
        QTest::mouseClick(e.listScreen()->findChild<QPushButton *>(QStringLiteral("openInterview")),
                          Qt::LeftButton);
        QVERIFY(e.interviewScreen());
        QCOMPARE(e.interviewScreen()->session().id(), id);
    }

    static void startServer(MainWindow &s)
    {
        QVERIFY(s.supervisorScreen());
        QVERIFY(!s.serverControl()->isRunning());
        QTest::mouseClick(s.supervisorScreen()->serverButton(), Qt::LeftButton);
        QVERIFY(s.serverControl()->isRunning());
        QVERIFY(s.serverControl()->urls().front().startsWith(QStringLiteral("https://127.0.0.1:")));
        QVERIFY(Profile::load(s.dataDir()).serverRunning); // remembered for the next start
    }

private slots:
    void initTestCase() { initResources(); }

    void aTeamSyncsAndIsReviewed()
    {
        QTemporaryDir sdir, adir, ldir, out;
        auto s = supervisorWindow(sdir.path());
        QVERIFY(s);
        startServer(*s);

        // The team: two enumerators, each with a pairing card.
        const Card ana = addEnumerator(*s, QStringLiteral("Ana Pérez"), {});
        const Card luis = addEnumerator(*s, QStringLiteral("Luis Gómez"), QStringLiteral("E07"));
        QVERIFY(!ana.code.isEmpty() && !luis.code.isEmpty());
        QVERIFY(ana.code != luis.code);
        QCOMPARE(ana.address, s->serverControl()->urls().front());
        QCOMPARE(ana.fingerprint.size(), 19); // 16 digits in groups of four
        {
            sync::Team team(s->store());
            Result<std::vector<sync::TeamMember>> members = team.members();
            QVERIFY(members && members->size() == 2);
            QCOMPARE((*members)[0].code, std::string("E01"));
            QCOMPARE((*members)[0].name, std::string("Ana Pérez"));
            QCOMPARE((*members)[1].code, std::string("E07"));
            QCOMPARE((*members)[1].status, std::string("invited"));
        }
        QCOMPARE(s->supervisorScreen()->team()->table()->rowCount(), 2);

        // Each enumerator pairs with their card; Luis mistypes his code first.
        auto a = enumeratorWindow(adir.path(), QStringLiteral("Ana Pérez"), QStringLiteral("E01"));
        // Luis typed another code on his first start than the one the team gives him: what he
        // sends is filed under the team's.
        auto l =
            enumeratorWindow(ldir.path(), QStringLiteral("Luis Gómez"), QStringLiteral("L-22"));
        QVERIFY(a && l);
        QVERIFY(!a->syncPanel()->syncButton()->isEnabled()); // not paired yet
        pair(*a, ana);
        if (QTest::currentTestFailed())
            return;
        pair(*l, luis, QStringLiteral("ABCD-EFGH-JKMN"));
        if (QTest::currentTestFailed())
            return;
        for (auto [w, code] : {std::pair{a.get(), "E01"}, std::pair{l.get(), "E07"}}) {
            Result<std::optional<sync::Pairing>> p = sync::readPairing(w->store());
            QVERIFY(p && *p);
            QCOMPARE((*p)->enumerator, std::string(code));
            QVERIFY(!(*p)->certificate.isEmpty()); // pinned
            QVERIFY(w->syncPanel()->syncButton()->isEnabled());
        }
        {
            sync::Team team(s->store());
            Result<std::vector<sync::TeamMember>> members = team.members();
            QVERIFY(members);
            for (const sync::TeamMember &m : *members)
                QCOMPARE(m.status, std::string("paired"));
        }
        // A pairing code works once: the team screen, told by the server, no longer shows it.
        s->supervisorScreen()->team()->selectMember(QStringLiteral("E01"));
        QTRY_VERIFY(!s->supervisorScreen()->team()->pairingCode()->isVisible());
        QCOMPARE(s->supervisorScreen()->team()->table()->item(0, 2)->text(),
                 QStringLiteral("Paired"));

        // Each completes an interview and syncs.
        const std::string ida = completeRefusal(*a, QStringLiteral("H-0101"));
        const std::string idl = completeRefusal(*l, QStringLiteral("H-0202"));
        QVERIFY(!ida.empty() && !idl.empty());
        QVERIFY2(sync(*a).contains(OneSent), qPrintable(a->syncPanel()->result()->text()));
        QVERIFY2(sync(*l).contains(OneSent), qPrintable(l->syncPanel()->result()->text()));
        QCOMPARE(recordOf(s->store(), ida).owner, std::string("E01"));
        QCOMPARE(recordOf(s->store(), ida).status, InterviewStatus::Completed);
        QCOMPARE(recordOf(s->store(), idl).owner, std::string("L-22"));

        // The supervisor sees both, by enumerator and status.
        ReviewListScreen *list = s->supervisorScreen()->reviewList();
        QTRY_COMPARE(list->model().rowCount(), 2);
        QCOMPARE(list->model().entry(QString::fromStdString(ida))->enumeratorName,
                 QStringLiteral("Ana Pérez"));
        QCOMPARE(list->model().entry(QString::fromStdString(idl))->enumeratorName,
                 QStringLiteral("Luis Gómez"));
        list->filterEnumerator(QStringLiteral("E07"));
        QCOMPARE(list->shownCount(), 1);
        QCOMPARE(list->selectedId(), QString::fromStdString(idl));
        list->filterEnumerator(QString());
        QCOMPARE(list->shownCount(), 2);

        // Ana's: a comment at the date, and sent back with a reason. Reading it writes nothing.
        const size_t eventsBefore = s->store().events(ida)->size();
        openReview(*s, ida);
        comment(*s, "interview_date", QStringLiteral("The visit was on 3 March"));
        QCOMPARE(s->store().events(ida)->size(), eventsBefore + 1); // the comment's
        const int spanish = s->interviewScreen()->interview().form().languageIndex("es");
        QVERIFY(spanish >= 0);
        s->interviewScreen()->setQuestionnaireLanguage(spanish);
        QCOMPARE(s->interviewScreen()->interview().language(), spanish);
        QCOMPARE(recordOf(s->store(), ida).language, recordOf(a->store(), ida).language);
        QCOMPARE(s->store().events(ida)->size(), eventsBefore + 1);
        {
            Result<std::vector<Comment>> comments = s->store().comments(ida);
            QVERIFY(comments && comments->size() == 1);
            QCOMPARE(comments->front().path, std::string("interview_date"));
            QCOMPARE(comments->front().author, std::string("S01"));
            QCOMPARE(comments->front().text, std::string("The visit was on 3 March"));
        }
        // Read-only in review: a click changes no answer.
        Driver(*s).choose("consent", 1);
        QCOMPARE(stored(s->store(), ida, "consent"), Value::number(0));
        sendBack(*s, QStringLiteral("Please check the date of the visit"));
        QVERIFY(!s->interviewScreen());
        QCOMPARE(recordOf(s->store(), ida).status, InterviewStatus::Rejected);

        // Luis's: approved.
        openReview(*s, idl);
        approve(*s);
        QCOMPARE(recordOf(s->store(), idl).status, InterviewStatus::Approved);

        // Ana syncs: the interview is back, with the reason and the comment.
        QVERIFY2(sync(*a).contains(QStringLiteral("1 sent back to you")),
                 qPrintable(a->syncPanel()->result()->text()));
        QCOMPARE(recordOf(a->store(), ida).status, InterviewStatus::Rejected);
        auto *table = a->listScreen()->table();
        bool listed = false;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data(Qt::UserRole + 1).toString() ==
                QString::fromStdString(ida)) {
                listed = true;
                QCOMPARE(table->model()->index(r, 0).data(Qt::UserRole + 2).toInt(),
                         int(InterviewStatus::Rejected));
            }
        QVERIFY(listed);
        openFromList(*a, ida);
        QVERIFY(!a->interviewScreen()->readOnly());
        QLabel *banner = a->interviewScreen()->banner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Please check the date of the visit")),
                 qPrintable(banner->text()));
        Driver d(*a);
        QuestionWidget *date = d.question("interview_date");
        QVERIFY(date);
        bool shown = false;
        for (QLabel *c : date->findChildren<QLabel *>(QStringLiteral("comment")))
            shown = shown || (c->isVisible() && c->text().contains(QStringLiteral("3 March")));
        QVERIFY(shown);
        // The section that holds it is marked in the side panel, and only that one.
        const int commented = a->interviewScreen()->pages().pageOf(d.at("interview_date"));
        int marked = 0;
        for (QTreeWidgetItemIterator it(a->interviewScreen()->panel()); *it; ++it)
            if ((*it)->text(0).startsWith(QStringLiteral("✎"))) {
                ++marked;
                QCOMPARE((*it)->data(0, Qt::UserRole).toInt(), commented);
                QVERIFY((*it)->toolTip(0).contains(QStringLiteral("1 comment(s)")));
            }
        QCOMPARE(marked, 1);
        // The enumerator has no comment button.
        QVERIFY(!date->findChild<QPushButton *>(QStringLiteral("openComment"))->isVisible());
        // Corrected, completed again, synced: revision 2 on the server.
        d.type("interview_date", QStringLiteral("2026-03-03"));
        complete(*a);
        QCOMPARE(recordOf(a->store(), ida).status, InterviewStatus::Completed);
        QTest::mouseClick(
            a->interviewScreen()->findChild<QPushButton *>(QStringLiteral("backToList")),
            Qt::LeftButton);
        QVERIFY2(sync(*a).contains(OneSent), qPrintable(a->syncPanel()->result()->text()));
        QCOMPARE(recordOf(s->store(), ida).revision, 2);
        QCOMPARE(recordOf(s->store(), ida).status, InterviewStatus::Completed);
        QCOMPARE(stored(s->store(), ida, "interview_date").kind(), Value::Kind::Date);
        QCOMPARE(stored(s->store(), ida, "interview_date"),
                 stored(a->store(), ida, "interview_date"));
        QVERIFY(stored(s->store(), ida, "interview_date") !=
                stored(s->store(), idl, "interview_date"));
        // Luis syncs: his interview is approved on his laptop too.
        QVERIFY2(sync(*l).contains(QStringLiteral("1 approved")),
                 qPrintable(l->syncPanel()->result()->text()));
        QCOMPARE(recordOf(l->store(), idl).status, InterviewStatus::Approved);

        // The history: both revisions received, the sending back with its reason, the comment.
        QTRY_COMPARE(list->model().entry(QString::fromStdString(ida))->record.revision, 2);
        selectReview(*s, ida);
        QStringList timeline;
        onNextDialog([&timeline](QWidget *dialog) {
            auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("historyTimeline"));
            QVERIFY(tree);
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                timeline << tree->topLevelItem(i)->text(1);
            // Every change, with who made it: the correction of the date by E01.
            auto *changes = dialog->findChild<QTreeWidget *>(QStringLiteral("historyChanges"));
            QVERIFY(changes);
            bool corrected = false;
            for (int i = 0; i < changes->topLevelItemCount(); ++i) {
                const QTreeWidgetItem *c = changes->topLevelItem(i);
                corrected = corrected || (c->text(1) == QStringLiteral("E01") &&
                                          c->text(2) == QStringLiteral("answer given") &&
                                          c->text(3) == QStringLiteral("interview_date") &&
                                          c->text(4) == QStringLiteral("2026-03-02") &&
                                          c->text(5) == QStringLiteral("2026-03-03"));
            }
            QVERIFY(corrected);
            qobject_cast<QDialog *>(dialog)->reject();
        });
        QTest::mouseClick(list->historyButton(), Qt::LeftButton);
        const QString all = timeline.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Revision 1 received")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Revision 2 received")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Sent back by S01")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Please check the date of the visit")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("The visit was on 3 March")), qPrintable(all));
        QVERIFY(all.indexOf(QStringLiteral("Revision 1 received")) <
                all.indexOf(QStringLiteral("Sent back by S01")));
        QVERIFY(all.indexOf(QStringLiteral("Sent back by S01")) <
                all.indexOf(QStringLiteral("Revision 2 received")));

        // Approved at last; the export holds both interviews.
        openReview(*s, ida);
        approve(*s);
        QCOMPARE(recordOf(s->store(), ida).status, InterviewStatus::Approved);
        const QString file = out.filePath(QStringLiteral("team.json"));
        onNextDialog([file](QWidget *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            QVERIFY(files);
            files->selectFile(file);
            onNextDialog([](QWidget *box) { clickButton(box, QStringLiteral("OK")); });
            QMetaObject::invokeMethod(files, "accept", Qt::QueuedConnection);
        });
        QTest::mouseClick(s->supervisorScreen()->exportButton(), Qt::LeftButton);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const nlohmann::json doc = nlohmann::json::parse(written.readAll().toStdString());
        QCOMPARE(doc.at("format").get<std::string>(), std::string("enumera-export"));
        QCOMPARE(doc.at("interview_count").get<int>(), 2);
        std::vector<std::string> households;
        for (const nlohmann::json &i : doc.at("interviews"))
            households.push_back(i.at("household").get<std::string>());
        std::sort(households.begin(), households.end());
        QCOMPARE(households, (std::vector<std::string>{"H-0101", "H-0202"}));
    }

    // Sent back twice (the second time with new instructions) while the enumerator corrected
    // the first: their correction comes back as a conflict, which the supervisor settles.
    void aConflictIsShownAndSettled()
    {
        QTemporaryDir sdir, adir;
        auto s = supervisorWindow(sdir.path());
        QVERIFY(s);
        startServer(*s);
        const Card ana = addEnumerator(*s, QStringLiteral("Ana Pérez"), QStringLiteral("E01"));
        auto a = enumeratorWindow(adir.path(), QStringLiteral("Ana Pérez"), QStringLiteral("E01"));
        QVERIFY(a);
        pair(*a, ana);
        if (QTest::currentTestFailed())
            return;
        const std::string id = completeRefusal(*a, QStringLiteral("H-0301"));
        QVERIFY(sync(*a).contains(OneSent));
        QTRY_COMPARE(s->supervisorScreen()->reviewList()->model().rowCount(), 1);
        openReview(*s, id);
        sendBack(*s, QStringLiteral("Check the date"));
        QVERIFY(sync(*a).contains(QStringLiteral("1 sent back to you")));

        // Ana corrects; meanwhile the supervisor sends it back again with more to do.
        openFromList(*a, id);
        Driver(*a).type("interview_date", QStringLiteral("2026-03-04"));
        complete(*a);
        openReview(*s, id);
        sendBack(*s, QStringLiteral("Also ask for the household head"));
        const QString result = sync(*a);
        QVERIFY2(result.contains(QStringLiteral("conflict")), qPrintable(result));

        // The list marks it; the dialog shows the date on both sides and takes Ana's.
        ReviewListScreen *list = s->supervisorScreen()->reviewList();
        QTRY_VERIFY(list->model().entry(QString::fromStdString(id)) &&
                    list->model().entry(QString::fromStdString(id))->openConflict != 0);
        selectReview(*s, id);
        QVERIFY(list->conflictButton()->isVisible());
        QCOMPARE(list->table()->model()->index(0, ReviewListModel::Status).data().toString(),
                 QStringLiteral("Conflict"));
        // In review, the decisions wait for the conflict.
        openReview(*s, id);
        QVERIFY(!s->interviewScreen()
                     ->findChild<QPushButton *>(QStringLiteral("approveInterview"))
                     ->isEnabled());
        QTest::mouseClick(
            s->interviewScreen()->findChild<QPushButton *>(QStringLiteral("backToList")),
            Qt::LeftButton);
        selectReview(*s, id);
        QStringList rows;
        onNextDialog([&rows](QWidget *dialog) {
            auto *conflict = qobject_cast<ConflictDialog *>(dialog);
            QVERIFY(conflict);
            QTableWidget *t = conflict->differences();
            for (int r = 0; r < t->rowCount(); ++r)
                rows << t->item(r, 0)->text() + QStringLiteral(" | ") + t->item(r, 1)->text() +
                            QStringLiteral(" | ") + t->item(r, 2)->text();
            QTest::mouseClick(conflict->keepEnumeratorButton(), Qt::LeftButton);
        });
        QTest::mouseClick(list->conflictButton(), Qt::LeftButton);
        QVERIFY2(rows.join(QLatin1Char('\n')).contains(QStringLiteral("interview_date")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        sync::Review review(s->store(), "S01");
        Result<std::vector<sync::ConflictRecord>> open = review.conflicts(true);
        QVERIFY(open && open->empty());
        Result<std::vector<sync::ConflictRecord>> settled = review.conflicts(false);
        QVERIFY(settled && settled->size() == 1);
        QCOMPARE(settled->front().status, std::string("took_enumerator"));
        QCOMPARE(stored(s->store(), id, "interview_date"),
                 stored(a->store(), id, "interview_date"));
        QCOMPARE(recordOf(s->store(), id).status, InterviewStatus::Completed);
        QVERIFY(list->model().entry(QString::fromStdString(id))->openConflict == 0);
        QVERIFY(!list->conflictButton()->isVisible());
    }

    // A warning the enumerator confirmed is counted in the list; the details give the question,
    // the answer, the warning and the enumerator's reason.
    void confirmedWarningsShowTheirReasons()
    {
        QTemporaryDir sdir, adir;
        auto s = supervisorWindow(sdir.path());
        QVERIFY(s);
        startServer(*s);
        const Card ana = addEnumerator(*s, QStringLiteral("Ana Pérez"), QStringLiteral("E01"));
        auto a = enumeratorWindow(adir.path(), QStringLiteral("Ana Pérez"), QStringLiteral("E01"));
        QVERIFY(a);
        pair(*a, ana);
        if (QTest::currentTestFailed())
            return;
        // 13 hours a day, 7 days a week: confirmed as a live-in domestic worker.
        Result<std::unique_ptr<InterviewSession>> session =
            InterviewSession::create(a->store(), a->formSource().form(), "H-0001", "E01");
        QVERIFY(session);
        const Status applied = applyScript(
            **session, std::string(ENUMERA_REPO) + "/forms/tests/household-validations.jsonl", 27);
        QVERIFY2(applied, applied ? "" : applied.error().c_str());
        QVERIFY((*session)->complete());
        const std::string id = (*session)->id();
        session->reset();
        a->listScreen()->reload();
        QVERIFY(sync(*a).contains(OneSent));

        ReviewListScreen *list = s->supervisorScreen()->reviewList();
        QTRY_VERIFY(list->model().entry(QString::fromStdString(id)));
        const ReviewEntry *entry = list->model().entry(QString::fromStdString(id));
        QCOMPARE(entry->confirmations.size(), size_t(1));
        QCOMPARE(entry->confirmations[0].path, std::string("members[1].hours_per_day"));
        QCOMPARE(entry->confirmations[0].reason, std::string("Live-in domestic worker"));
        const QModelIndex warnings = list->table()->model()->index(0, ReviewListModel::Warnings);
        QCOMPARE(warnings.data().toString(), QStringLiteral("1"));
        QVERIFY(warnings.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Live-in domestic worker")));
        selectReview(*s, id);
        const QString details = list->details()->text();
        QVERIFY2(details.contains(QStringLiteral("Live-in domestic worker")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("members[1].hours_per_day")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Warning:")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Answer: 13")), qPrintable(details));
    }

    // What the enumerator types wrong is said in the dialog, and nothing is paired.
    void pairingSaysWhatIsWrong()
    {
        QTemporaryDir sdir, adir;
        auto s = supervisorWindow(sdir.path());
        QVERIFY(s);
        startServer(*s);
        const Card ana = addEnumerator(*s, QStringLiteral("Ana Pérez"), QStringLiteral("E01"));
        auto a = enumeratorWindow(adir.path(), QStringLiteral("Ana Pérez"), QStringLiteral("E01"));
        QVERIFY(a);
        QStringList messages;
        onNextDialog([&](QWidget *dialog) {
            auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("serverUrl"));
            auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("pairingCode"));
            auto *fingerprint = dialog->findChild<QLineEdit *>(QStringLiteral("fingerprint"));
            auto *button = dialog->findChild<QPushButton *>(QStringLiteral("pairButton"));
            auto *message = dialog->findChild<QLabel *>(QStringLiteral("message"));
            auto attempt = [&] {
                QTest::mouseClick(button, Qt::LeftButton);
                QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled() && message->isVisible() &&
                                             message->property("kind") == QStringLiteral("error"),
                                         20000);
                messages << message->text();
            };
            // No address.
            QTest::keyClicks(code, ana.code);
            attempt();
            // Part of the fingerprint.
            QTest::keyClicks(url, ana.address);
            QTest::keyClicks(fingerprint, ana.fingerprint.left(9));
            attempt();
            // Another certificate's fingerprint.
            fingerprint->clear();
            QTest::keyClicks(fingerprint, QStringLiteral("0000 0000 0000 0000"));
            attempt();
            // A plain HTTP address.
            url->setText(
                QString(ana.address).replace(QStringLiteral("https:"), QStringLiteral("http:")));
            fingerprint->clear();
            attempt();
            QVERIFY(dialog->isVisible());
            qobject_cast<QDialog *>(dialog)->reject();
        });
        QTest::mouseClick(a->syncPanel()->pairButton(), Qt::LeftButton);
        QCOMPARE(messages.size(), 4);
        QVERIFY2(messages[0].contains(QStringLiteral("server address is missing")),
                 qPrintable(messages[0]));
        QVERIFY2(messages[1].contains(QStringLiteral("8 of its 16 digits")),
                 qPrintable(messages[1]));
        QVERIFY2(messages[2].contains(QStringLiteral("as the supervisor read out")),
                 qPrintable(messages[2]));
        QVERIFY2(messages[3].contains(QStringLiteral("plain HTTP")), qPrintable(messages[3]));
        Result<std::optional<sync::Pairing>> p = sync::readPairing(a->store());
        QVERIFY(p && !*p);
        QVERIFY(!a->syncPanel()->syncButton()->isEnabled());
        // The code was not used up: it still pairs.
        pair(*a, ana);
        if (QTest::currentTestFailed())
            return;
        p = sync::readPairing(a->store());
        QVERIFY(p && *p);
    }

    // A household the supervisor assigns reaches the enumerator at the next sync, and starts
    // with its preloaded answers; a revoked enumerator's sync is refused in words.
    void assignmentsArriveAndRevokedEnumeratorsAreRefused()
    {
        QTemporaryDir sdir, adir;
        auto s = supervisorWindow(sdir.path());
        QVERIFY(s);
        startServer(*s);
        const Card ana = addEnumerator(*s, QStringLiteral("Ana Pérez"), QStringLiteral("E01"));
        auto a = enumeratorWindow(adir.path(), QStringLiteral("Ana Pérez"), QStringLiteral("E01"));
        QVERIFY(a);
        pair(*a, ana);
        if (QTest::currentTestFailed())
            return;
        Result<sync::Assignment> assigned =
            sync::assign(s->store(), "E01", "H-0900", s->formSource().form(),
                         nlohmann::json{{"household_id", "H-0900"}});
        QVERIFY2(assigned, assigned ? "" : assigned.error().c_str());
        QVERIFY(!a->syncPanel()->assignments()->isVisible());
        QVERIFY2(sync(*a).contains(QStringLiteral("assignment")),
                 qPrintable(a->syncPanel()->result()->text()));
        QListWidget *list = a->syncPanel()->assignments();
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("H-0900")));
        QTest::mouseClick(a->syncPanel()->startButton(), Qt::LeftButton);
        QVERIFY(a->interviewScreen());
        const std::string id = a->interviewScreen()->session().id();
        QCOMPARE(recordOf(a->store(), id).household, std::string("H-0900"));
        QCOMPARE(recordOf(a->store(), id).owner, std::string("E01"));
        QCOMPARE(stored(a->store(), id, "household_id"), Value::text("H-0900"));
        QTest::mouseClick(
            a->interviewScreen()->findChild<QPushButton *>(QStringLiteral("backToList")),
            Qt::LeftButton);
        QVERIFY(!list->isVisible()); // started: no longer waiting
        QCOMPARE(list->count(), 0);

        // A new pairing code, for a new laptop: shown on the card; the paired one still works.
        TeamScreen *team = s->supervisorScreen()->team();
        s->supervisorScreen()->tabs()->setCurrentWidget(team);
        team->selectMember(QStringLiteral("E01"));
        QTRY_VERIFY(!team->pairingCode()->isVisible());
        QTest::mouseClick(team->renewButton(), Qt::LeftButton);
        QVERIFY(team->pairingCode()->isVisible());
        QVERIFY(!team->pairingCode()->text().isEmpty());
        QVERIFY(team->pairingCode()->text() != ana.code);
        {
            sync::Team t(s->store());
            QCOMPARE(t.members()->front().status, std::string("paired"));
            QVERIFY(t.members()->front().codeWaiting);
        }
        QVERIFY(sync(*a).startsWith(QStringLiteral("Sync finished")));

        // Revoked, after a confirmation: the server refuses the laptop.
        onNextDialog([](QWidget *box) { clickButton(box, QStringLiteral("Keep")); });
        QTest::mouseClick(team->revokeButton(), Qt::LeftButton);
        {
            sync::Team t(s->store());
            QCOMPARE(t.members()->front().status, std::string("paired"));
        }
        onNextDialog([](QWidget *box) { clickButton(box, QStringLiteral("Revoke")); });
        QTest::mouseClick(team->revokeButton(), Qt::LeftButton);
        {
            sync::Team t(s->store());
            QCOMPARE(t.members()->front().status, std::string("revoked"));
        }
        QVERIFY(!team->revokeButton()->isEnabled());
        const QString refused = sync(*a);
        QVERIFY2(refused.startsWith(QStringLiteral("Sync stopped")), qPrintable(refused));
        QVERIFY2(refused.contains(QStringLiteral("revoked")), qPrintable(refused));
        QCOMPARE(a->syncPanel()->result()->property("kind").toString(), QStringLiteral("error"));
    }

    // The first start makes the data folder a supervisor's when that role is chosen.
    void theFirstStartChoosesTheRole()
    {
        QTemporaryDir dir;
        {
            auto w = openWindow(dir.path(), {}, false);
            QVERIFY(w && w->profileScreen());
            QVERIFY(w->profileScreen()->enumeratorRole()->isChecked());
            QTest::mouseClick(w->profileScreen()->supervisorRole(), Qt::LeftButton);
            QVERIFY(w->profileScreen()->supervisorRole()->isChecked());
            typeText(w->profileScreen()->nameField(), QStringLiteral("Marta Rojas"));
            QTest::keyClicks(w->profileScreen()->codeField(), QStringLiteral("S-03"));
            QTest::mouseClick(w->profileScreen()->saveButton(), Qt::LeftButton);
            QVERIFY(w->supervisorScreen());
            QVERIFY(!w->listScreen());
            QVERIFY(!w->serverControl()->isRunning()); // started by the supervisor
        }
        const Profile saved = Profile::load(dir.path());
        QCOMPARE(saved.role, QStringLiteral("supervisor"));
        QCOMPARE(saved.code, QStringLiteral("S-03"));
        QVERIFY(!saved.serverRunning);
        auto again = openWindow(dir.path(), {}, false);
        QVERIFY(again && again->supervisorScreen() && !again->profileScreen());
    }

    // The server was running when the app closed: it runs again at the next start.
    void theServerStartsAgainWhereItRan()
    {
        QTemporaryDir sdir;
        {
            auto s = supervisorWindow(sdir.path());
            QVERIFY(s);
            startServer(*s);
        }
        Profile p = Profile::load(sdir.path());
        QVERIFY(p.serverRunning);
        QCOMPARE(p.role, QStringLiteral("supervisor"));
        AppOptions options;
        options.dataDir = sdir.path();
        MainWindow again(options);
        QString error;
        QVERIFY(again.start(&error));
        QVERIFY(again.supervisorScreen());
        QVERIFY(again.serverControl()->isRunning());
        QVERIFY(!again.serverControl()->fingerprint().isEmpty());
        QTest::mouseClick(again.supervisorScreen()->serverButton(), Qt::LeftButton);
        QVERIFY(!again.serverControl()->isRunning());
        QVERIFY(!Profile::load(sdir.path()).serverRunning);
    }
};

QTEST_MAIN(SupervisionGuiTest)
#include "supervision_gui_test.moc"
