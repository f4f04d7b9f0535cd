// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing acknowledged is ever lost: a child process replays a long household interview into a
// database, committing and acknowledging each step, and is killed with SIGKILL at random
// moments. After each kill the database must pass integrity_check, hold every acknowledged
// step, and hold nothing of a step beyond the last one it committed: exactly the interview that
// the committed steps make. The child then resumes with --interview, to the end of the script.
//
// The random seed is printed; ENUMERA_KILL_SEED=N repeats a run.
#include "form/formloader.h"
#include "scenario/script.h"
#include "store/session.h"
#include "store/store.h"

#include <QProcess>
#include <QTemporaryDir>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <signal.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <thread>

using namespace enumera;
using json = nlohmann::json;

namespace {

const std::string surveyPath = std::string(REPOSITORY) + "/forms/household-survey.json";

// A long, valid script: twelve members, every relevant question answered in the order the
// engine asks for it, with values of the right type (the first option: trained, working, ...).
std::string longScript(const std::shared_ptr<const Form> &form)
{
    Interview interview(form);
    std::string script;
    auto step = [&](const json &j) {
        Result<Script> parsed = parseScript("generated", j.dump());
        EXPECT_TRUE(parsed.ok());
        EXPECT_TRUE(applyStep(interview, parsed->steps.front()).ok()) << j.dump();
        script += j.dump() + "\n";
    };
    step({{"answer", "consent"}, {"value", 1}});
    step({{"answer", "household_id"}, {"value", "HH-ñandú-001"}});
    step({{"answer", "interview_date"}, {"value", "2026-03-02"}});
    for (int m = 1; m <= 12; ++m) {
        const std::string row = "members[" + std::to_string(m) + "]";
        step({{"add_row", "members"}});
        step({{"answer", row + ".name"}, {"value", "Persona " + std::to_string(m) + " Ção"}});
        step({{"answer", row + ".age"}, {"value", 16 + 3 * m}});
    }
    for (int guard = 0; guard < 2000; ++guard) {
        const Completeness c = interview.completeness();
        if (c.unanswered.empty())
            break;
        const Instance at = c.unanswered.front();
        const Item &item = form->item(at.item);
        json value;
        switch (item.type) {
        case QuestionType::Single:
            value = form->options(item)->options.front().code;
            break;
        case QuestionType::Multiple:
            value = json::array({form->options(item)->options.front().code});
            break;
        case QuestionType::Integer:
        case QuestionType::Decimal:
            value = item.min ? *item.min : 1;
            break;
        case QuestionType::Date:
            value = "2026-01-15";
            break;
        default:
            value = "texto ñ " + std::to_string(guard);
            break;
        }
        step({{"answer", interview.pathOf(at)}, {"value", value}});
        // Whoever attended a training lists two.
        if (item.name == "q1" && value == 1)
            for (int t = 0; t < 2; ++t)
                step({{"add_row", interview.pathOf(*at.row) + ".trainings"}});
    }
    return script;
}

// What a committed prefix of the script must leave in the database: every stored answer and
// every row, by path.
struct Snapshot
{
    std::map<std::string, std::string> answers;
    std::vector<std::string> rows;
    bool operator==(const Snapshot &) const = default;
};

Snapshot expectedAfter(const std::shared_ptr<const Form> &form, const Script &script, int line)
{
    Interview interview(form);
    for (const Step &s : script.steps) {
        if (s.line <= line) {
            EXPECT_TRUE(applyStep(interview, s).ok());
        }
    }
    Snapshot snap;
    interview.forEachInstance([&](const Instance &i) {
        const Item &item = form->item(i.item);
        if (item.isAsked() && interview.answer(i).isKnown())
            snap.answers[interview.pathOf(i)] = interview.answer(i).debugText();
        if (item.kind == ItemKind::Roster)
            for (const auto &row : interview.rows(i))
                snap.rows.push_back(interview.pathOf(*row));
        return true;
    });
    std::sort(snap.rows.begin(), snap.rows.end());
    return snap;
}

Snapshot stored(const InterviewContent &content)
{
    Snapshot snap;
    for (const StoredAnswer &a : content.answers)
        snap.answers[a.path] = a.value.debugText();
    snap.rows = content.rows;
    std::sort(snap.rows.begin(), snap.rows.end());
    return snap;
}

} // namespace

TEST(KillTest, noAcknowledgedStepIsEverLost)
{
    LoadResult loaded = FormLoader::loadFile(surveyPath);
    ASSERT_TRUE(loaded.form) << loaded.diagnostics.formatAll();
    const std::shared_ptr<const Form> form = loaded.form;

    QTemporaryDir dir;
    const std::string scriptPath = dir.filePath("household.jsonl").toStdString();
    const std::string dbPath = dir.filePath("enumera.db").toStdString();
    std::ofstream(scriptPath) << longScript(form);
    Result<Script> script = readScript(scriptPath);
    ASSERT_TRUE(script.ok());
    const int lastLine = script->steps.back().line;
    ASSERT_GT(lastLine, 300);

    const char *fixed = std::getenv("ENUMERA_KILL_SEED");
    const unsigned seed = fixed ? unsigned(std::stoul(fixed)) : std::random_device{}();
    std::cout << "kill test seed " << seed << " (ENUMERA_KILL_SEED=" << seed << " repeats it), "
              << lastLine << " script lines" << std::endl;
    std::mt19937 random(seed);

    int kills = 0, acknowledged = 0, finished = 0;
    std::string interview; // the interview being replayed; "" to start a new one
    while (kills < 20 || acknowledged < 200) {
        QProcess child;
        QStringList args{"replay",
                         "--form",
                         QString::fromStdString(surveyPath),
                         "--script",
                         QString::fromStdString(scriptPath),
                         "--db",
                         QString::fromStdString(dbPath)};
        if (!interview.empty())
            args << "--interview" << QString::fromStdString(interview);
        child.start(QStringLiteral(ENUMERA_BINARY), args);
        ASSERT_TRUE(child.waitForStarted(10000));
        // Kill after a random number of acknowledgements, at a random moment after the last
        // one: often in the middle of the next commit.
        const int acksBeforeKill = std::uniform_int_distribution<int>(1, 40)(random);
        const int microseconds = std::uniform_int_distribution<int>(0, 4000)(random);
        int acksThisRun = 0, lastAck = 0;
        bool killed = false, exited = false;
        std::string pending;
        while (!killed && !exited) {
            if (!child.waitForReadyRead(20000)) {
                exited = child.state() == QProcess::NotRunning;
                ASSERT_TRUE(exited) << "the replay stalled";
                break;
            }
            pending += child.readAllStandardOutput().toStdString();
            for (size_t nl; (nl = pending.find('\n')) != std::string::npos;) {
                const json line = json::parse(pending.substr(0, nl), nullptr, false);
                pending.erase(0, nl + 1);
                if (!line.is_object() || !line.contains("line"))
                    continue; // the final state
                lastAck = line["line"].get<int>();
                interview = line["interview"].get<std::string>();
                ++acksThisRun;
                ++acknowledged;
                if (acksThisRun == acksBeforeKill && lastAck < lastLine) {
                    std::this_thread::sleep_for(std::chrono::microseconds(microseconds));
                    ::kill(pid_t(child.processId()), SIGKILL);
                    killed = true;
                    break;
                }
            }
        }
        child.waitForFinished(20000);
        // What the child printed before it died counts too: every line it wrote was acknowledged
        // after its commit.
        pending += child.readAllStandardOutput().toStdString();
        for (size_t nl; (nl = pending.find('\n')) != std::string::npos;) {
            const json line = json::parse(pending.substr(0, nl), nullptr, false);
            pending.erase(0, nl + 1);
            if (line.is_object() && line.contains("line")) {
                lastAck = line["line"].get<int>();
                interview = line["interview"].get<std::string>();
                ++acknowledged;
            }
        }
        if (killed)
            ++kills;
        else
            ASSERT_EQ(child.exitCode(), 0) << child.readAllStandardError().toStdString();

        // The database as the app would find it after the crash.
        {
            SQLite::Database db(dbPath, SQLite::OPEN_READWRITE);
            ASSERT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok")
                << "after kill " << kills << " (seed " << seed << ")";
        }
        Result<std::unique_ptr<Store>> store = Store::open(dbPath);
        ASSERT_TRUE(store.ok()) << store.error();
        if (interview.empty())
            continue; // killed before the first acknowledgement: nothing to check yet
        Result<InterviewContent> content = (*store)->content(interview);
        ASSERT_TRUE(content.ok()) << content.error();
        const int committed = content->record.scriptLine;
        ASSERT_GE(committed, lastAck) << "an acknowledged step is missing (seed " << seed << ")";
        // At most the one step after the last acknowledgement may have committed unseen.
        int next = lastAck;
        for (const Step &s : script->steps)
            if (s.line > lastAck) {
                next = s.line;
                break;
            }
        ASSERT_LE(committed, next) << "(seed " << seed << ")";
        ASSERT_EQ(stored(*content), expectedAfter(form, *script, committed))
            << "the database holds something other than the committed steps (seed " << seed
            << ", line " << committed << ")";
        if (committed == lastLine) {
            ++finished;
            interview.clear(); // the script is done: the next run starts a new interview
        }
    }
    // The last interview is resumed once more, without a kill, to the end of the script.
    if (!interview.empty()) {
        QProcess child;
        child.start(QStringLiteral(ENUMERA_BINARY),
                    {"replay", "--form", QString::fromStdString(surveyPath), "--script",
                     QString::fromStdString(scriptPath), "--db", QString::fromStdString(dbPath),
                     "--interview", QString::fromStdString(interview)});
        ASSERT_TRUE(child.waitForFinished(60000));
        ASSERT_EQ(child.exitCode(), 0) << child.readAllStandardError().toStdString();
        Result<std::unique_ptr<Store>> store = Store::open(dbPath);
        ASSERT_TRUE(store.ok()) << store.error();
        Result<InterviewContent> content = (*store)->content(interview);
        ASSERT_TRUE(content.ok()) << content.error();
        EXPECT_EQ(content->record.scriptLine, lastLine);
        EXPECT_EQ(stored(*content), expectedAfter(form, *script, lastLine));
        ++finished;
    }
    std::cout << kills << " kills, " << acknowledged << " acknowledged steps, " << finished
              << " interviews replayed to the end" << std::endl;
    EXPECT_GE(kills, 20);
    EXPECT_GE(acknowledged, 200);
}
