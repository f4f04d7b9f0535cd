// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccli.h"

#include "form/formloader.h"
#include "store/session.h"
#include "sync/assignments.h"
#include "sync/client.h"
#include "sync/crypto.h"
#include "sync/package.h"
#include "sync/review.h"
#include "sync/server.h"
#include "sync/team.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QSocketNotifier>
#include <QSslCertificate>

#include <nlohmann/json.hpp>

#include <csignal>
#include <iostream>
#include <map>
#include <unistd.h>

namespace enumera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncCli)
};

using nlohmann::json;
using namespace enumera::sync;

constexpr int Ok = 0;
constexpr int InputWrong = 1;
constexpr int Usage = 2;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

void say(const QString &line)
{
    std::cout << line.toStdString() << '\n' << std::flush;
}

void complain(const std::string &verb, const QString &line)
{
    std::cerr << verb << ": " << line.toStdString() << '\n';
}

// Options after the verb: --name value (repeatable), --flag, and positional arguments.
struct Options
{
    std::multimap<std::string, std::string> named;
    std::vector<std::string> flags;
    std::vector<std::string> positional;
    std::string error;

    bool has(const std::string &flag) const
    {
        return std::find(flags.begin(), flags.end(), flag) != flags.end();
    }
    std::string value(const std::string &name, const std::string &otherwise = {}) const
    {
        auto it = named.find(name);
        return it == named.end() ? otherwise : it->second;
    }
    bool given(const std::string &name) const { return named.count(name) > 0; }
    std::vector<std::string> all(const std::string &name) const
    {
        std::vector<std::string> out;
        for (auto [it, end] = named.equal_range(name); it != end; ++it)
            out.push_back(it->second);
        return out;
    }
};

Options parse(const std::vector<std::string> &args, size_t from,
              const std::vector<std::string> &withValue, const std::vector<std::string> &flags)
{
    Options o;
    for (size_t i = from; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a.rfind("--", 0) != 0 || a == "--") {
            o.positional.push_back(a);
        } else if (std::find(flags.begin(), flags.end(), a) != flags.end()) {
            o.flags.push_back(a);
        } else if (std::find(withValue.begin(), withValue.end(), a) == withValue.end()) {
            o.error = Tr::tr("unknown option %1").arg(q(a)).toStdString();
            return o;
        } else if (i + 1 >= args.size()) {
            o.error = Tr::tr("%1 needs a value").arg(q(a)).toStdString();
            return o;
        } else {
            o.named.emplace(a, args[++i]);
        }
    }
    return o;
}

std::unique_ptr<Store> openStore(const std::string &verb, const std::string &path)
{
    Result<std::unique_ptr<Store>> store = Store::open(path);
    if (!store) {
        complain(verb, q(store.error()));
        return nullptr;
    }
    return std::move(*store);
}

int usageError(const std::string &verb, const QString &usage)
{
    complain(verb, Tr::tr("usage: %1").arg(usage));
    return Usage;
}

QString certificateFingerprint(const std::string &database)
{
    QFile file(QString::fromStdString(SyncServer::certificatePath(database)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QSslCertificate certificate(file.readAll(), QSsl::Pem);
    if (certificate.isNull())
        return {};
    return fingerprintText(certificate.digest(QCryptographicHash::Sha256));
}

// --- serve -------------------------------------------------------------------------------------

int stopPipe[2] = {-1, -1};

extern "C" void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(stopPipe[1], &byte, 1);
}

int serve(const std::vector<std::string> &args)
{
    const QString usage = Tr::tr("enumera serve --db DB [--listen ADDRESS:PORT] [--insecure-http]");
    Options o = parse(args, 2, {"--db", "--listen"}, {"--insecure-http"});
    if (!o.error.empty() || !o.given("--db") || !o.positional.empty())
        return usageError("serve", usage);
    SyncServer::Options options;
    options.database = o.value("--db");
    options.insecureHttp = o.has("--insecure-http");
    if (o.given("--listen")) {
        const QString listen = q(o.value("--listen"));
        const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
        bool numeric = false;
        const uint port = colon < 0 ? 0 : listen.mid(colon + 1).toUInt(&numeric);
        QString host = colon < 0 ? QString() : listen.left(colon);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        const QHostAddress address(host);
        if (!numeric || port > 65535 || address.isNull())
            return usageError("serve", Tr::tr("--listen takes ADDRESS:PORT, such as "
                                              "0.0.0.0:8443 or 127.0.0.1:0 (any free port)"));
        options.address = address;
        options.port = quint16(port);
    }
    SyncServer server(options);
    if (Status s = server.start(); !s) {
        complain("serve", q(s.error()));
        return InputWrong;
    }
    say(Tr::tr("listening on %1 for %2").arg(server.url(), q(options.database)));
    if (options.address == QHostAddress::Any || options.address == QHostAddress::AnyIPv4)
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
                say(Tr::tr("also at %1://%2:%3")
                        .arg(options.insecureHttp ? QStringLiteral("http")
                                                  : QStringLiteral("https"),
                             a.toString())
                        .arg(server.port()));
    if (options.insecureHttp)
        say(Tr::tr("plain HTTP: for tests on this computer only; anyone on the network can read "
                   "and change what is sent"));
    else
        say(Tr::tr("certificate SHA-256 %1").arg(server.fingerprint()));

    // SIGINT and SIGTERM stop the server cleanly: what was received is stored and answered.
    if (::pipe(stopPipe) != 0)
        return InputWrong;
    QSocketNotifier notifier(stopPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [&server] {
        server.stop();
        QCoreApplication::quit();
    });
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QCoreApplication::exec();
    server.stop();
    say(Tr::tr("stopped"));
    return Ok;
}

// --- team --------------------------------------------------------------------------------------

void printInvitation(const Invitation &i, const std::string &database)
{
    say(Tr::tr("enumerator %1 (%2)").arg(q(i.enumerator), q(i.name)));
    say(Tr::tr("pairing code %1, for one use, valid until %2").arg(q(i.pairingCode), q(i.expires)));
    const QString fingerprint = certificateFingerprint(database);
    if (!fingerprint.isEmpty())
        say(Tr::tr("server certificate SHA-256 %1").arg(fingerprint));
}

int team(const std::vector<std::string> &args)
{
    const QString usage = Tr::tr("enumera team add --db DB --name NAME [--code CODE] | "
                                 "team code --db DB CODE | team list --db DB [--json] | team "
                                 "revoke --db DB CODE");
    if (args.size() < 3)
        return usageError("team", usage);
    const std::string action = args[2];
    Options o = parse(args, 3, {"--db", "--name", "--code"}, {"--json"});
    if (!o.error.empty() || !o.given("--db"))
        return usageError("team", usage);
    auto store = openStore("team", o.value("--db"));
    if (!store)
        return InputWrong;
    Team t(*store);
    if (action == "add") {
        if (!o.given("--name") || !o.positional.empty())
            return usageError("team", usage);
        Result<Invitation> i = t.add(o.value("--name"), o.value("--code"));
        if (!i) {
            complain("team", q(i.error()));
            return InputWrong;
        }
        printInvitation(*i, store->path());
        return Ok;
    }
    if (action == "code" || action == "revoke") {
        if (o.positional.size() != 1)
            return usageError("team", usage);
        if (action == "revoke") {
            if (Status s = t.revoke(o.positional[0]); !s) {
                complain("team", q(s.error()));
                return InputWrong;
            }
            say(Tr::tr("enumerator %1 revoked: the server refuses that laptop from now on")
                    .arg(q(o.positional[0])));
            return Ok;
        }
        Result<Invitation> i = t.renewCode(o.positional[0]);
        if (!i) {
            complain("team", q(i.error()));
            return InputWrong;
        }
        printInvitation(*i, store->path());
        return Ok;
    }
    if (action == "list") {
        Result<std::vector<TeamMember>> members = t.members();
        if (!members) {
            complain("team", q(members.error()));
            return InputWrong;
        }
        if (o.has("--json")) {
            json out = json::array();
            for (const TeamMember &m : *members)
                out.push_back({{"code", m.code},
                               {"name", m.name},
                               {"status", m.status},
                               {"device", m.device},
                               {"added", m.added},
                               {"paired", m.paired},
                               {"revoked", m.revoked},
                               {"last_seen", m.lastSeen},
                               {"code_waiting", m.codeWaiting}});
            std::cout << out.dump(2) << '\n';
            return Ok;
        }
        for (const TeamMember &m : *members)
            say(QStringLiteral("%1  %2  %3  %4%5")
                    .arg(q(m.code), -6)
                    .arg(q(m.name), -24)
                    .arg(q(m.status), -8)
                    .arg(m.lastSeen.empty() ? Tr::tr("never seen")
                                            : Tr::tr("last seen %1").arg(q(m.lastSeen)))
                    .arg(m.codeWaiting ? Tr::tr("  (a pairing code is waiting)") : QString()));
        return Ok;
    }
    return usageError("team", usage);
}

// --- pair and sync -----------------------------------------------------------------------------

int pair(const std::vector<std::string> &args)
{
    const QString usage = Tr::tr("enumera pair --db DB --server URL --code CODE [--fingerprint "
                                 "HEX] [--device NAME] [--insecure-http]");
    Options o = parse(args, 2, {"--db", "--server", "--code", "--fingerprint", "--device"},
                      {"--insecure-http"});
    if (!o.error.empty() || !o.given("--db") || !o.given("--server") || !o.given("--code") ||
        !o.positional.empty())
        return usageError("pair", usage);
    auto store = openStore("pair", o.value("--db"));
    if (!store)
        return InputWrong;
    PairOptions options;
    options.serverUrl = o.value("--server");
    options.code = o.value("--code");
    options.fingerprint = o.value("--fingerprint");
    options.insecureHttp = o.has("--insecure-http");
    options.device = o.value("--device", QHostInfo::localHostName().toStdString());
    SyncClient client(*store);
    Result<Pairing> paired = client.pairAndWait(options);
    if (!paired) {
        complain("pair", q(paired.error()));
        return InputWrong;
    }
    say(Tr::tr("paired as %1 (%2) with the server at %3")
            .arg(q(paired->enumerator), q(paired->name), q(paired->serverUrl)));
    if (!paired->certificate.isEmpty())
        say(Tr::tr("certificate SHA-256 %1 pinned")
                .arg(fingerprintText(QSslCertificate(paired->certificate, QSsl::Pem)
                                         .digest(QCryptographicHash::Sha256))));
    return Ok;
}

// `finished`: the exchange went to its end. One that stopped early says what was done before
// it stopped, and nothing of what it did not get to.
void printApplied(const Applied &a, int sent, bool finished = true)
{
    const int received = a.reopened + a.approved + a.updated + a.forms + a.assignments;
    if (!finished && sent == 0 && received == 0)
        return;
    if (sent > 0 || a.stored + a.unchanged + a.conflicts > 0)
        say(Tr::tr("sent %1 interview(s): %2 stored, %3 already there, %4 kept beside the "
                   "supervisor's copy as a conflict")
                .arg(sent)
                .arg(a.stored)
                .arg(a.unchanged)
                .arg(a.conflicts));
    else
        say(Tr::tr("nothing to send"));
    if (finished || received > 0)
        say(Tr::tr("received: %1 interview(s) to correct, %2 approved, %3 other change(s), %4 "
                   "new form(s), %5 assignment(s)")
                .arg(a.reopened)
                .arg(a.approved)
                .arg(a.updated)
                .arg(a.forms)
                .arg(a.assignments));
    if (a.keptLocal > 0)
        say(Tr::tr("%1 interview(s) changed on this laptop were not replaced by the server's "
                   "copy; they go to the supervisor at the next sync")
                .arg(a.keptLocal));
    for (const std::string &r : a.refused)
        std::cerr << Tr::tr("refused: %1").arg(q(r)).toStdString() << '\n';
}

int syncExport(const Options &o)
{
    auto store = openStore("sync export", o.value("--db"));
    if (!store)
        return InputWrong;
    const std::string out = o.value("--out");
    if (o.given("--enumerator")) {
        Result<PackageSummary> s = exportSupervisorPackage(*store, o.value("--enumerator"), out);
        if (!s) {
            complain("sync export", q(s.error()));
            return InputWrong;
        }
        say(Tr::tr("%1: what the supervisor sends back to %2 (%3 interview(s))")
                .arg(q(out), q(s->enumerator))
                .arg(s->interviews));
        return Ok;
    }
    Result<PackageSummary> s = exportEnumeratorPackage(*store, out, o.has("--include-in-progress"));
    if (!s) {
        complain("sync export", q(s.error()));
        return InputWrong;
    }
    say(Tr::tr("%1: %2 interview(s) from %3, for the supervisor's laptop (sync import there)")
            .arg(q(out))
            .arg(s->interviews)
            .arg(q(s->enumerator)));
    return Ok;
}

int syncImport(const Options &o)
{
    auto store = openStore("sync import", o.value("--db"));
    if (!store)
        return InputWrong;
    const std::string file = o.positional.front();
    Result<PackageKind> kind = packageKind(file);
    if (!kind) {
        complain("sync import", q(kind.error()));
        return InputWrong;
    }
    if (*kind == PackageKind::FromEnumerator) {
        Result<PackageSummary> s = importEnumeratorPackage(*store, file, o.value("--answer"));
        if (!s) {
            complain("sync import", q(s.error()));
            return InputWrong;
        }
        if (s->replayed)
            say(Tr::tr("%1 was imported before: nothing was stored twice").arg(q(file)));
        say(Tr::tr("from %1: %2 interview(s): %3 stored, %4 already there, %5 conflict(s)")
                .arg(q(s->enumerator))
                .arg(s->interviews)
                .arg(s->applied.stored)
                .arg(s->applied.unchanged)
                .arg(s->applied.conflicts));
        for (const std::string &r : s->applied.refused)
            std::cerr << Tr::tr("refused: %1").arg(q(r)).toStdString() << '\n';
        if (o.given("--answer"))
            say(Tr::tr("%1: the answer, for %2's laptop (sync import there)")
                    .arg(q(o.value("--answer")), q(s->enumerator)));
        return s->applied.refused.empty() ? Ok : InputWrong;
    }
    Result<PackageSummary> s = importSupervisorPackage(*store, file);
    if (!s) {
        complain("sync import", q(s.error()));
        return InputWrong;
    }
    printApplied(s->applied, s->interviews);
    return s->applied.refused.empty() ? Ok : InputWrong;
}

int syncVerb(const std::vector<std::string> &args)
{
    const QString usage =
        Tr::tr("enumera sync --db DB [--server URL] [--include-in-progress] | sync export --db "
               "DB --out FILE [--enumerator CODE] [--include-in-progress] | sync import --db DB "
               "FILE [--answer FILE]");
    const std::string action = args.size() > 2 && args[2].rfind("--", 0) != 0 ? args[2] : "";
    Options o =
        parse(args, action.empty() ? 2 : 3,
              {"--db", "--server", "--out", "--enumerator", "--answer"}, {"--include-in-progress"});
    if (!o.error.empty() || !o.given("--db"))
        return usageError("sync", usage);
    if (action == "export") {
        if (!o.given("--out") || !o.positional.empty())
            return usageError("sync", usage);
        return syncExport(o);
    }
    if (action == "import") {
        if (o.positional.size() != 1)
            return usageError("sync", usage);
        return syncImport(o);
    }
    if (!action.empty() || !o.positional.empty())
        return usageError("sync", usage);
    auto store = openStore("sync", o.value("--db"));
    if (!store)
        return InputWrong;
    SyncOptions options;
    options.serverUrl = o.value("--server");
    options.includeInProgress = o.has("--include-in-progress");
    SyncClient client(*store);
    const SyncReport report = client.synchroniseAndWait(options);
    const Applied &a = report.applied;
    printApplied(a, a.stored + a.unchanged + a.conflicts + int(a.refused.size()),
                 bool(report.status));
    if (!report.status) {
        complain("sync", q(report.status.error()));
        return InputWrong;
    }
    return a.refused.empty() ? Ok : InputWrong;
}

// --- review ------------------------------------------------------------------------------------

int approveOrReject(const std::vector<std::string> &args)
{
    const std::string verb = args[1];
    const QString usage =
        verb == "approve"
            ? Tr::tr("enumera approve --db DB INTERVIEW [--comment TEXT] [--as NAME]")
            : Tr::tr("enumera reject --db DB INTERVIEW --reason TEXT [--comment PATH=TEXT]... "
                     "[--as NAME]");
    Options o = parse(args, 2, {"--db", "--reason", "--comment", "--as"}, {});
    if (!o.error.empty() || !o.given("--db") || o.positional.size() != 1 ||
        (verb == "reject" && !o.given("--reason")) || (verb == "approve" && o.given("--reason")))
        return usageError(verb, usage);
    auto store = openStore(verb, o.value("--db"));
    if (!store)
        return InputWrong;
    Review review(*store, o.value("--as", "supervisor"));
    const std::string id = o.positional[0];
    Status s;
    if (verb == "approve") {
        if (o.all("--comment").size() > 1)
            return usageError(verb, usage);
        s = review.approve(id, o.value("--comment"));
    } else {
        std::vector<QuestionComment> comments;
        for (const std::string &c : o.all("--comment")) {
            const size_t equals = c.find('=');
            if (equals == std::string::npos || equals == 0)
                return usageError(verb, Tr::tr("--comment takes PATH=TEXT, such as "
                                               "\"members[2].q5=Check the age\""));
            comments.push_back({c.substr(0, equals), c.substr(equals + 1)});
        }
        s = review.reject(id, o.value("--reason"), comments);
    }
    if (!s) {
        complain(verb, q(s.error()));
        return InputWrong;
    }
    say(verb == "approve" ? Tr::tr("interview %1 approved").arg(q(id))
                          : Tr::tr("interview %1 rejected: it goes back to the enumerator at the "
                                   "next sync")
                                .arg(q(id)));
    return Ok;
}

json conflictJson(const ConflictRecord &c)
{
    json differences = json::array();
    for (const AnswerDifference &d : c.differences)
        differences.push_back(
            {{"path", d.path}, {"server", d.server}, {"enumerator", d.enumerator}});
    return {{"id", c.id},
            {"interview", c.interview},
            {"household", c.household},
            {"enumerator", c.enumerator},
            {"created", c.created},
            {"status", c.status},
            {"resolved", c.resolved},
            {"resolved_by", c.resolvedBy},
            {"server", {{"status", c.serverStatus}, {"revision", c.serverRevision}}},
            {"enumerator_version",
             {{"status", c.enumeratorStatus}, {"revision", c.enumeratorRevision}}},
            {"differences", std::move(differences)}};
}

int conflicts(const std::vector<std::string> &args)
{
    const QString usage =
        Tr::tr("enumera conflicts --db DB [--all] [--json] | conflicts "
               "resolve --db DB CONFLICT|INTERVIEW --keep server|enumerator [--as NAME]");
    const bool resolve = args.size() > 2 && args[2] == "resolve";
    Options o = parse(args, resolve ? 3 : 2, {"--db", "--keep", "--as"}, {"--all", "--json"});
    if (!o.error.empty() || !o.given("--db"))
        return usageError("conflicts", usage);
    auto store = openStore("conflicts", o.value("--db"));
    if (!store)
        return InputWrong;
    Review review(*store, o.value("--as", "supervisor"));
    if (resolve) {
        const std::string keep = o.value("--keep");
        if (o.positional.size() != 1 || (keep != "server" && keep != "enumerator"))
            return usageError("conflicts", usage);
        // The conflict's number, or the interview's id when it has one open conflict.
        bool numeric = false;
        qint64 id = q(o.positional[0]).toLongLong(&numeric);
        if (!numeric) {
            Result<std::vector<ConflictRecord>> open = review.conflicts(true);
            if (!open) {
                complain("conflicts", q(open.error()));
                return InputWrong;
            }
            for (const ConflictRecord &c : *open)
                if (c.interview == o.positional[0])
                    id = c.id;
            if (id == 0) {
                complain("conflicts",
                         Tr::tr("interview %1 has no open conflict (enumera conflicts lists them)")
                             .arg(q(o.positional[0])));
                return InputWrong;
            }
        }
        if (Status s = review.resolve(id, keep == "server" ? Keep::Server : Keep::Enumerator); !s) {
            complain("conflicts", q(s.error()));
            return InputWrong;
        }
        say(keep == "server" ? Tr::tr("conflict %1 settled: the supervisor's copy stays; the "
                                      "enumerator's version is kept in the conflict")
                                   .arg(id)
                             : Tr::tr("conflict %1 settled: the enumerator's version is now the "
                                      "interview")
                                   .arg(id));
        return Ok;
    }
    if (!o.positional.empty())
        return usageError("conflicts", usage);
    Result<std::vector<ConflictRecord>> list = review.conflicts(!o.has("--all"));
    if (!list) {
        complain("conflicts", q(list.error()));
        return InputWrong;
    }
    if (o.has("--json")) {
        json out = json::array();
        for (const ConflictRecord &c : *list)
            out.push_back(conflictJson(c));
        std::cout << out.dump(2) << '\n';
        return Ok;
    }
    for (const ConflictRecord &c : *list)
        say(Tr::tr("%1  %2  %3  from %4: the server's copy is %5 (revision %6), the "
                   "enumerator's is %7 (revision %8), %9 answer(s) differ%10")
                .arg(c.id)
                .arg(q(c.interview), q(c.household), q(c.enumerator), q(c.serverStatus))
                .arg(c.serverRevision)
                .arg(q(c.enumeratorStatus))
                .arg(c.enumeratorRevision)
                .arg(c.differences.size())
                .arg(c.status == "open" ? QString() : QStringLiteral("  [%1]").arg(q(c.status))));
    return Ok;
}

int history(const std::vector<std::string> &args)
{
    const QString usage = Tr::tr("enumera history --db DB INTERVIEW [--json]");
    Options o = parse(args, 2, {"--db"}, {"--json"});
    if (!o.error.empty() || !o.given("--db") || o.positional.size() != 1)
        return usageError("history", usage);
    Store::Options readOnly;
    readOnly.readOnly = true;
    Result<std::unique_ptr<Store>> opened = Store::open(o.value("--db"), readOnly);
    if (!opened) {
        complain("history", q(opened.error()));
        return InputWrong;
    }
    Store &store = **opened;
    const std::string id = o.positional[0];
    Result<InterviewRecord> record = store.record(id);
    Result<std::vector<Event>> events = store.events(id);
    Result<std::vector<Comment>> comments = store.comments(id);
    Review review(store, "");
    Result<std::vector<ReceivedRevision>> received = review.received(id);
    for (const std::string *error :
         {record ? nullptr : &record.error(), events ? nullptr : &events.error(),
          comments ? nullptr : &comments.error(), received ? nullptr : &received.error()})
        if (error) {
            complain("history", q(*error));
            return InputWrong;
        }
    if (o.has("--json")) {
        json out = {{"interview", id},
                    {"household", record->household},
                    {"status", statusName(record->status)},
                    {"revision", record->revision},
                    {"received", json::array()},
                    {"comments", json::array()},
                    {"events", json::array()}};
        for (const ReceivedRevision &r : *received)
            out["received"].push_back({{"revision", r.revision},
                                       {"status", r.status},
                                       {"outcome", r.outcome},
                                       {"version", r.version},
                                       {"checksum", r.checksum},
                                       {"at", r.at}});
        for (const Comment &c : *comments)
            out["comments"].push_back(
                {{"path", c.path}, {"author", c.author}, {"text", c.text}, {"at", c.at.utc}});
        for (const Event &e : *events)
            out["events"].push_back({{"at", e.at.utc},
                                     {"user", e.user},
                                     {"kind", e.kind},
                                     {"path", e.path},
                                     {"old", e.oldValue},
                                     {"new", e.newValue}});
        std::cout << out.dump(2) << '\n';
        return Ok;
    }
    say(Tr::tr("interview %1 (%2): %3, revision %4")
            .arg(q(id), q(record->household), QLatin1String(statusName(record->status)))
            .arg(record->revision));
    for (const ReceivedRevision &r : *received)
        say(Tr::tr("  received %1: revision %2, %3 (%4)")
                .arg(q(r.at))
                .arg(r.revision)
                .arg(q(r.status), q(r.outcome)));
    for (const Comment &c : *comments)
        say(Tr::tr("  comment by %1 at %2%3: %4")
                .arg(q(c.author), q(c.at.utc),
                     c.path.empty() ? QString() : QStringLiteral(" (%1)").arg(q(c.path)),
                     q(c.text)));
    for (const Event &e : *events)
        say(QStringLiteral("  %1  %2  %3 %4 %5 -> %6")
                .arg(q(e.at.utc), q(e.user), q(e.kind), q(e.path), q(e.oldValue), q(e.newValue)));
    return Ok;
}

// --- assignments and forms ---------------------------------------------------------------------

std::shared_ptr<const Form> loadForm(const std::string &verb, const std::string &file)
{
    LoadResult r = FormLoader::loadFile(file);
    if (r.diagnostics.hasErrors()) {
        std::cerr << r.diagnostics.formatAll();
        complain(verb, Tr::tr("the form %1 has errors").arg(q(file)));
        return nullptr;
    }
    return r.form;
}

int assign(const std::vector<std::string> &args)
{
    const QString usage = Tr::tr("enumera assign --db DB --enumerator CODE --household TEXT "
                                 "--form FORM [--preload JSON]");
    Options o = parse(args, 2, {"--db", "--enumerator", "--household", "--form", "--preload"}, {});
    if (!o.error.empty() || !o.given("--db") || !o.given("--enumerator") ||
        !o.given("--household") || !o.given("--form") || !o.positional.empty())
        return usageError("assign", usage);
    const json preload = json::parse(o.value("--preload", "{}"), nullptr, false);
    if (!preload.is_object())
        return usageError("assign", Tr::tr("--preload takes a JSON object, such as "
                                           "'{\"household_id\": \"H-0001\"}'"));
    auto form = loadForm("assign", o.value("--form"));
    if (!form)
        return InputWrong;
    auto store = openStore("assign", o.value("--db"));
    if (!store)
        return InputWrong;
    Result<Assignment> a =
        sync::assign(*store, o.value("--enumerator"), o.value("--household"), form, preload);
    if (!a) {
        complain("assign", q(a.error()));
        return InputWrong;
    }
    say(Tr::tr("assignment %1: household %2 for %3, form %4 %5")
            .arg(q(a->id), q(a->household), q(a->enumerator), q(a->formId), q(a->formVersion)));
    return Ok;
}

int listAssignments(const std::vector<std::string> &args)
{
    const QString usage = Tr::tr("enumera assignments --db DB [--json] [--start ID]");
    Options o = parse(args, 2, {"--db", "--start", "--as"}, {"--json"});
    if (!o.error.empty() || !o.given("--db") || !o.positional.empty())
        return usageError("assignments", usage);
    auto store = openStore("assignments", o.value("--db"));
    if (!store)
        return InputWrong;
    if (o.given("--start")) {
        Result<std::optional<Pairing>> pairing = readPairing(*store);
        const std::string user = o.value("--as", pairing && *pairing ? (*pairing)->enumerator
                                                                     : std::string("enumerator"));
        Result<std::unique_ptr<InterviewSession>> session =
            startAssignment(*store, o.value("--start"), user);
        if (!session) {
            complain("assignments", q(session.error()));
            return InputWrong;
        }
        say(Tr::tr("interview %1 started for household %2")
                .arg(q((*session)->id()), q((*session)->record().household)));
        return Ok;
    }
    Result<std::vector<Assignment>> list = assignments(*store);
    if (!list) {
        complain("assignments", q(list.error()));
        return InputWrong;
    }
    if (o.has("--json")) {
        json out = json::array();
        for (const Assignment &a : *list)
            out.push_back({{"id", a.id},
                           {"enumerator", a.enumerator},
                           {"household", a.household},
                           {"form", a.formId},
                           {"form_version", a.formVersion},
                           {"preload", a.preload},
                           {"created", a.created},
                           {"cancelled", a.cancelled},
                           {"interview", a.interview}});
        std::cout << out.dump(2) << '\n';
        return Ok;
    }
    for (const Assignment &a : *list)
        say(QStringLiteral("%1  %2  %3  %4 %5%6")
                .arg(q(a.id), q(a.household), q(a.enumerator), q(a.formId), q(a.formVersion))
                .arg(a.cancelled ? Tr::tr("  (cancelled)")
                     : a.interview.empty()
                         ? QString()
                         : Tr::tr("  (started: interview %1)").arg(q(a.interview))));
    return Ok;
}

int forms(const std::vector<std::string> &args)
{
    const QString usage = Tr::tr("enumera forms publish --db DB FORM");
    if (args.size() < 3 || args[2] != "publish")
        return usageError("forms", usage);
    Options o = parse(args, 3, {"--db"}, {});
    if (!o.error.empty() || !o.given("--db") || o.positional.size() != 1)
        return usageError("forms", usage);
    auto form = loadForm("forms", o.positional[0]);
    if (!form)
        return InputWrong;
    auto store = openStore("forms", o.value("--db"));
    if (!store)
        return InputWrong;
    Result<std::string> hash = publishForm(*store, *form);
    if (!hash) {
        complain("forms", q(hash.error()));
        return InputWrong;
    }
    say(Tr::tr("form %1 %2 published: every enumerator receives it at the next sync")
            .arg(q(form->id), q(form->version)));
    return Ok;
}

} // namespace

bool isSyncVerb(const std::string &verb)
{
    for (const char *v : {"serve", "team", "pair", "sync", "approve", "reject", "conflicts",
                          "history", "assign", "assignments", "forms"})
        if (verb == v)
            return true;
    return false;
}

int runSyncVerb(const std::vector<std::string> &args)
{
    const std::string &verb = args[1];
    if (verb == "serve")
        return serve(args);
    if (verb == "team")
        return team(args);
    if (verb == "pair")
        return pair(args);
    if (verb == "sync")
        return syncVerb(args);
    if (verb == "approve" || verb == "reject")
        return approveOrReject(args);
    if (verb == "conflicts")
        return conflicts(args);
    if (verb == "history")
        return history(args);
    if (verb == "assign")
        return assign(args);
    if (verb == "assignments")
        return listAssignments(args);
    return forms(args);
}

} // namespace enumera
