// SPDX-License-Identifier: GPL-3.0-or-later
// Sync throughput: N enumerators' laptops push M household interviews each, all at once, to a
// supervisor's server (enumera serve, a child process, TLS on loopback). Measures interviews
// per second, the latency of each push request (median, 99th percentile) and the server's peak
// memory (VmHWM). See bench/README.md, "Sync".
//
// The households are synthetic (bench/export/synthetic.h): every relevant question answered.
// One laptop's interviews are made through sessions as the app makes them, once, into a
// template database that is kept; each laptop is a copy of it with interview ids of its own.
#include "form/formloader.h"
#include "store/session.h"
#include "sync/client.h"
#include "sync/team.h"
#include "synthetic.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <random>

#include <unistd.h>

using namespace enumera;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct Options
{
    int clients = 20;
    int interviews = 100;
    int batch = 20;
    bool tls = true;
    std::string binary;
    std::string work = "sync-bench";
    std::string form = ENUMERA_SURVEY;
};

int fail(const std::string &message)
{
    std::cerr << "syncbench: " << message << '\n';
    return 1;
}

// A household filled through a session, as the app fills it, then completed when it can be.
bool makeHousehold(Store &store, const std::shared_ptr<const Form> &form, std::mt19937 &random,
                   int n, bool &completed)
{
    struct Step
    {
        bool addRow;
        std::string path;
        Value value;
    };
    std::vector<Step> steps;
    Interview plan(form);
    bench::Filler filler(plan, random);
    filler.fill(
        [&](const Instance &at, const Value &value) {
            if (plan.setAnswer(at, value).stored())
                steps.push_back({false, plan.pathOf(at), value});
        },
        [&](const Instance &roster) {
            if (plan.addRow(roster))
                steps.push_back({true, plan.pathOf(roster), Value()});
        });
    Result<std::unique_ptr<InterviewSession>> created =
        InterviewSession::create(store, form, "HH-" + std::to_string(n), "E00");
    if (!created)
        return false;
    InterviewSession &s = **created;
    for (const Step &step : steps) {
        Result<Instance> at = s.interview().resolve(step.path);
        if (!at)
            return false;
        if (step.addRow ? !s.addRow(*at).ok() : !s.setAnswer(*at, step.value).ok())
            return false;
    }
    completed = s.complete().ok();
    return true;
}

std::string templatePath(const Options &o)
{
    return o.work + "/template-" + std::to_string(o.interviews) + ".db";
}

int makeTemplate(const Options &o, const std::shared_ptr<const Form> &form)
{
    const std::string path = templatePath(o);
    if (fs::exists(path))
        return 0;
    const std::string building = path + ".building";
    fs::remove(building);
    Result<std::unique_ptr<Store>> store = Store::open(building);
    if (!store)
        return fail(store.error());
    (*store)->database().exec("PRAGMA synchronous = OFF"); // the fixture, not what is measured
    std::mt19937 random(20260302);
    int completed = 0;
    for (int n = 1; n <= o.interviews; ++n) {
        bool done = false;
        if (!makeHousehold(**store, form, random, n, done))
            return fail("a household could not be made");
        completed += done;
    }
    (*store)->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    store->reset();
    fs::rename(building, path);
    std::cerr << "template: " << o.interviews << " households, " << completed << " completed\n";
    return 0;
}

// A laptop: a copy of the template with interview ids and a database identity of its own.
Result<std::unique_ptr<Store>> laptop(const Options &o, int index, const std::string &dir)
{
    const std::string path = dir + "/laptop-" + std::to_string(index) + ".db";
    fs::copy_file(templatePath(o), path, fs::copy_options::overwrite_existing);
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        char prefix[16];
        std::snprintf(prefix, sizeof prefix, "%08x", index);
        const std::string p = prefix;
        // Renaming ids rewrites the event log, which is otherwise append-only.
        db.exec("PRAGMA foreign_keys = OFF");
        db.exec("DROP TRIGGER events_are_not_updated");
        for (const char *table : {"rows", "answers", "confirmations", "comments", "events"})
            db.exec(std::string("UPDATE ") + table + " SET interview = '" + p +
                    "' || substr(interview, 9)");
        db.exec("UPDATE interviews SET id = '" + p + "' || substr(id, 9), owner = 'E" +
                std::to_string(index) + "'");
        db.exec("UPDATE events SET user = 'E" + std::to_string(index) + "'");
        db.exec("CREATE TRIGGER events_are_not_updated BEFORE UPDATE ON events BEGIN SELECT "
                "RAISE(ABORT, 'the event log is append-only'); END");
        db.exec("UPDATE sync_identity SET database_id = lower(hex(randomblob(16)))");
    }
    return Store::open(path);
}

long peakMemoryKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLong();
    return -1;
}

// User and system CPU seconds a process has used (/proc/PID/stat, fields 14 and 15).
double cpuSeconds(qint64 pid)
{
    QFile stat(pid ? QStringLiteral("/proc/%1/stat").arg(pid) : QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t at = std::min(values.size() - 1, size_t(std::ceil(p * double(values.size()))) - 1);
    return values[at];
}

int run(const Options &o)
{
    LoadResult loaded = FormLoader::loadFile(o.form);
    if (!loaded.form)
        return fail(loaded.diagnostics.formatAll());
    fs::create_directories(o.work);
    if (int r = makeTemplate(o, loaded.form))
        return r;
    const std::string dir = o.work + "/run";
    fs::remove_all(dir);
    fs::create_directories(dir);

    // The supervisor: a team, and the server as a child process.
    const std::string database = dir + "/supervisor.db";
    std::vector<sync::Invitation> invitations;
    {
        Result<std::unique_ptr<Store>> store = Store::open(database);
        if (!store)
            return fail(store.error());
        sync::Team team(**store);
        for (int i = 1; i <= o.clients; ++i) {
            Result<sync::Invitation> invitation =
                team.add("Enumerator " + std::to_string(i), "E" + std::to_string(i));
            if (!invitation)
                return fail(invitation.error());
            invitations.push_back(*invitation);
        }
    }
    QProcess server;
    QStringList arguments = {"serve", "--db", QString::fromStdString(database), "--listen",
                             "127.0.0.1:0"};
    if (!o.tls)
        arguments << "--insecure-http";
    server.start(QString::fromStdString(o.binary), arguments);
    QByteArray out;
    QString url;
    static const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
    while (url.isEmpty()) {
        if (!server.waitForReadyRead(30000))
            return fail("the server did not start: " + server.readAllStandardError().toStdString());
        out += server.readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch())
            url = m.captured(1);
    }

    // The laptops, paired.
    std::vector<std::unique_ptr<Store>> stores;
    std::vector<std::unique_ptr<sync::SyncClient>> clients;
    for (int i = 1; i <= o.clients; ++i) {
        Result<std::unique_ptr<Store>> store = laptop(o, i, dir);
        if (!store)
            return fail(store.error());
        stores.push_back(std::move(*store));
        clients.push_back(std::make_unique<sync::SyncClient>(*stores.back()));
        sync::PairOptions pairing;
        pairing.serverUrl = url.toStdString();
        pairing.code = invitations[size_t(i - 1)].pairingCode;
        pairing.insecureHttp = !o.tls;
        if (Result<sync::Pairing> p = clients.back()->pairAndWait(pairing); !p)
            return fail(p.error());
    }
    const long before = peakMemoryKiB(server.processId());
    const double serverCpuBefore = cpuSeconds(server.processId());
    const double clientCpuBefore = cpuSeconds(0);

    // All at once.
    std::vector<double> latencies;
    std::map<sync::SyncClient *, std::chrono::steady_clock::time_point> sent;
    int finished = 0, pushed = 0, failed = 0;
    QEventLoop loop;
    for (auto &client : clients) {
        sync::SyncClient *c = client.get();
        QObject::connect(c, &sync::SyncClient::batchSent,
                         [&, c](int) { sent[c] = std::chrono::steady_clock::now(); });
        QObject::connect(c, &sync::SyncClient::batchAcknowledged, [&, c](int receipts) {
            latencies.push_back(std::chrono::duration<double, std::milli>(
                                    std::chrono::steady_clock::now() - sent[c])
                                    .count());
            pushed += receipts;
        });
        QObject::connect(c, &sync::SyncClient::finished, [&](const sync::SyncReport &r) {
            if (!r.status)
                ++failed, std::cerr << "syncbench: " << r.status.error() << '\n';
            if (++finished == o.clients)
                loop.quit();
        });
    }
    QElapsedTimer wall;
    wall.start();
    for (auto &client : clients) {
        sync::SyncOptions options;
        options.includeInProgress = true; // random households that cannot complete go too
        options.batchSize = o.batch;
        client->synchronise(options);
    }
    loop.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const long peak = peakMemoryKiB(server.processId());
    const double serverCpu = cpuSeconds(server.processId());
    const double clientCpu = cpuSeconds(0);
    server.terminate();
    server.waitForFinished();

    Result<std::unique_ptr<Store>> check = Store::open(database);
    const int stored =
        check ? (*check)->database().execAndGet("SELECT count(*) FROM interviews").getInt() : -1;
    const json result = {{"clients", o.clients},
                         {"interviews_per_client", o.interviews},
                         {"interviews_pushed", pushed},
                         {"interviews_on_server", stored},
                         {"failed_clients", failed},
                         {"tls", o.tls},
                         {"batch", o.batch},
                         {"seconds", seconds},
                         {"interviews_per_second", double(pushed) / seconds},
                         {"push_requests", latencies.size()},
                         {"push_latency_ms_p50", percentile(latencies, 0.50)},
                         {"push_latency_ms_p99", percentile(latencies, 0.99)},
                         {"push_latency_ms_max", percentile(latencies, 1.0)},
                         {"server_cpu_seconds", serverCpu - serverCpuBefore},
                         {"laptops_cpu_seconds", clientCpu - clientCpuBefore},
                         {"server_peak_rss_kib_before_push", before},
                         {"server_peak_rss_kib", peak},
                         {"database_bytes", fs::file_size(database)}};
    std::cout << result.dump() << '\n';
    return stored == o.clients * o.interviews && failed == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    const std::vector<std::string> args(argv + 1, argv + argc);
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        const bool more = i + 1 < args.size();
        if (a == "--clients" && more)
            o.clients = std::stoi(args[++i]);
        else if (a == "--interviews" && more)
            o.interviews = std::stoi(args[++i]);
        else if (a == "--batch" && more)
            o.batch = std::stoi(args[++i]);
        else if (a == "--binary" && more)
            o.binary = args[++i];
        else if (a == "--work" && more)
            o.work = args[++i];
        else if (a == "--insecure-http")
            o.tls = false;
        else
            return fail("usage: enumera_sync_bench --binary ENUMERA [--clients 20] [--interviews "
                        "100] [--batch 20] [--work DIR] [--insecure-http]");
    }
    if (o.binary.empty())
        return fail("give --binary, the enumera executable that serves");
    return run(o);
}
