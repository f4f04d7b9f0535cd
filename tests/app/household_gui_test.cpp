// SPDX-License-Identifier: GPL-3.0-or-later
// A whole household filled in through the widgets alone, and fast typing while saves happen.
#include "driver.h"

#include <QDir>

#include <nlohmann/json.hpp>

#include <map>

using namespace enumera;
using namespace enumera::app;
using namespace enumera::app::testing;

namespace {

const std::string Repo = ENUMERA_REPO;

std::map<std::string, Value> answersOf(Store &store, const std::string &id)
{
    std::map<std::string, Value> out;
    Result<InterviewContent> c = store.content(id);
    if (c)
        for (const StoredAnswer &a : c->answers)
            out[a.path] = a.value;
    return out;
}

QString text(const nlohmann::json &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    return QString::fromStdString(v.dump());
}

} // namespace

class HouseholdGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initResources(); }

    // Ana attended two trainings, Carlos none, Lucía is under 15: every step of the routing
    // scenario is done with the mouse and the keyboard on the real widgets; the stored answers
    // must be those of the same scenario applied through the engine.
    void wholeHouseholdThroughTheWidgets()
    {
        const std::string scenario = Repo + "/forms/tests/household-three-members-complete.jsonl";
        QTemporaryDir dir;
        auto w = openWindow(dir.path());
        QVERIFY(w);
        QVERIFY(w->startInterview(QStringLiteral("H-0001")));
        Driver d(*w);
        Result<Script> script = readScript(scenario);
        QVERIFY(script);
        for (const Step &step : script->steps) {
            const QByteArray where = QByteArray::number(step.line) + ": " + step.path.c_str();
            switch (step.kind) {
            case Step::Kind::Answer: {
                const Instance at = d.at(step.path);
                QVERIFY2(at.valid(), where);
                const Item &q = d.interview().form().item(at.item);
                if (q.type == QuestionType::Single) {
                    d.choose(step.path, step.value.get<int>());
                } else if (q.type == QuestionType::Multiple) {
                    for (int code : step.value.get<std::vector<int>>())
                        d.choose(step.path, code);
                } else {
                    d.type(step.path, text(step.value));
                }
                break;
            }
            case Step::Kind::Toggle:
                d.choose(step.path, step.value.get<int>());
                break;
            case Step::Kind::AddRow:
                d.addRow(step.path);
                break;
            case Step::Kind::Expect:
                continue;
            default:
                QFAIL(where);
            }
            if (QTest::currentTestFailed())
                QFAIL(where);
        }

        // Complete: nothing is missing.
        onNextDialog([](QWidget *dialog) {
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("missingList"));
            QVERIFY(list);
            QCOMPARE(list->count(), 0);
            auto *complete = dialog->findChild<QPushButton *>(QStringLiteral("completeButton"));
            QVERIFY(complete && complete->isEnabled());
            QTest::mouseClick(complete, Qt::LeftButton);
        });
        QTest::mouseClick(
            w->interviewScreen()->findChild<QPushButton *>(QStringLiteral("completeInterview")),
            Qt::LeftButton);
        const std::string id = w->interviewScreen()->session().id();
        w.reset();

        // The database file, read again through a store of its own.
        Result<std::unique_ptr<Store>> store =
            Store::open(QDir(dir.path()).filePath(QStringLiteral("enumera.db")).toStdString());
        QVERIFY(store);
        Result<InterviewRecord> record = (*store)->record(id);
        QVERIFY(record);
        QCOMPARE(record->status, InterviewStatus::Completed);
        QCOMPARE(record->unanswered, 0);
        QCOMPARE(record->household, std::string("H-0001"));

        // The same scenario applied through the engine, in a store of its own.
        QTemporaryDir other;
        Result<std::unique_ptr<Store>> reference =
            Store::open(QDir(other.path()).filePath(QStringLiteral("ref.db")).toStdString());
        QVERIFY(reference);
        auto form = FormLoader::load(":/forms/household-survey.json", FormSource::reader()).form;
        auto session = InterviewSession::create(**reference, form, "H-0001", "E-017");
        QVERIFY(session);
        QVERIFY(applyScript(**session, scenario));
        const auto expected = answersOf(**reference, (*session)->id());
        const auto got = answersOf(**store, id);
        QCOMPARE(got.size(), expected.size());
        for (const auto &[path, value] : expected) {
            QVERIFY2(got.count(path), path.c_str());
            QVERIFY2(got.at(path) == value,
                     (path + ": " + got.at(path).debugText() + " != " + value.debugText()).c_str());
        }
        Result<InterviewContent> content = (*store)->content(id);
        QCOMPARE(content->rows.size(), size_t(5)); // three members, Ana's two trainings
    }

    // Keys arrive while answers are committed (Enter, a text saved after a pause, other answers
    // saved by a timer): every keystroke lands in its field, in order.
    void fastTypingLosesNothing()
    {
        QTemporaryDir dir;
        auto w = openWindow(dir.path());
        QVERIFY(w);
        QVERIFY(w->startInterview(QStringLiteral("H-0300")));
        Driver d(*w);
        d.choose("consent", 1);
        d.addRow("members");
        d.addRow("members");
        d.question("members[1].name")->focusEditor();
        QTRY_COMPARE(d.focusedPath(), std::string("members[1].name"));

        // A keyboard that types one key per turn of the event loop into whatever has the
        // focus, and a timer that saves another answer at every turn meanwhile.
        const QString typed = QStringLiteral("Ana Lucía Quispe Mamani\n2\n38\n1\n");
        int next = 0;
        QTimer keyboard;
        keyboard.setInterval(0);
        QObject::connect(&keyboard, &QTimer::timeout, [&] {
            if (next >= typed.size()) {
                keyboard.stop();
                return;
            }
            Driver::keys(typed.mid(next++, 1));
        });
        int saves = 0;
        QTimer saver;
        saver.setInterval(0);
        InterviewScreen *screen = w->interviewScreen();
        const Instance otherName = d.at("members[2].name");
        QObject::connect(&saver, &QTimer::timeout, [&] {
            QString refusal;
            screen->setAnswer(otherName, Value::text("Carlos " + std::to_string(saves++)),
                              &refusal);
        });
        keyboard.start();
        saver.start();
        QTRY_VERIFY_WITH_TIMEOUT(!keyboard.isActive(), 30000);
        saver.stop();
        QVERIFY(saves > 10);
        const std::string id = screen->session().id();
        auto stored = answersOf(w->store(), id);
        QCOMPARE(stored["members[1].name"], Value::text("Ana Lucía Quispe Mamani"));
        QCOMPARE(stored["members[1].sex"], Value::number(2));
        QCOMPARE(stored["members[1].age"], Value::number(38));
        QCOMPARE(stored["members[1].relationship"], Value::number(1));

        // A text saved after a pause in typing is not written back into the field while the
        // enumerator types on.
        auto *name = qobject_cast<LineQuestionWidget *>(d.question("members[2].name"));
        QTest::mouseClick(name->editor(), Qt::LeftButton);
        name->editor()->selectAll();
        typeText(name->editor(), QStringLiteral("Carlos "));
        QTRY_COMPARE_WITH_TIMEOUT(answersOf(w->store(), id)["members[2].name"],
                                  Value::text("Carlos"), 3000);
        typeText(name->editor(), QStringLiteral("Alberto"));
        QCOMPARE(name->editor()->text(), QStringLiteral("Carlos Alberto"));
        QTest::keyClick(name->editor(), Qt::Key_Return);
        QCOMPARE(answersOf(w->store(), id)["members[2].name"], Value::text("Carlos Alberto"));
    }
};

QTEST_MAIN(HouseholdGuiTest)
#include "household_gui_test.moc"
