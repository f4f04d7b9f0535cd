// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the JSON export on synthetic completed household interviews (forms/household-survey
// .json: four members on average, each through the module with two trainings). The database is
// built in bulk, many interviews per transaction, straight into the store's tables; only the
// export is timed, in a process of its own so that its peak memory is its own.
//
//   enumera_export_bench run --sizes 1000,10000 --dir DIR [--paradata] [--check]
//   enumera_export_bench build --db DB --interviews N [--seed S]
//   enumera_export_bench export --db DB --out FILE [--paradata]
//
// `run` builds DIR/export-N.db for each size, exports it with `export` in a child process and
// prints one JSON line per size. --check exits 1 unless every export holds its N interviews
// (the CTest smoke pass).

#include "export/exporter.h"
#include "form/formloader.h"
#include "store/store.h"
#include "store/valuecodec.h"
#include "synthetic.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSaveFile>

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>

#include <malloc.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace enumera;
using json = nlohmann::json;
using Steady = std::chrono::steady_clock;

namespace {

struct Logged
{
    const char *kind;
    std::string path;
    std::string value; // JSON text
};

// One interview as the engine left it: what the store's tables would hold.
struct Template
{
    std::vector<std::string> rows;
    std::vector<std::pair<std::string, StoredValue>> answers;
    std::vector<Logged> events;
};

Template makeTemplate(const std::shared_ptr<const Form> &form, std::mt19937 &random)
{
    Template t;
    Interview interview(form);
    bench::Filler filler(interview, random);
    filler.fill(
        [&](const Instance &at, const Value &value) {
            if (interview.setAnswer(at, value).stored())
                t.events.push_back({"answer_set", interview.pathOf(at), valueJson(value)});
        },
        [&](const Instance &roster) {
            if (Result<const Row *> row = interview.addRow(roster))
                t.events.push_back({"row_added", interview.pathOf(**row), ""});
        });
    interview.forEachInstance([&](const Instance &at) {
        const Item &item = interview.form().item(at.item);
        if (item.kind == ItemKind::Roster && item.rosterKind == RosterKind::Grown)
            for (const auto &row : interview.rows(at))
                t.rows.push_back(interview.pathOf(*row));
        if (item.isAsked() && interview.answer(at).isKnown())
            t.answers.push_back({interview.pathOf(at), encodeValue(interview.answer(at))});
        return true;
    });
    return t;
}

std::string iso(int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toStdString();
}

std::string uuid(std::mt19937_64 &random)
{
    const uint64_t a = random(), b = random();
    char s[40];
    std::snprintf(s, sizeof s, "%08x-%04x-4%03x-8%03x-%012llx", unsigned(a >> 32),
                  unsigned(a >> 16) & 0xffff, unsigned(a) & 0xfff, unsigned(b >> 48) & 0xfff,
                  static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return s;
}

int build(const std::string &formPath, const std::string &db, int interviews, unsigned seed)
{
    const auto started = Steady::now();
    std::filesystem::remove(db);
    std::filesystem::remove(db + "-wal");
    std::filesystem::remove(db + "-shm");
    LoadResult loaded = FormLoader::loadFile(formPath);
    if (!loaded.form) {
        std::cerr << loaded.diagnostics.formatAll();
        return 1;
    }
    Result<std::unique_ptr<Store>> opened = Store::open(db);
    if (!opened) {
        std::cerr << opened.error() << '\n';
        return 1;
    }
    Store &store = **opened;
    const std::string hash = *store.saveForm(*loaded.form);
    std::mt19937 random(seed);
    std::mt19937_64 ids(seed);
    std::vector<Template> templates;
    for (int i = 0; i < 64; ++i)
        templates.push_back(makeTemplate(loaded.form, random));

    SQLite::Database &d = store.database();
    d.exec("PRAGMA synchronous = OFF"); // the build is not what is measured
    SQLite::Statement interview(
        d, "INSERT INTO interviews (id, form_hash, form_id, form_version, household, owner, "
           "status, created_at, created_offset, updated_at, updated_offset, completed_at, "
           "completed_offset, language) VALUES (?, ?, ?, ?, ?, ?, 'completed', ?, -300, ?, -300, "
           "?, -300, 'es')");
    SQLite::Statement row(d, "INSERT INTO rows (interview, path) VALUES (?, ?)");
    SQLite::Statement answer(d, "INSERT INTO answers (interview, path, kind, value) VALUES (?, "
                                "?, ?, ?)");
    SQLite::Statement event(d, "INSERT INTO events (interview, seq, at, at_offset, user, kind, "
                               "path, old_value, new_value) VALUES (?, ?, ?, -300, ?, ?, ?, "
                               "'null', ?)");
    SQLite::Statement recount(d, RecountInterviewingTime);
    auto run = [](SQLite::Statement &s) {
        s.exec();
        s.reset();
    };
    const int64_t base = QDateTime(QDate(2026, 3, 2), QTime(13, 0), Qt::UTC).toMSecsSinceEpoch();
    size_t rows = 0, answers = 0, events = 0;
    for (int i = 0; i < interviews;) {
        SQLite::Transaction t(d);
        for (int n = 0; n < 500 && i < interviews; ++n, ++i) {
            const Template &tpl = templates[size_t(i) % templates.size()];
            const std::string id = uuid(ids);
            char household[16], owner[8];
            std::snprintf(household, sizeof household, "HH-%06d", i + 1);
            std::snprintf(owner, sizeof owner, "E%02d", i % 40 + 1);
            const int64_t created = base + int64_t(i) * 600000;
            const int64_t completed = created + int64_t(tpl.events.size() + 1) * 15000 + 60000;
            interview.bind(1, id);
            interview.bind(2, hash);
            interview.bind(3, loaded.form->id);
            interview.bind(4, loaded.form->version);
            interview.bind(5, household);
            interview.bind(6, owner);
            interview.bind(7, iso(created));
            interview.bind(8, iso(completed));
            interview.bind(9, iso(completed));
            run(interview);
            for (const std::string &path : tpl.rows) {
                row.bind(1, id);
                row.bind(2, path);
                run(row);
            }
            for (const auto &[path, value] : tpl.answers) {
                answer.bind(1, id);
                answer.bind(2, path);
                answer.bind(3, std::string(1, value.kind));
                answer.bind(4, value.text);
                run(answer);
            }
            int64_t seq = 0;
            auto log = [&](int64_t at, const char *kind, const std::string &path,
                           const std::string &value) {
                event.bind(1, id);
                event.bind(2, ++seq);
                event.bind(3, iso(at));
                event.bind(4, owner);
                event.bind(5, kind);
                event.bind(6, path);
                event.bind(7, value);
                run(event);
            };
            log(created, "created", "", json(household).dump());
            for (size_t k = 0; k < tpl.events.size(); ++k)
                log(created + int64_t(k + 1) * 15000, tpl.events[k].kind, tpl.events[k].path,
                    tpl.events[k].value);
            log(completed, "status_changed", "", "\"completed\"");
            // The interviewing time, as the store keeps it for interviews it receives.
            recount.bind(1, id);
            run(recount);
            rows += tpl.rows.size();
            answers += tpl.answers.size();
            events += tpl.events.size() + 2;
        }
        t.commit();
    }
    d.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    std::cout << json{{"built", db},
                      {"interviews", interviews},
                      {"rows", rows},
                      {"answers", answers},
                      {"events", events},
                      {"database_MB", double(std::filesystem::file_size(db)) / 1e6},
                      {"seconds", std::chrono::duration<double>(Steady::now() - started).count()}}
                     .dump()
              << '\n';
    return 0;
}

size_t heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd;
}

int exportOnce(const std::string &db, const std::string &out, bool paradata)
{
    const auto opening = Steady::now();
    Store::Options options;
    options.readOnly = true;
    Result<std::unique_ptr<Store>> store = Store::open(db, options);
    if (!store) {
        std::cerr << store.error() << '\n';
        return 1;
    }
    const double openSeconds = std::chrono::duration<double>(Steady::now() - opening).count();
    ExportOptions o;
    o.paradata = paradata;
    // The heap in use is sampled each time a piece of the document is written (every 64 KiB):
    // the largest sample is the peak while interviews are exported.
    size_t heapPeak = heapInUse();
    size_t bytes = 0;
    QSaveFile file(QString::fromStdString(out));
    if (!file.open(QIODevice::WriteOnly)) {
        std::cerr << "cannot write " << out << '\n';
        return 1;
    }
    struct rusage before;
    getrusage(RUSAGE_SELF, &before);
    const double cpuBefore = double(before.ru_utime.tv_sec + before.ru_stime.tv_sec) +
                             double(before.ru_utime.tv_usec + before.ru_stime.tv_usec) / 1e6;
    const auto started = Steady::now();
    Result<ExportSummary> r = writeExport(**store, o, [&](std::string_view piece) {
        heapPeak = std::max(heapPeak, heapInUse());
        bytes += piece.size();
        return file.write(piece.data(), qint64(piece.size())) == qint64(piece.size());
    });
    if (!r || !file.commit()) {
        std::cerr << (r ? std::string("cannot write ") + out : r.error()) << '\n';
        return 1;
    }
    const double seconds = std::chrono::duration<double>(Steady::now() - started).count();
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                       double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6 - cpuBefore;
    std::cout << json{{"interviews", r->interviews},
                      {"seconds", seconds},
                      {"interviews_per_second", r->interviews / seconds},
                      {"cpu_seconds", cpu},
                      {"interviews_per_cpu_second", r->interviews / cpu},
                      {"peak_rss_MB", double(usage.ru_maxrss) / 1024.0},
                      {"peak_heap_MB", double(heapPeak) / 1e6},
                      {"export_MB", double(bytes) / 1e6},
                      {"open_seconds", openSeconds},
                      {"paradata", paradata}}
                     .dump()
              << '\n';
    return 0;
}

std::string option(const std::vector<std::string> &args, const std::string &name,
                   const std::string &fallback)
{
    for (size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == name)
            return args[i + 1];
    return fallback;
}

bool flag(const std::vector<std::string> &args, const std::string &name)
{
    return std::find(args.begin(), args.end(), name) != args.end();
}

int runSizes(const std::vector<std::string> &args)
{
    const std::string dir = option(args, "--dir", ".");
    const bool paradata = flag(args, "--paradata");
    const bool check = flag(args, "--check");
    const std::string form = option(args, "--form", ENUMERA_SURVEY);
    std::stringstream sizes(option(args, "--sizes", "1000,10000"));
    bool ok = true;
    for (std::string size; std::getline(sizes, size, ',');) {
        const int n = std::stoi(size);
        const std::string db = dir + "/export-" + size + ".db";
        const std::string out = dir + "/export-" + size + ".json";
        if (build(form, db, n, 20260302) != 0)
            return 1;
        QProcess child;
        QStringList childArgs{QStringLiteral("export"), QStringLiteral("--db"),
                              QString::fromStdString(db), QStringLiteral("--out"),
                              QString::fromStdString(out)};
        if (paradata)
            childArgs << QStringLiteral("--paradata");
        child.start(QCoreApplication::applicationFilePath(), childArgs);
        child.waitForFinished(-1);
        std::cerr << child.readAllStandardError().toStdString();
        const std::string line = child.readAllStandardOutput().toStdString();
        std::cout << line << std::flush;
        if (child.exitCode() != 0)
            return 1;
        if (check) {
            std::ifstream in(out, std::ios::binary);
            const json document = json::parse(in, nullptr, false);
            const bool complete = !document.is_discarded() && document["interview_count"] == n &&
                                  document["interviews"].size() == size_t(n);
            std::cout << (complete ? "ok: " : "FAIL: ") << out << " holds " << n << " interviews\n";
            ok = ok && complete;
        }
    }
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::vector<std::string> args(argv + 1, argv + argc);
    const std::string mode = args.empty() ? "" : args[0];
    if (mode == "run")
        return runSizes(args);
    if (mode == "build" && !option(args, "--db", "").empty())
        return build(option(args, "--form", ENUMERA_SURVEY), option(args, "--db", ""),
                     std::stoi(option(args, "--interviews", "1000")),
                     unsigned(std::stoul(option(args, "--seed", "20260302"))));
    if (mode == "export" && !option(args, "--db", "").empty() && !option(args, "--out", "").empty())
        return exportOnce(option(args, "--db", ""), option(args, "--out", ""),
                          flag(args, "--paradata"));
    std::cerr << "usage: enumera_export_bench run --sizes 1000,10000 --dir DIR [--paradata] "
                 "[--check]\n"
                 "       enumera_export_bench build --db DB --interviews N [--seed S]\n"
                 "       enumera_export_bench export --db DB --out FILE [--paradata]\n";
    return 2;
}
