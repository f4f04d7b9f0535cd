// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "exportverb.h"
#include "synccli.h"

#include "form/formloader.h"
#include "scenario/script.h"
#include "scenario/statejson.h"
#include "store/session.h"
#include "store/sessiontarget.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <iostream>
#include <map>

namespace enumera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr int Ok = 0;
constexpr int InputWrong = 1;
constexpr int Usage = 2;

std::string text(const QString &s)
{
    return s.toStdString();
}

// Options after the verb: --name value pairs and positional arguments.
struct Options
{
    std::map<std::string, std::string> named;
    std::vector<std::string> flags;
    std::vector<std::string> positional;
    std::string error;

    bool has(const std::string &flag) const
    {
        return std::find(flags.begin(), flags.end(), flag) != flags.end();
    }
};

Options parseOptions(const std::vector<std::string> &args, size_t from,
                     const std::vector<std::string> &withValue,
                     const std::vector<std::string> &flagNames)
{
    Options o;
    for (size_t i = from; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a.rfind("--", 0) != 0 || a == "--") {
            o.positional.push_back(a);
            continue;
        }
        if (std::find(flagNames.begin(), flagNames.end(), a) != flagNames.end()) {
            o.flags.push_back(a);
            continue;
        }
        if (std::find(withValue.begin(), withValue.end(), a) == withValue.end()) {
            o.error = text(Tr::tr("unknown option %1").arg(QString::fromStdString(a)));
            return o;
        }
        if (i + 1 >= args.size()) {
            o.error = text(Tr::tr("%1 needs a value").arg(QString::fromStdString(a)));
            return o;
        }
        o.named[a] = args[++i];
    }
    return o;
}

void usage(std::ostream &out)
{
    out << text(Tr::tr(
        "Usage: enumera [VERB] [ARGUMENTS]\n"
        "\n"
        "Without a verb, opens the desktop application.\n"
        "\n"
        "Verbs:\n"
        "  validate FORM...                      check form definitions\n"
        "  test FORM SCENARIO...                 run routing scenarios against a form\n"
        "  replay --form FORM --script FILE [--db DB [--interview ID] [--household TEXT]]\n"
        "                                        apply a script and print the interview state;\n"
        "                                        with --db, commit and acknowledge every step\n"
        "  interviews --db DB [--json]           list the interviews of a database\n"
        "  export --db DB --out FILE [--status LIST] [--since ISO-TIME] [--paradata]\n"
        "                                        write interviews with their codebook as JSON\n"
        "  serve --db DB [--listen ADDRESS:PORT] run the supervisor's sync server\n"
        "  team add|code|list|revoke --db DB     the supervisor's team and its pairing codes\n"
        "  pair --db DB --server URL --code CODE pair this laptop with a supervisor's server\n"
        "  sync --db DB                          send interviews, receive what comes back;\n"
        "  sync export|import --db DB ...        the same through a package file\n"
        "  approve|reject --db DB INTERVIEW      review a received interview\n"
        "  conflicts --db DB [resolve ID ...]    interviews changed on both sides\n"
        "  history --db DB INTERVIEW             what was received of an interview\n"
        "  assign|assignments|forms publish      households to visit, new form versions\n"
        "  help                                  show this text\n"
        "\n"
        "Exit status: 0 success, 1 the input is wrong, 2 usage error.\n"));
}

int validate(const Options &o)
{
    if (o.positional.empty()) {
        std::cerr << text(Tr::tr("validate: give at least one form file")) << '\n';
        return Usage;
    }
    bool errors = false;
    for (const std::string &file : o.positional) {
        LoadResult r = FormLoader::loadFile(file);
        std::cerr << r.diagnostics.formatAll();
        errors = errors || r.diagnostics.hasErrors();
        if (r.form)
            std::cout << text(Tr::tr("%1: %2 questions, %3 errors, %4 warnings")
                                  .arg(QString::fromStdString(file))
                                  .arg(std::count_if(r.form->items.begin(), r.form->items.end(),
                                                     [](const Item &i) { return i.isQuestion(); }))
                                  .arg(r.diagnostics.errorCount())
                                  .arg(r.diagnostics.warningCount()))
                      << '\n';
    }
    return errors ? InputWrong : Ok;
}

std::shared_ptr<const Form> loadOrReport(const std::string &file)
{
    LoadResult r = FormLoader::loadFile(file);
    if (r.diagnostics.hasErrors()) {
        std::cerr << r.diagnostics.formatAll();
        return nullptr;
    }
    return r.form;
}

int test(const Options &o)
{
    if (o.positional.size() < 2) {
        std::cerr << text(Tr::tr("test: give a form file and at least one scenario")) << '\n';
        return Usage;
    }
    std::shared_ptr<const Form> form = loadOrReport(o.positional[0]);
    if (!form)
        return InputWrong;
    Tally tally;
    int unreadable = 0;
    for (size_t i = 1; i < o.positional.size(); ++i) {
        Result<Script> script = readScript(o.positional[i]);
        if (!script) {
            std::cerr << script.error() << '\n';
            ++unreadable;
            continue;
        }
        runScenario(form, *script, tally);
    }
    for (const Failure &f : tally.failures)
        std::cout << f.format() << '\n';
    QString summary = Tr::tr("%1 passed, %2 failed").arg(tally.passed).arg(tally.failures.size());
    // A scenario that could not be read checked nothing: the count says so.
    if (unreadable > 0)
        summary += Tr::tr("; %n scenario file(s) not run, see above", nullptr, unreadable);
    std::cout << text(summary) << '\n';
    return tally.failures.empty() && unreadable == 0 ? Ok : InputWrong;
}

int replayInto(const Options &o, const std::shared_ptr<const Form> &form, const Script &script)
{
    Result<std::unique_ptr<Store>> store = Store::open(o.named.at("--db"));
    if (!store) {
        std::cerr << store.error() << '\n';
        return InputWrong;
    }
    const std::string user = "script";
    Result<std::unique_ptr<InterviewSession>> session =
        o.named.count("--interview")
            ? InterviewSession::open(**store, o.named.at("--interview"), user)
            : InterviewSession::create(**store, form,
                                       o.named.count("--household")
                                           ? o.named.at("--household")
                                           : QFileInfo(QString::fromStdString(script.file))
                                                 .completeBaseName()
                                                 .toStdString(),
                                       user);
    if (!session) {
        std::cerr << session.error() << '\n';
        return InputWrong;
    }
    InterviewSession &s = **session;
    const int done = s.record().scriptLine;
    SessionTarget target(s);
    int skipped = 0;
    for (const Step &step : script.steps)
        skipped += step.line <= done ? 1 : 0;
    if (skipped > 0)
        std::cerr << text(Tr::tr("%1: resuming after line %2, acknowledged before in interview %3; "
                                 "%n step(s) up to it skipped",
                                 nullptr, skipped)
                              .arg(QString::fromStdString(script.file))
                              .arg(done)
                              .arg(QString::fromStdString(s.id())))
                  << '\n';
    for (const Step &step : script.steps) {
        if (step.line <= done)
            continue; // acknowledged before: the interview already holds it
        s.setScriptLine(step.line);
        Status applied = applyStep(target, step);
        if (applied)
            applied = s.commitScriptLine(); // a step that changed nothing is acknowledged too
        if (!applied) {
            std::cerr << script.file << ':' << step.line << ": " << applied.error() << '\n';
            return InputWrong;
        }
        std::cout << nlohmann::json{{"line", step.line}, {"interview", s.id()}}.dump() << '\n'
                  << std::flush;
    }
    std::cout << interviewState(s.interview()).dump() << '\n';
    return Ok;
}

int replay(const Options &o)
{
    if (!o.named.count("--form") || !o.named.count("--script") || !o.positional.empty() ||
        (!o.named.count("--db") &&
         (o.named.count("--interview") || o.named.count("--household")))) {
        std::cerr << text(Tr::tr("replay: usage: enumera replay --form FORM --script FILE [--db DB "
                                 "[--interview ID] [--household TEXT]]"))
                  << '\n';
        return Usage;
    }
    std::shared_ptr<const Form> form = loadOrReport(o.named.at("--form"));
    if (!form)
        return InputWrong;
    Result<Script> script = readScript(o.named.at("--script"));
    if (!script) {
        std::cerr << script.error() << '\n';
        return InputWrong;
    }
    if (o.named.count("--db"))
        return replayInto(o, form, *script);
    Interview interview(form);
    for (const Step &step : script->steps) {
        if (step.kind == Step::Kind::Expect)
            continue;
        Status s = applyStep(interview, step);
        if (!s) {
            std::cerr << script->file << ':' << step.line << ": " << s.error() << '\n';
            return InputWrong;
        }
    }
    std::cout << interviewState(interview).dump(2) << '\n';
    return Ok;
}

int interviews(const Options &o)
{
    if (!o.named.count("--db") || !o.positional.empty()) {
        std::cerr << text(Tr::tr("interviews: usage: enumera interviews --db DB [--json]")) << '\n';
        return Usage;
    }
    Store::Options options;
    options.readOnly = true;
    Result<std::unique_ptr<Store>> store = Store::open(o.named.at("--db"), options);
    if (!store) {
        std::cerr << store.error() << '\n';
        return InputWrong;
    }
    InterviewFilter filter;
    filter.includeDiscarded = true;
    Result<std::vector<InterviewRecord>> list = (*store)->interviews(filter);
    if (!list) {
        std::cerr << list.error() << '\n';
        return InputWrong;
    }
    if (o.has("--json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const InterviewRecord &r : *list)
            out.push_back({{"id", r.id},
                           {"household", r.household},
                           {"form", r.formId},
                           {"form_version", r.formVersion},
                           {"owner", r.owner},
                           {"status", statusName(r.status)},
                           {"discarded", r.discarded},
                           {"revision", r.revision},
                           {"progress", r.progress()},
                           {"answered", r.answered},
                           {"unanswered", r.unanswered},
                           {"updated", r.updated.utc}});
        std::cout << out.dump(2) << '\n';
        return Ok;
    }
    // The household column as wide as its longest entry (in characters, not bytes).
    int width = 9;
    for (const InterviewRecord &r : *list)
        width = std::max(width, int(QString::fromStdString(r.household).size()));
    for (const InterviewRecord &r : *list) {
        const QString line = QStringLiteral("%1  %2  %3  %4%  %5%6")
                                 .arg(QString::fromStdString(r.id))
                                 .arg(QString::fromStdString(r.household), -width)
                                 .arg(QString::fromLatin1(statusName(r.status)), -11)
                                 .arg(int(r.progress() * 100 + 0.5), 3)
                                 .arg(QString::fromStdString(r.updated.utc))
                                 .arg(r.discarded ? Tr::tr("  (discarded)") : QString());
        std::cout << line.toStdString() << '\n';
    }
    return Ok;
}

} // namespace

int runCli(const std::vector<std::string> &args)
{
    if (args.size() < 2 || args[1] == "help" || args[1] == "--help" || args[1] == "-h") {
        usage(std::cout);
        return args.size() < 2 ? Usage : Ok;
    }
    const std::string &verb = args[1];
    // Each verb prints what went wrong in words on stderr; the libraries' own log lines would
    // repeat it in programmers' terms. The server keeps them: it runs unattended.
    // QT_LOGGING_RULES (e.g. "enumera.*=true") shows them for any verb.
    if (verb != "serve" && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("enumera.*.warning=false"));
    if (isSyncVerb(verb))
        return runSyncVerb(args); // synccli.cpp, docs/cli.md
    Options o;
    if (verb == "validate" || verb == "test")
        o = parseOptions(args, 2, {}, {});
    else if (verb == "replay")
        o = parseOptions(args, 2, {"--form", "--script", "--db", "--interview", "--household"}, {});
    else if (verb == "interviews")
        o = parseOptions(args, 2, {"--db"}, {"--json"});
    else if (verb == "export")
        o = parseOptions(args, 2, {"--db", "--out", "--status", "--since"}, {"--paradata"});
    else {
        std::cerr << text(Tr::tr("unknown verb '%1'").arg(QString::fromStdString(verb))) << "\n\n";
        usage(std::cerr);
        return Usage;
    }
    if (!o.error.empty()) {
        std::cerr << verb << ": " << o.error << '\n';
        return Usage;
    }
    if (verb == "validate")
        return validate(o);
    if (verb == "test")
        return test(o);
    if (verb == "interviews")
        return interviews(o);
    if (verb == "export")
        return exportVerb(o.named, o.flags, o.positional);
    return replay(o);
}

} // namespace enumera
