// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line verbs, run as a designer or a script runs them: the real binary, its exit
// status, what it writes to stdout and to stderr.
#include <QProcess>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>

using ::testing::HasSubstr;

namespace {

struct Outcome
{
    int status = -1;
    std::string out;
    std::string err;
};

Outcome enumera(const QStringList &args, const QString &workingDirectory = {})
{
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(QStringLiteral(ENUMERA_BINARY), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            p.readAllStandardOutput().toStdString(), p.readAllStandardError().toStdString()};
}

class Cli : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    QString write(const QString &name, const std::string &content)
    {
        const QString path = dir.filePath(name);
        std::ofstream(path.toStdString(), std::ios::binary) << content;
        return path;
    }

    QString form()
    {
        return write("form.json",
                     R"~({"form": "f", "version": "1", "title": "F", "languages": ["en"],
 "sections": [{"section": "s", "title": "S", "items": [
  {"name": "q1", "type": "single", "label": "Q1", "options": [{"code": 1, "label": "Yes"},
   {"code": 0, "label": "No"}]},
  {"name": "q2", "type": "integer", "label": "Days", "relevant": "q1 == 1",
   "range": {"min": 1, "max": 7}}]}]}
)~");
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(Cli, validateAcceptsAGoodForm)
{
    const Outcome r = enumera({"validate", form()});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("2 questions, 0 errors, 0 warnings"));
    EXPECT_EQ(r.err, "");
}

TEST_F(Cli, validateReportsEveryDiagnosticLikeACompilerAndExitsOne)
{
    const QString bad =
        write("bad.json", R"~({"form": "f", "version": "1", "title": "F", "languages": ["en"],
 "sections": [{"section": "s", "title": "S", "items": [
  {"name": "q1", "type": "integer", "label": "Q1", "relevant": "q9 > 1"},
  {"name": "q1", "type": "text", "label": "Again"}]}]}
)~");
    const Outcome r = enumera({"validate", bad}, dir.path());
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr(bad.toStdString() +
                                 ":4:3: error: the name 'q1' is used twice: "
                                 "here and at " +
                                 bad.toStdString() +
                                 " /sections/0/items/0 "
                                 "[/sections/0/items/1]\n"));
    EXPECT_THAT(r.err, HasSubstr(bad.toStdString() +
                                 ":3:65: error: unknown name 'q9' in the "
                                 "relevance of 'q1' [/sections/0/items/0/relevant]\n"));
    EXPECT_EQ(r.out, "");
}

TEST_F(Cli, usageErrorsExitTwo)
{
    EXPECT_EQ(enumera({"validate"}).status, 2);
    EXPECT_EQ(enumera({"frobnicate"}).status, 2);
    EXPECT_EQ(enumera({"replay", "--form", form()}).status, 2);
    EXPECT_EQ(enumera({"replay", "--bogus", "x"}).status, 2);
    EXPECT_EQ(enumera({"help"}).status, 0);
}

TEST_F(Cli, testCountsExpectationsAndNamesEachFailure)
{
    const QString scenario = write("s.jsonl", R"~(# q1 = No hides q2
{"answer": "q1", "value": 0}
{"expect": {"not_relevant": ["q2"], "complete": true}}
{"answer": "q1", "value": 1}
{"expect": {"relevant": ["q2"], "value": {"q1": 0}}}
)~");
    const Outcome r = enumera({"test", form(), scenario});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.out, scenario.toStdString() + ":5: q1: expected 0, found 1\n3 passed, 1 failed\n");
}

TEST_F(Cli, testReportsAMisspeltNameInARowThatDoesNotExist)
{
    const QString roster =
        write("roster.json",
              R"~({"form": "f", "version": "1", "title": "F", "languages": ["en"],
 "sections": [{"section": "s", "title": "S", "items": [
  {"roster": "people", "title": "People", "items": [
   {"name": "age", "type": "integer", "label": "Age"}]}]}]}
)~");
    // No row yet: a question of row 1 is not asked, but a name the form does not have is a
    // mistake in the scenario.
    const QString scenario =
        write("s.jsonl", R"~({"expect": {"not_relevant": ["people[1].age", "people[1].agee"]}}
)~");
    const Outcome r = enumera({"test", roster, scenario});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.out, scenario.toStdString() +
                         ":1: people[1].agee: expected not relevant, found unknown name 'agee' in "
                         "the path 'people[1].agee'\n1 passed, 1 failed\n");
}

TEST_F(Cli, aScenarioThatCannotBeReadIsCountedAndItsColumnGiven)
{
    const QString broken = write("broken.jsonl", "{\"answer\": \n");
    const Outcome r = enumera({"test", form(), broken});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.out, "0 passed, 0 failed; 1 scenario file(s) not run, see above\n");
    EXPECT_THAT(r.err, HasSubstr(broken.toStdString() + ":1: column 12: not valid JSON: "));
    EXPECT_THAT(r.err, Not(HasSubstr("json.exception")));
}

TEST_F(Cli, aDateThatIsNotADayOfTheCalendarIsSaidSo)
{
    const QString dated = write("dated.json",
                                R"~({"form": "f", "version": "1", "title": "F", "languages": ["en"],
 "sections": [{"section": "s", "title": "S", "items": [
  {"name": "visit", "type": "date", "label": "Date of the visit"}]}]}
)~");
    const QString script = write("s.jsonl", "{\"answer\": \"visit\", \"value\": \"2026-02-30\"}\n");
    const Outcome r = enumera({"replay", "--form", dated, "--script", script});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, script.toStdString() +
                         ":1: 'visit' takes a date, and 2026-02-30 is not a day of the calendar\n");
}

TEST_F(Cli, aScriptCompletesTheStoredInterviewAndIsRefusedWhileAnAnswerIsWrong)
{
    const QString wrong = write("wrong.jsonl", "{\"answer\": \"q1\", \"value\": 1}\n"
                                               "{\"answer\": \"q2\", \"value\": 9}\n"
                                               "{\"complete\": true}\n");
    const Outcome refused = enumera({"replay", "--form", form(), "--script", wrong});
    EXPECT_EQ(refused.status, 1);
    EXPECT_EQ(refused.err, wrong.toStdString() + ":3: the interview has 1 error(s) to correct "
                                                 "before it can be completed\n");

    const QString db = dir.filePath("laptop.db");
    const QString good = write("good.jsonl", "{\"answer\": \"q1\", \"value\": 1}\n"
                                             "{\"answer\": \"q2\", \"value\": 3}\n"
                                             "{\"complete\": true}\n");
    const Outcome done = enumera({"replay", "--form", form(), "--script", good, "--db", db});
    ASSERT_EQ(done.status, 0) << done.err;
    EXPECT_THAT(done.out, HasSubstr("\"line\":3}"));
    const Outcome listed = enumera({"interviews", "--db", db, "--json"});
    ASSERT_EQ(listed.status, 0) << listed.err;
    const nlohmann::json list = nlohmann::json::parse(listed.out);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0]["status"], "completed");
    // Completed: read-only to the enumerator's scripts too.
    const QString more = write("more.jsonl", "# the same script, one step more\n#\n#\n"
                                             "{\"answer\": \"q2\", \"value\": 4}\n");
    const Outcome after = enumera({"replay", "--form", form(), "--script", more, "--db", db,
                                   "--interview", QString::fromStdString(list[0]["id"])});
    EXPECT_EQ(after.status, 1);
    EXPECT_THAT(after.err, HasSubstr("the interview is completed and can no longer be changed"));
}

TEST_F(Cli, testPassesAndExitsZero)
{
    const QString scenario = write("s.jsonl", "{\"answer\": \"q1\", \"value\": 1}\n"
                                              "{\"expect\": {\"relevant\": [\"q2\"]}}\n");
    const Outcome r = enumera({"test", form(), scenario});
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    EXPECT_EQ(r.out, "1 passed, 0 failed\n");
}

TEST_F(Cli, replayPrintsTheStateAsOneJsonObject)
{
    const QString script = write("s.jsonl", "{\"answer\": \"q1\", \"value\": 1}\n"
                                            "{\"answer\": \"q2\", \"value\": 9}\n");
    const Outcome r = enumera({"replay", "--form", form(), "--script", script});
    ASSERT_EQ(r.status, 0) << r.err;
    const nlohmann::json state = nlohmann::json::parse(r.out);
    EXPECT_EQ(state["questions"][1]["path"], "q2");
    EXPECT_EQ(state["questions"][1]["value"], 9);
    EXPECT_EQ(state["questions"][1]["outcome"], "out_of_range");
    EXPECT_EQ(state["questions"][1]["messages"],
              nlohmann::json::array({"Out of range: the answer must be between 1 and 7."}));
    EXPECT_EQ(state["completeness"]["errors"], nlohmann::json::array({"q2"}));
    EXPECT_EQ(state["complete"], false);
}

TEST_F(Cli, replayStopsAtAStepThatCannotApplyWithItsLine)
{
    const QString script = write("s.jsonl", "{\"answer\": \"q1\", \"value\": 1}\n"
                                            "{\"answer\": \"q2\", \"value\": \"many\"}\n");
    const Outcome r = enumera({"replay", "--form", form(), "--script", script});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, script.toStdString() + ":2: 'q2' takes a whole number, not \"many\"\n");
    EXPECT_EQ(r.out, "");
    const QString unknown = write("u.jsonl", "{\"answer\": \"members[1].q9\", \"value\": 1}\n");
    const Outcome u = enumera({"replay", "--form", form(), "--script", unknown});
    EXPECT_EQ(u.status, 1);
    EXPECT_EQ(u.err, unknown.toStdString() + ":1: unknown name 'members' in the path "
                                             "'members[1].q9'\n");
}
