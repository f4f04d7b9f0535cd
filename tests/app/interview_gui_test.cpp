// SPDX-License-Identifier: GPL-3.0-or-later
// The interview screen driven through its widgets, on real SQLite files: start, answer,
// routing, warnings, rosters, language, completion and resuming.
#include "driver.h"

#include "list/interviewlistscreen.h"
#include "profilescreen.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>

using namespace enumera;
using namespace enumera::app;
using namespace enumera::app::testing;

class InterviewGuiTest : public QObject
{
    Q_OBJECT

private:
    // A new interview made through the list's "New interview" and its dialog.
    static void newInterview(MainWindow &w, const QString &household)
    {
        onNextDialog([household](QWidget *dialog) {
            auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("householdField"));
            QVERIFY(field);
            QTest::keyClicks(field, household);
            QTest::keyClick(field, Qt::Key_Return);
        });
        auto *button = w.listScreen()->findChild<QPushButton *>(QStringLiteral("newInterview"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(w.interviewScreen());
        QTRY_VERIFY(QApplication::focusWidget() &&
                    w.interviewScreen()->isAncestorOf(QApplication::focusWidget()));
    }

    static Value stored(Store &store, const std::string &id, const std::string &path)
    {
        Result<InterviewContent> c = store.content(id);
        if (!c)
            return {};
        for (const StoredAnswer &a : c->answers)
            if (a.path == path)
                return a.value;
        return {};
    }

private slots:
    void initTestCase() { initResources(); }

    void firstStartAsksWhoIsWorking()
    {
        QTemporaryDir dir;
        {
            auto w = openWindow(dir.path(), {}, false);
            QVERIFY(w);
            QVERIFY(w->profileScreen());
            QVERIFY(!w->listScreen());
            QTest::keyClicks(w->profileScreen()->nameField(), QStringLiteral("Rosa Quispe"));
            QTest::keyClicks(w->profileScreen()->codeField(), QStringLiteral("E-017"));
            QTest::mouseClick(w->profileScreen()->saveButton(), Qt::LeftButton);
            QVERIFY(w->listScreen());
            QCOMPARE(w->profile().code, QStringLiteral("E-017"));
        }
        const Profile saved = Profile::load(dir.path());
        QCOMPARE(saved.name, QStringLiteral("Rosa Quispe"));
        QCOMPARE(saved.role, QStringLiteral("enumerator"));
        // The second start goes straight to the list.
        auto again = openWindow(dir.path(), {}, false);
        QVERIFY(again->listScreen());
        QVERIFY(!again->profileScreen());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("enumera.db"))));
    }

    void keyboardAloneCarriesTheInterview()
    {
        QTemporaryDir dir;
        auto w = openWindow(dir.path());
        newInterview(*w, QStringLiteral("H-0101"));
        Driver d(*w);
        // The household's identification is the first question, filled from the dialog.
        QCOMPARE(d.focusedPath(), std::string("household_id"));
        QCOMPARE(stored(w->store(), w->interviewScreen()->session().id(), "household_id"),
                 Value::text("H-0101"));
        // Enter moves on; digits choose codes; the roster's add button is on the way.
        Driver::keys(QStringLiteral("\n2026-03-02\n1"));
        QCOMPARE(d.focusedPath(), std::string("consent"));
        Driver::keys(QStringLiteral("\n"));
        QTRY_VERIFY(QApplication::focusWidget());
        auto *add = qobject_cast<QPushButton *>(QApplication::focusWidget());
        QVERIFY2(add && add->objectName() == QLatin1String("addRow"), d.focusedPath().c_str());
        Driver::keys(QStringLiteral("\n"));
        QCOMPARE(d.focusedPath(), std::string("members[1].name"));
        Driver::keys(QStringLiteral("Ana\n2\n38\n1\n"));
        QCOMPARE(d.focusedPath(), std::string("members[1].worked_7d"));
        // A choice with two-digit codes: "01" is Yes, "0" then Enter is No.
        Driver::keys(QStringLiteral("01\n0\n"));
        QCOMPARE(d.interview().answer(d.at("members[1].worked_7d")), Value::number(1));
        QCOMPARE(d.interview().answer(d.at("members[1].worked_12m")), Value::number(0));
        // worked_12m = No skips the days and hours: the next question is Q1.
        QCOMPARE(d.focusedPath(), std::string("members[1].q1"));
        // Shift+Tab goes back to the previous relevant question.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(d.focusedPath(), std::string("members[1].worked_12m"));
        // Ctrl+L opens the section list, Escape comes back.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), w->interviewScreen()->panel());
        QTest::keyClick(w->interviewScreen()->panel(), Qt::Key_Escape);
        QCOMPARE(d.focusedPath(), std::string("members[1].worked_12m"));

        const std::string id = w->interviewScreen()->session().id();
        QCOMPARE(stored(w->store(), id, "members[1].name"), Value::text("Ana"));
        QCOMPARE(stored(w->store(), id, "members[1].age"), Value::number(38));
        QCOMPARE(stored(w->store(), id, "interview_date").kind(), Value::Kind::Date);
    }

    void routingFollowsTheEngine()
    {
        QTemporaryDir dir;
        auto w = openWindow(dir.path());
        newInterview(*w, QStringLiteral("H-0102"));
        Driver d(*w);
        d.choose("consent", 1);
        d.addRow("members");
        d.type("members[1].name", QStringLiteral("Ana"));
        d.type("members[1].age", QStringLiteral("34"));
        const PageModel &pages = w->interviewScreen()->pages();
        const int skills = pages.pageOf(d.at("members[1].q10"));
        QVERIFY(skills >= 0);
        // Q1 = Yes: the attendees' sections are asked.
        d.choose("members[1].q1", 1);
        QVERIFY(pages.isRelevant(skills));
        QVERIFY(d.question("members[1].q4")->isVisible());
        QVERIFY(!d.question("members[1].q8b")->isVisible());
        // Q1 = No hides them (in the panel and on the page) and asks Q8b.
        d.choose("members[1].q1", 0);
        QVERIFY(!w->interviewScreen()->pages().isRelevant(skills));
        QVERIFY(!d.question("members[1].q4")->isVisible());
        QVERIFY(d.question("members[1].q8b")->isVisible());
        bool hidden = false;
        for (QTreeWidgetItemIterator it(w->interviewScreen()->panel()); *it; ++it)
            if ((*it)->data(0, Qt::UserRole).toInt() == skills)
                hidden = (*it)->isHidden();
        QVERIFY(hidden);
        // The trainings roster is not asked either.
        QVERIFY(!d.interview().isRelevant(d.at("members[1].trainings")));
        // An age under 15 hides the whole module and the labour items.
        d.type("members[1].age", QStringLiteral("12"));
        QVERIFY(
            !w->interviewScreen()->pages().isRelevant(pages.pageOf(d.at("members[1].worked_7d"))));
        // Substitutions are live: the name appears in the sex question.
        d.type("members[1].name", QStringLiteral("Lucía"));
        auto *label =
            d.question("members[1].sex")->findChild<QLabel *>(QStringLiteral("questionLabel"));
        QVERIFY(label->text().contains(QStringLiteral("Lucía")));
    }

    void sectionButtonsFollowTheAnswers()
    {
        QTemporaryDir dir;
        auto w = openWindow(dir.path());
        newInterview(*w, QStringLiteral("H-0103"));
        Driver d(*w);
        auto *next = w->interviewScreen()->findChild<QPushButton *>(QStringLiteral("nextSection"));
        QVERIFY(next);
        const int cover = w->interviewScreen()->pageView()->page();
        // Before consent nothing follows the cover; consent Yes asks the household's members.
        QVERIFY(!next->isEnabled());
        d.choose("consent", 1);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(w->interviewScreen()->pageView()->page() > cover);
        // An age of 15 or more adds the member's sections after the member's own page.
        d.addRow("members");
        d.type("members[1].name", QStringLiteral("Ana"));
        const int member = w->interviewScreen()->pageView()->page();
        d.type("members[1].age", QStringLiteral("34"));
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(w->interviewScreen()->pageView()->page() > member);
    }

    void errorsAndWarningsShowBesideTheQuestion()
    {
        QTemporaryDir dir;
        auto w = openWindow(dir.path());
        newInterview(*w, QStringLiteral("H-0103"));
        Driver d(*w);
        d.choose("consent", 1);
        d.addRow("members");
        d.type("members[1].age", QStringLiteral("40"));
        // Out of range: kept, with the range in words.
        d.type("members[1].age", QStringLiteral("150"));
        auto *message =
            d.question("members[1].age")->findChild<QLabel *>(QStringLiteral("message"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("120")), qPrintable(message->text()));
        const std::string id = w->interviewScreen()->session().id();
        QCOMPARE(stored(w->store(), id, "members[1].age"), Value::number(150));
        d.type("members[1].age", QStringLiteral("40"));
        QVERIFY(!message->isVisible());

        // The 84-hour warning: confirmed with a reason, recorded in the store.
        d.choose("members[1].worked_7d", 1);
        d.choose("members[1].worked_12m", 1);
        d.type("members[1].days_per_week", QStringLiteral("6"));
        d.type("members[1].hours_per_day", QStringLiteral("12"));
        d.choose("members[1].q1", 1);
        d.choose("members[1].q18", 1);
        d.type("members[1].q25", QStringLiteral("14"));
        d.type("members[1].q26", QStringLiteral("7"));
        QuestionWidget *q26 = d.question("members[1].q26");
        auto *warning = q26->findChild<QLabel *>(QStringLiteral("message"));
        QVERIFY(warning->isVisible());
        QCOMPARE(warning->property("kind").toString(), QStringLiteral("warning"));
        QVERIFY2(warning->text().contains(QStringLiteral("84")), qPrintable(warning->text()));
        auto *confirm = q26->findChild<QPushButton *>(QStringLiteral("openConfirm"));
        QVERIFY(confirm->isVisible());
        // Nothing blocks moving on: Enter goes to the next question.
        q26->focusEditor();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::ControlModifier);
        auto *reason = q26->findChild<QLineEdit *>(QStringLiteral("confirmReason"));
        QVERIFY(reason->hasFocus());
        QTest::keyClicks(reason, QStringLiteral("Works two shifts at harvest"));
        QTest::keyClick(reason, Qt::Key_Return);
        QCOMPARE(warning->property("kind").toString(), QStringLiteral("confirmed"));
        Result<InterviewContent> c = w->store().content(id);
        QVERIFY(c);
        QCOMPARE(c->confirmations.size(), size_t(1));
        QCOMPARE(c->confirmations[0].path, std::string("members[1].q26"));
        QCOMPARE(c->confirmations[0].reason, std::string("Works two shifts at harvest"));
    }

    void rowsAreAddedAndRemovedWithConfirmation()
    {
        QTemporaryDir dir;
        auto w = openWindow(dir.path());
        newInterview(*w, QStringLiteral("H-0104"));
        Driver d(*w);
        d.choose("consent", 1);
        d.addRow("members");
        d.type("members[1].age", QStringLiteral("30"));
        d.choose("members[1].q1", 1);
        // The roster's own error: at least one training.
        auto rosterMessage = [&] {
            for (RosterWidget *r : d.view().findChildren<RosterWidget *>())
                if (r->instance() == d.at("members[1].trainings"))
                    return r->findChild<QLabel *>(QStringLiteral("message"));
            return static_cast<QLabel *>(nullptr);
        };
        d.openPageOf("members[1].q1");
        QVERIFY(rosterMessage()->isVisible());
        d.addRow("members[1].trainings");
        QCOMPARE(d.focusedPath(), std::string("members[1].trainings[1].q2_1"));
        d.choose("members[1].trainings[1].q2_1", 2);
        d.addRow("members[1].trainings");
        d.choose("members[1].trainings[2].q2_1", 4);
        // The specify text appears beside its option while it is chosen.
        QuestionWidget *specify = d.question("members[1].trainings[2].q2_1_other");
        QVERIFY(specify && specify->isVisible());
        d.type("members[1].trainings[2].q2_1_other", QStringLiteral("Chamber of commerce"));
        d.choose("members[1].trainings[2].q2_1", 1);
        QVERIFY(!d.question("members[1].trainings[2].q2_1_other")->isVisible());
        d.choose("members[1].trainings[2].q2_1", 4);
        QVERIFY(d.question("members[1].trainings[2].q2_1_other")->isVisible());
        QVERIFY(!rosterMessage()->isVisible());
        // Row titles follow the row label: "Training 1: College or university".
        QStringList titles;
        for (RowFrame *f : d.view().findChildren<RowFrame *>())
            titles << f->findChild<QLabel *>(QStringLiteral("rowTitle"))->text();
        QVERIFY2(titles.contains(QStringLiteral("Training 1: College or university")),
                 qPrintable(titles.join(QLatin1Char('|'))));
        // Keeping the row when asked keeps it; removing it removes that row only.
        d.removeRow("members[1].trainings[1]", false);
        QCOMPARE(d.interview().rows(d.at("members[1].trainings")).size(), size_t(2));
        d.removeRow("members[1].trainings[1]");
        QCOMPARE(d.interview().rows(d.at("members[1].trainings")).size(), size_t(1));
        QCOMPARE(d.interview().answer(d.at("members[1].trainings[1].q2_1")), Value::number(4));
        QCOMPARE(d.interview().answer(d.at("members[1].trainings[1].q2_1_other")),
                 Value::text("Chamber of commerce"));
        // Members: a second one, removed from the household's page.
        d.addRow("members");
        QCOMPARE(d.view().page(),
                 w->interviewScreen()->pages().find(
                     Page::Kind::Row,
                     {d.interview().resolveRow("members[2]").value(), d.at("members").item}));
        d.type("members[2].name", QStringLiteral("Carlos"));
        d.removeRow("members[2]");
        QCOMPARE(d.interview().rows(d.at("members")).size(), size_t(1));
        Result<InterviewContent> c = w->store().content(w->interviewScreen()->session().id());
        QCOMPARE(c->rows.size(), size_t(2)); // members[1] and its training
    }

    void languageSwitchesInTheMiddle()
    {
        QTemporaryDir dir;
        auto w = openWindow(dir.path());
        newInterview(*w, QStringLiteral("H-0105"));
        Driver d(*w);
        d.choose("consent", 1);
        d.addRow("members");
        d.type("members[1].name", QStringLiteral("Ana"));
        QComboBox *language = w->interviewScreen()->languageBox();
        const int es = language->findData(QStringLiteral("es"));
        QVERIFY(es >= 0);
        language->setCurrentIndex(es);
        emit language->activated(es);
        auto *label =
            d.question("members[1].sex")->findChild<QLabel *>(QStringLiteral("questionLabel"));
        QCOMPARE(label->text(), QStringLiteral("¿Cuál es el sexo de Ana?"));
        QCOMPARE(d.interview().answer(d.at("members[1].name")), Value::text("Ana"));
        QCOMPARE(w->interviewScreen()->session().record().language, std::string("es"));
        // Options follow: "1 Hombre".
        QStringList options;
        for (QLabel *l :
             d.question("members[1].sex")->findChildren<QLabel *>(QStringLiteral("optionLabel")))
            options << l->text();
        QCOMPARE(options, QStringList({QStringLiteral("Hombre"), QStringLiteral("Mujer")}));
        // The choice is recorded: the interview opens again in Spanish.
        const QString id = QString::fromStdString(w->interviewScreen()->session().id());
        w->showList();
        w->openInterview(id);
        QCOMPARE(w->interviewScreen()->interview().language(),
                 w->interviewScreen()->interview().form().languageIndex("es"));
    }

    void completingListsWhatIsMissingAndLocks()
    {
        QTemporaryDir dir;
        auto w = openWindow(dir.path());
        newInterview(*w, QStringLiteral("H-0106"));
        Driver d(*w);
        d.type("interview_date", QStringLiteral("2026-03-02"));
        d.choose("consent", 1);
        d.addRow("members");
        d.type("members[1].age", QStringLiteral("150")); // an error
        // With an error, completing is refused; the entry leads to the question.
        onNextDialog([](QWidget *dialog) {
            auto *complete = dialog->findChild<QPushButton *>(QStringLiteral("completeButton"));
            QVERIFY(complete);
            QVERIFY(!complete->isEnabled());
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("missingList"));
            QVERIFY(list->count() > 0);
            QVERIFY(list->item(0)->text().contains(QStringLiteral("age")));
            list->setCurrentRow(0);
            emit list->itemActivated(list->item(0));
        });
        w->interviewScreen()->reviewAndComplete();
        QTRY_COMPARE(d.focusedPath(), std::string("members[1].age"));
        // A refusal interview: consent No, then complete.
        d.type("members[1].age", QStringLiteral("40"));
        d.choose("consent", 0);
        onNextDialog([](QWidget *dialog) {
            auto *complete = dialog->findChild<QPushButton *>(QStringLiteral("completeButton"));
            QVERIFY(complete && complete->isEnabled());
            QTest::mouseClick(complete, Qt::LeftButton);
        });
        w->interviewScreen()->reviewAndComplete();
        QCOMPARE(w->interviewScreen()->session().record().status, InterviewStatus::Completed);
        // Read-only for the enumerator: clicks change nothing.
        d.choose("consent", 1);
        QCOMPARE(d.interview().answer(d.at("consent")), Value::number(0));
        auto *banner = w->interviewScreen()->findChild<QLabel *>(QStringLiteral("banner"));
        QVERIFY(banner->isVisible());
    }

    void reopensExactlyWhereItWas()
    {
        QTemporaryDir dir;
        QString id;
        {
            auto w = openWindow(dir.path());
            newInterview(*w, QStringLiteral("H-0107"));
            Driver d(*w);
            d.choose("consent", 1);
            d.addRow("members");
            d.type("members[1].name", QStringLiteral("Ana"));
            d.type("members[1].age", QStringLiteral("38"));
            // Typing without Enter, then the window goes: the field is saved on the way out.
            auto *rel = d.question("members[1].relationship");
            rel->focusEditor();
            auto *field = qobject_cast<LineQuestionWidget *>(d.question("members[1].name"));
            QTest::mouseClick(field->editor(), Qt::LeftButton);
            field->editor()->selectAll();
            typeText(field->editor(), QStringLiteral("Ana María"));
            id = QString::fromStdString(w->interviewScreen()->session().id());
            w->close();
        } // the window is destroyed
        auto w = openWindow(dir.path());
        // Closed normally: the next start shows the list.
        QVERIFY(w->listScreen());
        QVERIFY(!w->interviewScreen());
        w->listScreen()->selectInterview(id);
        QTest::mouseClick(
            w->listScreen()->findChild<QPushButton *>(QStringLiteral("openInterview")),
            Qt::LeftButton);
        Driver d(*w);
        QCOMPARE(d.focusedPath(), std::string("members[1].name"));
        QCOMPARE(d.interview().answer(d.at("members[1].name")), Value::text("Ana María"));
        QCOMPARE(d.interview().answer(d.at("members[1].age")), Value::number(38));
    }

    void aKilledAppOpensTheInterviewAgain()
    {
        QTemporaryDir dir;
        std::string id;
        {
            auto w = openWindow(dir.path());
            newInterview(*w, QStringLiteral("H-0108"));
            Driver d(*w);
            d.choose("consent", 1);
            d.addRow("members");
            // A name typed without Enter: saved after the pause in typing.
            auto *field = qobject_cast<LineQuestionWidget *>(d.question("members[1].name"));
            QTest::mouseClick(field->editor(), Qt::LeftButton);
            typeText(field->editor(), QStringLiteral("Lucía"));
            id = w->interviewScreen()->session().id();
            QTRY_COMPARE_WITH_TIMEOUT(stored(w->store(), id, "members[1].name"),
                                      Value::text("Lucía"), 3000);
            // The window goes without closing, as when the app is killed.
        }
        auto w = openWindow(dir.path());
        QVERIFY(w->interviewScreen());
        Driver d(*w);
        QTRY_COMPARE(d.focusedPath(), std::string("members[1].name"));
        QCOMPARE(d.interview().answer(d.at("members[1].name")), Value::text("Lucía"));
    }

    void listSearchesFiltersAndDiscards()
    {
        QTemporaryDir dir;
        auto w = openWindow(dir.path());
        QVERIFY(w->startInterview(QStringLiteral("H-0201")));
        w->showList();
        QVERIFY(w->startInterview(QStringLiteral("H-0202")));
        w->showList();
        InterviewListScreen *list = w->listScreen();
        QCOMPARE(list->table()->model()->rowCount(), 2);
        QTest::keyClicks(list->searchField(), QStringLiteral("0202"));
        QCOMPARE(list->table()->model()->rowCount(), 1);
        list->searchField()->clear();
        // Discard with confirmation: kept, listed under "Discarded", and restorable.
        list->table()->selectRow(0);
        const QString id = list->selectedId();
        // Enter on the question keeps the interview.
        onNextDialog([](QWidget *box) { QTest::keyClick(box, Qt::Key_Return); });
        QTest::mouseClick(list->findChild<QPushButton *>(QStringLiteral("discardInterview")),
                          Qt::LeftButton);
        QCOMPARE(list->table()->model()->rowCount(), 2);
        QVERIFY(!w->store().record(id.toStdString())->discarded);
        onNextDialog([](QWidget *box) { clickButton(box, QObject::tr("Discard")); });
        QTest::mouseClick(list->findChild<QPushButton *>(QStringLiteral("discardInterview")),
                          Qt::LeftButton);
        QCOMPARE(list->table()->model()->rowCount(), 1);
        QVERIFY(w->store().record(id.toStdString())->discarded);
        list->statusFilter()->setCurrentIndex(list->statusFilter()->findData(-2));
        QCOMPARE(list->table()->model()->rowCount(), 1);
        list->table()->selectRow(0);
        QTest::mouseClick(list->findChild<QPushButton *>(QStringLiteral("discardInterview")),
                          Qt::LeftButton);
        QVERIFY(!w->store().record(id.toStdString())->discarded);
    }

    void previewReloadsTheFormAndShowsDiagnostics()
    {
        QTemporaryDir dir;
        const QString form = dir.filePath(QStringLiteral("form.json"));
        auto write = [&](const QByteArray &text) {
            QFile f(form);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        write(R"({"form": "p", "version": "1", "title": "Preview", "languages": ["en"],
                  "sections": [{"section": "s", "title": "S", "items": [
                    {"name": "a", "type": "integer", "label": "A"}]}]})");
        auto w = openWindow(dir.filePath(QStringLiteral("data")), form);
        QVERIFY(w);
        QVERIFY(w->formSource().form());
        QVERIFY(!w->diagnosticsView()->isVisible());
        QSignalSpy reloaded(&w->formSource(), &FormSource::reloaded);
        write(R"({"form": "p", "version": "1", "title": "Preview", "languages": ["en"],
                  "sections": [{"section": "s", "title": "S", "items": [
                    {"name": "a", "type": "integer", "label": "A", "relevant": "zz > 1"}]}]})");
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(reloaded.last().at(0).toBool(), false);
        QVERIFY(w->diagnosticsView()->isVisible());
        QVERIFY2(w->diagnosticsView()->toPlainText().contains(QStringLiteral("zz")),
                 qPrintable(w->diagnosticsView()->toPlainText()));
        write(R"({"form": "p", "version": "2", "title": "Preview", "languages": ["en"],
                  "sections": [{"section": "s", "title": "S", "items": [
                    {"name": "a", "type": "integer", "label": "A"},
                    {"name": "b", "type": "text", "label": "B"}]}]})");
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(reloaded.last().at(0).toBool(), true);
        QVERIFY(!w->diagnosticsView()->isVisible());
        QCOMPARE(w->formSource().form()->version, std::string("2"));
    }
};

QTEST_MAIN(InterviewGuiTest)
#include "interview_gui_test.moc"
