// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's speed: start to the interview list, opening an interview, and an answer to
// the updated screen, on the household survey and on a large synthetic form.
//
//   enumera_app_bench --binary build/src/enumera [--large FORM PLAN] [--runs N]
//
// Run it with QT_QPA_PLATFORM=offscreen or under xvfb-run -a. Figures are medians in ms;
// bench/README.md ("Desktop app") says how they were taken.
#include "app.h"
#include "core/formsource.h"
#include "core/profile.h"
#include "interview/interviewscreen.h"
#include "interview/pageview.h"
#include "mainwindow.h"
#include "scenario/script.h"
#include "store/session.h"
#include "store/sessiontarget.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>

using namespace enumera;
using namespace enumera::app;

namespace {

const std::string Repo = ENUMERA_REPO;

struct Stats
{
    std::vector<double> ms;
    double median() const
    {
        if (ms.empty())
            return 0;
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    }
    double p90() const
    {
        if (ms.empty())
            return 0;
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, v.size() * 9 / 10)];
    }
    double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

void report(const char *what, const Stats &s)
{
    std::printf("%-58s median %8.2f ms   p90 %8.2f   max %8.2f   (n=%zu)\n", what, s.median(),
                s.p90(), s.max(), s.ms.size());
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

std::string householdInterview(Store &store, std::shared_ptr<const Form> form,
                               const std::string &household)
{
    auto session = InterviewSession::create(store, form, household, "E-001");
    Result<Script> script =
        readScript(Repo + "/forms/tests/household-three-members-complete.jsonl");
    SessionTarget steps(**session);
    for (const Step &step : script->steps)
        if (step.kind != Step::Kind::Expect)
            applyStep(steps, step);
    return (*session)->id();
}

// Fills a synthetic form with its plan's answers, in order, where they are asked.
std::string syntheticInterview(Store &store, std::shared_ptr<const Form> form,
                               const std::string &planFile, int rows)
{
    auto session = InterviewSession::create(store, form, "S-0001", "E-001");
    InterviewSession &s = **session;
    std::ifstream in(planFile);
    const nlohmann::json plan = nlohmann::json::parse(in);
    auto value = [&](const Item &q, const nlohmann::json &a) -> Value {
        if (a.is_string() && q.type == QuestionType::Text)
            return Value::text(a.get<std::string>());
        if (a.is_array()) {
            CodeSet codes;
            for (const auto &c : a) {
                if (c.is_number()) {
                    codes.push_back(c.get<int>());
                } else if (const OptionSet *set = form->options(q)) {
                    for (const Option &o : set->options)
                        if (o.exclusive)
                            codes.push_back(o.code);
                }
            }
            return Value::codes(codes);
        }
        return Value::number(a.get<double>());
    };
    for (const auto &q : plan["questions"]) {
        Result<Instance> at = s.interview().resolve(q["id"].get<std::string>());
        if (at && s.interview().isRelevant(*at))
            s.setAnswer(*at, value(form->item(at->item), q["answer"]));
    }
    const ItemId roster = form->find("roster");
    if (roster != NoItem)
        for (int r = 0; r < rows; ++r)
            s.addRow(s.interview().top(roster));
    return s.id();
}

std::unique_ptr<MainWindow> window(const QString &data, const QString &form = {})
{
    AppOptions o;
    o.dataDir = data;
    o.formFile = form;
    auto w = std::make_unique<MainWindow>(o);
    QString error;
    if (!w->start(&error)) {
        std::cerr << error.toStdString() << '\n';
        return nullptr;
    }
    w->resize(1280, 820);
    w->show();
    return w;
}

void paint(QWidget *w)
{
    QCoreApplication::sendPostedEvents(); // layouts
    w->repaint();
}

Stats processStart(const QString &binary, const QString &data, const QString &form, int runs)
{
    Stats s;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ENUMERA_QUIT_AFTER_START"), QStringLiteral("1"));
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QStringList args{QStringLiteral("--data-dir"), data};
        if (!form.isEmpty())
            args << QStringLiteral("--form") << form;
        QElapsedTimer t;
        t.start();
        p.start(binary, args);
        p.waitForFinished(30000);
        if (p.exitCode() == 0)
            s.ms.push_back(msSince(t));
    }
    return s;
}

// Answers through the screen (as a widget does) and times the redraw that follows; the
// engine's share is timed on a twin interview that takes the same answers without a store.
void answers(InterviewScreen &screen, Interview &twin,
             const std::vector<std::pair<std::string, std::vector<Value>>> &plan, int rounds,
             Stats &screenOnly, Stats &total, Stats &withCommit)
{
    for (int r = 0; r < rounds; ++r) {
        for (const auto &[path, values] : plan) {
            const Value &v = values[size_t(r) % values.size()];
            Result<Instance> at = screen.interview().resolve(path);
            Result<Instance> twinAt = twin.resolve(path);
            if (!at || !twinAt)
                continue;
            QElapsedTimer e;
            e.start();
            twin.setAnswer(*twinAt, v);
            const double engine = msSince(e);
            QElapsedTimer all;
            all.start();
            QString refusal;
            screen.setAnswer(*at, v, &refusal);
            const double redraw = double(screen.lastRedrawNs()) / 1e6;
            QElapsedTimer p;
            p.start();
            paint(screen.window());
            const double painted = msSince(p);
            screenOnly.ms.push_back(redraw + painted);
            total.ms.push_back(engine + redraw + painted);
            withCommit.ms.push_back(msSince(all));
        }
    }
}

std::unique_ptr<Interview> twinOf(const InterviewSession &s)
{
    auto twin = std::make_unique<Interview>(s.interview().formPtr());
    // The same answers and rows, through the engine alone.
    s.interview().forEachInstance([&](const Instance &at) {
        const Item &item = s.interview().form().item(at.item);
        if (item.kind == ItemKind::Roster) {
            Result<Instance> r = twin->resolve(s.interview().pathOf(at));
            if (r)
                for (size_t i = 0; i < s.interview().rows(at).size(); ++i)
                    twin->restoreRow(*r, int(i) + 1);
        } else if (item.hasValue() && item.type != QuestionType::Calculated &&
                   s.interview().answer(at).isKnown()) {
            Result<Instance> q = twin->resolve(s.interview().pathOf(at));
            if (q)
                twin->restoreAnswer(*q, s.interview().answer(at));
        }
        return true;
    });
    twin->finishRestore();
    return twin;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    initResources();
    QString binary;
    QString largeForm;
    QString largePlan;
    int runs = 15;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--binary") && i + 1 < args.size())
            binary = args[++i];
        else if (args[i] == QLatin1String("--large") && i + 2 < args.size()) {
            largeForm = args[++i];
            largePlan = args[++i];
        } else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toInt();
    }

    // --- The household survey: 30 interviews in the list.
    QTemporaryDir data;
    Profile p;
    p.name = QStringLiteral("Bench");
    p.code = QStringLiteral("E-001");
    p.save(data.path());
    std::string household;
    {
        auto w = window(data.path());
        for (int i = 0; i < 30; ++i)
            household = householdInterview(w->store(), w->formSource().form(),
                                           "H-" + std::to_string(1000 + i));
    }
    std::printf("Household survey (forms/household-survey.json), 30 interviews in the list\n");
    if (!binary.isEmpty())
        report("start to the list (process, first frame)",
               processStart(binary, data.path(), {}, runs));
    Stats inProcess;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto w = window(data.path());
        paint(w.get());
        inProcess.ms.push_back(msSince(t));
    }
    report("start to the list (in the process: window, store, form)", inProcess);
    {
        auto w = window(data.path());
        Stats open;
        for (int i = 0; i < runs; ++i) {
            w->showList();
            QElapsedTimer t;
            t.start();
            w->openInterview(QString::fromStdString(household));
            paint(w.get());
            open.ms.push_back(msSince(t));
        }
        report("open an interview (three members, resumed at its position)", open);
        InterviewScreen &screen = *w->interviewScreen();
        screen.goTo(*screen.interview().resolve("members[1].q10"));
        paint(w.get());
        auto twin = twinOf(screen.session());
        Stats screenOnly, total, withCommit;
        answers(screen, *twin,
                {{"members[1].q10", {Value::number(60), Value::number(70)}},
                 {"members[1].q12", {Value::number(3), Value::number(4)}},
                 {"members[1].q13a", {Value::number(2), Value::number(4)}},
                 {"members[1].name", {Value::text("Ana"), Value::text("Ana María")}}},
                runs, screenOnly, total, withCommit);
        report("answer to updated screen (engine + redraw + paint)", total);
        report("  of which redraw and paint", screenOnly);
        report("  the same with the durable commit", withCommit);
        Stats routing, routingAll, routingCommit;
        screen.goTo(*screen.interview().resolve("members[1].q1"));
        paint(w.get());
        answers(screen, *twin, {{"members[1].q1", {Value::number(0), Value::number(1)}}}, runs,
                routing, routingAll, routingCommit);
        report("Q1 Yes/No (hides and shows three sections): engine + screen", routingAll);
    }

    if (largeForm.isEmpty())
        return 0;

    // --- The large synthetic form.
    QTemporaryDir large;
    p.save(large.path());
    std::string synthetic;
    {
        auto w = window(large.path(), largeForm);
        if (!w || !w->formSource().form())
            return 1;
        QElapsedTimer t;
        t.start();
        synthetic =
            syntheticInterview(w->store(), w->formSource().form(), largePlan.toStdString(), 20);
        std::printf("\nLarge form (%s): %zu items, filled in %.1f s\n",
                    qPrintable(QFileInfo(largeForm).fileName()),
                    w->formSource().form()->items.size(), msSince(t) / 1000);
    }
    if (!binary.isEmpty())
        report("start to the list (process, first frame, form loaded)",
               processStart(binary, large.path(), largeForm, runs));
    {
        auto w = window(large.path(), largeForm);
        Stats open;
        for (int i = 0; i < runs; ++i) {
            w->showList();
            QElapsedTimer t;
            t.start();
            w->openInterview(QString::fromStdString(synthetic));
            paint(w.get());
            open.ms.push_back(msSince(t));
        }
        report("open an interview (every section answered)", open);
        InterviewScreen &screen = *w->interviewScreen();
        std::printf("  widgets on the page: %d (one section)\n", screen.pageView()->widgetCount());
        // A section in the middle: its questions, answered again and again.
        std::vector<std::pair<std::string, std::vector<Value>>> plan;
        const Form &form = screen.interview().form();
        const ItemId section = form.find("s50");
        for (ItemId id : form.item(section).children) {
            const Item &q = form.item(id);
            if (q.type == QuestionType::Integer)
                plan.push_back({q.name, {Value::number(10), Value::number(90)}});
            else if (q.type == QuestionType::Single)
                plan.push_back({q.name, {Value::number(1), Value::number(5)}});
            if (plan.size() >= 12)
                break;
        }
        screen.goTo(screen.interview().firstIn(screen.interview().top(section)));
        paint(w.get());
        auto twin = twinOf(screen.session());
        Stats screenOnly, total, withCommit;
        answers(screen, *twin, plan, std::max(2, runs / 5), screenOnly, total, withCommit);
        report("answer to updated screen (engine + redraw + paint)", total);
        report("  of which redraw and paint", screenOnly);
        report("  the same with the durable commit", withCommit);
        Stats screener, screenerAll, screenerCommit;
        screen.goTo(*screen.interview().resolve("q1"));
        paint(w.get());
        answers(screen, *twin, {{"q1", {Value::number(1), Value::number(2)}}}, runs, screener,
                screenerAll, screenerCommit);
        report("a screener (q1, many dependants): engine + screen", screenerAll);
    }
    return 0;
}
