// SPDX-License-Identifier: GPL-3.0-or-later
// The time an enumerator waits for an answer to be saved: InterviewSession::setAnswer, which
// checks the answer, works out what follows from it and commits it durably with its event,
// against the limit the disk sets: a bare SQLite commit of one row, WAL and synchronous FULL,
// on the same disk in the same run. Both are timed answer by answer, in alternating blocks so
// that both see the disk in the same state; the figures are the median and the 99th
// percentile. Households of the household survey are filled as an enumerator fills them
// (every relevant question in order, four members on average, two trainings each).
//
//   enumera_save_bench --dir DIR [--answers 2000] [--block 100] [--form FORM]
//                      [--synchronous off]
//
// Prints one JSON object; --check (the CTest smoke pass) exits 1 unless every answer was saved.

#include "form/formloader.h"
#include "store/session.h"
#include "synthetic.h"

#include <QCoreApplication>

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>

using namespace enumera;
using json = nlohmann::json;
using Steady = std::chrono::steady_clock;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t at = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[at];
}

double mean(const std::vector<double> &v)
{
    double sum = 0;
    for (double x : v)
        sum += x;
    return v.empty() ? 0 : sum / double(v.size());
}

json figures(const std::vector<double> &us)
{
    return {{"samples", us.size()},
            {"median_us", percentile(us, 0.5)},
            {"p99_us", percentile(us, 0.99)},
            {"mean_us", mean(us)}};
}

void removeDatabase(const std::string &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path + suffix);
}

// The limit: one row, one durable commit, the statement prepared once.
class BareCommit
{
public:
    BareCommit(const std::string &path, const std::string &synchronous)
        : m_db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE)
    {
        m_db.exec("PRAGMA journal_mode = WAL");
        m_db.exec("PRAGMA synchronous = " + synchronous);
        m_db.exec("CREATE TABLE IF NOT EXISTS answers (id INTEGER PRIMARY KEY, value TEXT)");
        m_insert = std::make_unique<SQLite::Statement>(
            m_db, "INSERT OR REPLACE INTO answers (id, value) VALUES (?, ?)");
    }

    // One transaction that changes one row in each of `tables` tables: as many B-tree pages
    // written to the log before the commit's one flush as a session's answer writes.
    double commitSpread(int tables)
    {
        if (m_spread.empty()) {
            for (int t = 0; t < tables; ++t) {
                const std::string name = "spread" + std::to_string(t);
                m_db.exec("CREATE TABLE IF NOT EXISTS " + name +
                          " (id INTEGER PRIMARY KEY, value TEXT)");
                m_spread.push_back(std::make_unique<SQLite::Statement>(
                    m_db, "INSERT OR REPLACE INTO " + name + " (id, value) VALUES (?, ?)"));
            }
        }
        const auto start = Steady::now();
        m_db.exec("BEGIN IMMEDIATE");
        ++m_next;
        for (auto &insert : m_spread) {
            insert->bind(1, m_next);
            insert->bind(2, "Panadería San José");
            insert->exec();
            insert->reset();
        }
        m_db.exec("COMMIT");
        return std::chrono::duration<double, std::micro>(Steady::now() - start).count();
    }

    double commit()
    {
        const auto start = Steady::now();
        m_insert->bind(1, ++m_next);
        m_insert->bind(2, "Panadería San José");
        m_insert->exec();
        m_insert->reset();
        return std::chrono::duration<double, std::micro>(Steady::now() - start).count();
    }

    std::pair<std::string, std::string> durability()
    {
        static const char *const names[] = {"off", "normal", "full", "extra"};
        const int sync = m_db.execAndGet("PRAGMA synchronous").getInt();
        return {m_db.execAndGet("PRAGMA journal_mode").getString(),
                sync >= 0 && sync <= 3 ? names[sync] : std::to_string(sync)};
    }

private:
    SQLite::Database m_db;
    std::unique_ptr<SQLite::Statement> m_insert;
    std::vector<std::unique_ptr<SQLite::Statement>> m_spread;
    int64_t m_next = 0;
};

// Answers given through sessions, household after household, each one timed.
class SessionAnswers
{
public:
    SessionAnswers(Store &store, std::shared_ptr<const Form> form)
        : m_store(store)
        , m_form(std::move(form))
    {}

    // Times `count` answers; returns false if one could not be saved.
    bool answer(size_t count, std::vector<double> &times, int &statements)
    {
        while (count > 0) {
            if (m_pending.empty() && !nextHousehold())
                return false;
            // Replays what the filler chose, one answer at a time, on the stored session.
            const Planned p = m_pending.front();
            m_pending.erase(m_pending.begin());
            if (p.addRow) {
                Result<Instance> roster = m_session->interview().resolve(p.path);
                if (!roster || !m_session->addRow(*roster))
                    return false;
                continue;
            }
            Result<Instance> at = m_session->interview().resolve(p.path);
            if (!at)
                return false;
            m_statements = 0;
            m_frames = 0;
            const auto start = Steady::now();
            Result<SetResult> r = m_session->setAnswer(*at, p.value);
            times.push_back(
                std::chrono::duration<double, std::micro>(Steady::now() - start).count());
            statements = std::max(statements, m_statements);
            m_framesPerAnswer.push_back(double(m_frames));
            if (!r || !r->stored())
                return false;
            --count;
        }
        return true;
    }

    // The pages each answer's commit writes to the log. The hook replaces SQLite's own, which
    // checkpoints the log once it holds 1,000 pages; it does the same.
    void countFrames(sqlite3 *db)
    {
        sqlite3_wal_hook(
            db,
            [](void *self, sqlite3 *connection, const char *name, int frames) {
                auto *me = static_cast<SessionAnswers *>(self);
                me->m_frames = frames > me->m_walFrames ? frames - me->m_walFrames : frames;
                me->m_walFrames = frames;
                if (frames >= 1000) {
                    sqlite3_wal_checkpoint_v2(connection, name, SQLITE_CHECKPOINT_PASSIVE, nullptr,
                                              nullptr);
                    me->m_walFrames = 0;
                }
                return SQLITE_OK;
            },
            this);
    }
    const std::vector<double> &framesPerAnswer() const { return m_framesPerAnswer; }

    void countStatements(sqlite3 *db)
    {
        sqlite3_trace_v2(
            db, SQLITE_TRACE_STMT,
            [](unsigned, void *self, void *, void *) {
                ++static_cast<SessionAnswers *>(self)->m_statements;
                return 0;
            },
            this);
    }

private:
    struct Planned
    {
        bool addRow = false;
        std::string path;
        Value value;
    };

    bool nextHousehold()
    {
        // The plan: what an enumerator would answer, worked out on an interview of its own.
        Interview plan(m_form);
        bench::Filler filler(plan, m_random);
        filler.fill(
            [&](const Instance &at, const Value &value) {
                const SetResult r = plan.setAnswer(at, value);
                if (r.stored())
                    m_pending.push_back({false, plan.pathOf(at), value});
            },
            [&](const Instance &roster) {
                if (plan.addRow(roster))
                    m_pending.push_back({true, plan.pathOf(roster), Value()});
            });
        Result<std::unique_ptr<InterviewSession>> s = InterviewSession::create(
            m_store, m_form, "HH-" + std::to_string(++m_households), "E07");
        if (!s)
            return false;
        m_session = std::move(*s);
        return true;
    }

    Store &m_store;
    std::shared_ptr<const Form> m_form;
    std::mt19937 m_random{20260302};
    std::unique_ptr<InterviewSession> m_session;
    std::vector<Planned> m_pending;
    int m_households = 0;
    int m_statements = 0;
    int m_frames = 0;
    int m_walFrames = 0;
    std::vector<double> m_framesPerAnswer;
};

// Where the time of one answer goes, each part timed on its own: the engine's setAnswer on an
// interview without a store; the walk over the interview that counts answered and unanswered
// questions, which the session does for every answer; and Store::writeAnswer alone, with the
// statements it runs, on the same disk.
json breakdown(Store &store, const std::shared_ptr<const Form> &form, size_t count)
{
    std::mt19937 random(7);
    std::vector<double> engine, walk, write;
    Result<std::string> hash = store.saveForm(*form);
    Result<InterviewRecord> record = store.createInterview(*hash, *form, "HH-W", "E07");
    if (!hash || !record)
        return {};
    while (engine.size() < count) {
        Interview interview(form);
        bench::Filler filler(interview, random);
        filler.fill(
            [&](const Instance &at, const Value &value) {
                const Value old = interview.answer(at);
                auto start = Steady::now();
                const SetResult r = interview.setAnswer(at, value);
                engine.push_back(
                    std::chrono::duration<double, std::micro>(Steady::now() - start).count());
                if (!r.stored())
                    return;
                start = Steady::now();
                Store::Progress progress;
                interview.forEachInstance([&](const Instance &i) {
                    const Item &item = interview.form().item(i.item);
                    if (item.isAsked() && interview.isRelevant(i)) {
                        if (interview.answer(i).isKnown())
                            ++progress.answered;
                        else if (item.required)
                            ++progress.unanswered;
                    }
                    return true;
                });
                const std::string path = interview.pathOf(at);
                walk.push_back(
                    std::chrono::duration<double, std::micro>(Steady::now() - start).count());
                start = Steady::now();
                const Status saved =
                    store.writeAnswer(record->id, "E07", path, old, value, progress);
                write.push_back(
                    std::chrono::duration<double, std::micro>(Steady::now() - start).count());
            },
            [&](const Instance &roster) { interview.addRow(roster); });
    }
    // The same statements as writeAnswer, in one transaction, but prepared once: what the
    // commit costs without preparing its statements again for every answer.
    std::vector<double> prepared;
    {
        SQLite::Database &db = store.database();
        SQLite::Statement put(db, "INSERT OR REPLACE INTO answers (interview, path, kind, value) "
                                  "VALUES (?, ?, ?, ?)");
        SQLite::Statement unconfirm(db, "DELETE FROM confirmations WHERE interview = ? AND path "
                                        "= ?");
        SQLite::Statement event(db, AppendEvent);
        SQLite::Statement touch(db, "UPDATE interviews SET updated_at = ?, updated_offset = ?, "
                                    "answered = ?, unanswered = ?, script_line = max(script_line, "
                                    "?) WHERE id = ?");
        SQLite::Statement begin(db, "BEGIN IMMEDIATE"), commit(db, "COMMIT");
        auto run = [](SQLite::Statement &st) {
            st.exec();
            st.reset();
        };
        for (size_t i = 0; i < count; ++i) {
            const Timestamp at = Timestamp::now();
            const std::string path = "members[1].q" + std::to_string(i % 50);
            const auto start = Steady::now();
            run(begin);
            put.bind(1, record->id);
            put.bind(2, path);
            put.bind(3, "n");
            put.bind(4, std::to_string(i));
            run(put);
            unconfirm.bind(1, record->id);
            unconfirm.bind(2, path);
            run(unconfirm);
            event.bind(1, record->id);
            event.bind(2, at.utc);
            event.bind(3, at.offsetMinutes);
            event.bind(4, "E07");
            event.bind(5, "answer_set");
            event.bind(6, path);
            event.bind(7, "null");
            event.bind(8, std::to_string(i));
            run(event);
            touch.bind(1, at.utc);
            touch.bind(2, at.offsetMinutes);
            touch.bind(3, int(i));
            touch.bind(4, 0);
            touch.bind(5, 0);
            touch.bind(6, record->id);
            run(touch);
            run(commit);
            prepared.push_back(
                std::chrono::duration<double, std::micro>(Steady::now() - start).count());
        }
    }
    return {{"engine_set_answer", figures(engine)},
            {"store_statements_prepared_once", figures(prepared)},
            {"progress_walk_and_path", figures(walk)},
            {"store_write_answer", figures(write)}};
}

std::string option(const std::vector<std::string> &args, const std::string &name,
                   const std::string &fallback)
{
    for (size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == name)
            return args[i + 1];
    return fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::vector<std::string> args(argv + 1, argv + argc);
    const std::string dir = option(args, "--dir", "");
    if (dir.empty()) {
        std::cerr << "usage: enumera_save_bench --dir DIR [--answers 2000] [--block 100] "
                     "[--form FORM] [--synchronous off] [--check]\n";
        return 2;
    }
    const size_t answers = std::stoul(option(args, "--answers", "2000"));
    const size_t block = std::stoul(option(args, "--block", "100"));
    const bool check = std::find(args.begin(), args.end(), "--check") != args.end();
    LoadResult loaded = FormLoader::loadFile(option(args, "--form", ENUMERA_SURVEY));
    if (!loaded.form) {
        std::cerr << loaded.diagnostics.formatAll();
        return 1;
    }

    const std::string barePath = dir + "/save-bare.db";
    const std::string storePath = dir + "/save-session.db";
    removeDatabase(barePath);
    removeDatabase(storePath);
    // --synchronous off (a diagnostic, not the benchmark): no flush on either connection, so
    // that what is left is the work of the processor and the copying of pages.
    const std::string synchronous = option(args, "--synchronous", "full");
    BareCommit bare(barePath, synchronous);
    Result<std::unique_ptr<Store>> store = Store::open(storePath);
    if (!store) {
        std::cerr << store.error() << '\n';
        return 1;
    }
    (*store)->database().exec("PRAGMA synchronous = " + synchronous);
    SessionAnswers sessions(**store, loaded.form);
    sessions.countStatements((*store)->database().getHandle());
    sessions.countFrames((*store)->database().getHandle());

    std::vector<double> bareTimes, sessionTimes, spreadTimes;
    int statements = 0;
    bool ok = true;
    for (size_t done = 0; done < answers && ok; done += block) {
        const size_t n = std::min(block, answers - done);
        for (size_t i = 0; i < n; ++i)
            bareTimes.push_back(bare.commit());
        ok = sessions.answer(n, sessionTimes, statements);
        for (size_t i = 0; i < n; ++i)
            spreadTimes.push_back(bare.commitSpread(3));
    }
    const json bareFigures = figures(bareTimes), sessionFigures = figures(sessionTimes);
    const auto [bareJournal, bareSync] = bare.durability();
    const auto [storeJournal, storeSync] = (*store)->durability();
    std::cout << json{{"directory", dir},
                      {"bare_commit",
                       {{"journal_mode", bareJournal},
                        {"synchronous", bareSync},
                        {"figures", bareFigures}}},
                      {"session_set_answer",
                       {{"journal_mode", storeJournal},
                        {"synchronous", storeSync},
                        {"statements_per_answer", statements},
                        {"log_pages_per_answer",
                         {{"median", percentile(sessions.framesPerAnswer(), 0.5)},
                          {"p90", percentile(sessions.framesPerAnswer(), 0.9)},
                          {"mean", mean(sessions.framesPerAnswer())}}},
                        {"figures", sessionFigures}}},
                      {"bare_commit_of_three_pages", figures(spreadTimes)},
                      {"breakdown",
                       breakdown(**store, loaded.form, std::min<size_t>(answers, 1000))},
                      {"median_ratio", sessionFigures["median_us"].get<double>() /
                                           bareFigures["median_us"].get<double>()},
                      {"p99_ratio", sessionFigures["p99_us"].get<double>() /
                                        bareFigures["p99_us"].get<double>()}}
                     .dump(2)
              << '\n';
    if (!ok)
        std::cerr << "an answer could not be saved\n";
    return ok || !check ? (ok ? 0 : 1) : 1;
}
