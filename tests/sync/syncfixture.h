// SPDX-License-Identifier: GPL-3.0-or-later
// What the sync tests share: real stores in a temporary folder, a supervisor with a team and a
// real server on 127.0.0.1, enumerators' laptops paired with it, interviews made through
// sessions as the app makes them, and the comparison of two copies of an interview.
#pragma once

#include "store/session.h"
#include "support/inlineform.h"
#include "sync/client.h"
#include "sync/interviewdata.h"
#include "sync/server.h"
#include "sync/team.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gmock/gmock.h>

#include <functional>
#include <memory>
#include <string>

namespace enumera::testing {

inline const std::string &syncForm()
{
    static const std::string form = R"~({"form": "t", "version": "1", "title": "T",
  "languages": ["en", "es"],
  "option_sets": {"yn": [{"code": 1, "label": {"en": "Yes", "es": "Sí"}},
                         {"code": 0, "label": {"en": "No", "es": "No"}}]},
  "sections": [{"section": "main", "title": "Main", "items": [
    {"name": "name", "type": "text", "label": "Name"},
    {"name": "q1", "type": "single", "label": "Trained?", "options": "yn"},
    {"roster": "trainings", "title": "Trainings", "relevant": "q1 == 1", "items": [
        {"name": "provider", "type": "text", "label": "Provider"},
        {"name": "days", "type": "integer", "label": "Days", "range": {"min": 1, "max": 7},
         "special_codes": [{"code": 77, "label": "Don't know"}]}]},
    {"name": "hours", "type": "integer", "label": "Hours",
     "validations": [{"check": "hours < 60", "message": "Long week", "severity": "warning"}]},
    {"name": "platforms", "type": "multiple", "label": "Platforms", "options": [
        {"code": 1, "label": "Coursera"}, {"code": 2, "label": "edX"}]},
    {"name": "when", "type": "date", "label": "When"}]}]})~";
    return form;
}

// Runs the event loop until `done` holds, checking after every event; fails after `seconds`
// (a guard against a hang, not a wait standing in for the signal).
inline bool waitUntil(const std::function<bool()> &done, int seconds = 60)
{
    QElapsedTimer clock;
    clock.start();
    QTimer wake; // only so that the guard is looked at while nothing happens
    wake.start(100);
    while (!done()) {
        if (clock.elapsed() > qint64(seconds) * 1000)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

inline std::unique_ptr<Store> openStore(const std::string &path, Store::Options options = {})
{
    Result<std::unique_ptr<Store>> s = Store::open(path, std::move(options));
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error());
    return s.ok() ? std::move(*s) : nullptr;
}

inline Instance at(InterviewSession &s, const std::string &path)
{
    Result<Instance> i = s.interview().resolve(path);
    EXPECT_TRUE(i.ok()) << path << ": " << (i.ok() ? "" : i.error());
    return i.ok() ? *i : Instance{};
}

inline void answer(InterviewSession &s, const std::string &path, const Value &v)
{
    Result<SetResult> r = s.setAnswer(at(s, path), v);
    ASSERT_TRUE(r.ok()) << r.error();
    ASSERT_TRUE(r->stored()) << r->message;
}

// A completed interview whose answers depend on `n`: texts in several scripts, a roster of
// n % 3 + 1 rows (one removed when there are three), a special code, a confirmed warning.
inline std::string makeInterview(Store &store, const std::shared_ptr<const Form> &form, int n,
                                 const std::string &owner, bool complete = true)
{
    Result<std::unique_ptr<InterviewSession>> created =
        InterviewSession::create(store, form, "HH-" + std::to_string(n), owner);
    EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error());
    if (!created)
        return {};
    InterviewSession &s = **created;
    answer(s, "name", Value::text("Ñandú \"Zé\" O'Brien " + std::to_string(n) + " 🙂"));
    answer(s, "q1", Value::number(1));
    const int rows = n % 3 + 1;
    for (int r = 1; r <= rows; ++r) {
        EXPECT_TRUE(s.addRow(at(s, "trainings")).ok());
        answer(s, "trainings[" + std::to_string(r) + "].provider",
               Value::text("Provider " + std::to_string(r)));
        answer(s, "trainings[" + std::to_string(r) + "].days",
               r == 2 ? Value::number(77) : Value::number(r));
    }
    if (rows == 3) {
        EXPECT_TRUE(s.removeRow(*s.interview().resolveRow("trainings[2]").value()).ok());
    }
    answer(s, "hours", Value::number(40 + n % 30));
    if (n % 30 >= 20) {
        EXPECT_TRUE(s.confirmWarnings(at(s, "hours"), "Two jobs").ok());
    }
    answer(s, "platforms", Value::codes({1, 2}));
    answer(s, "when", Value::text("2024-02-29"));
    if (complete) {
        EXPECT_TRUE(s.complete().ok());
    }
    return s.id();
}

// An interview as it travels, with origins spelled out, comparable between two stores.
inline nlohmann::json comparable(SQLite::Database &db, const std::string &id)
{
    nlohmann::json p = sync::readInterview(db, id, sync::databaseId(db));
    const std::string origin = p.at("origin").get<std::string>();
    // Each database appends what it receives in the order it arrives: the same events, in
    // an order of their own.
    for (const char *list : {"events", "comments"}) {
        for (nlohmann::json &e : p[list])
            if (e[0].get<std::string>().empty())
                e[0] = origin;
        std::sort(p[list].begin(), p[list].end(),
                  [](const nlohmann::json &a, const nlohmann::json &b) {
                      return std::make_pair(a[0].get<std::string>(), a[1].get<int64_t>()) <
                             std::make_pair(b[0].get<std::string>(), b[1].get<int64_t>());
                  });
    }
    p.erase("origin");
    return p;
}

inline int count(SQLite::Database &db, const std::string &sql)
{
    return db.execAndGet(sql).getInt();
}

// A supervisor: a store, a team, and a real server on 127.0.0.1 (any free port).
class Supervisor
{
public:
    Supervisor(const QString &folder, bool tls = false, Store::Options options = {})
        : path((folder + QStringLiteral("/supervisor.db")).toStdString())
        , store(openStore(path, std::move(options)))
        , m_tls(tls)
    {}

    bool start()
    {
        sync::SyncServer::Options o;
        o.database = path;
        o.address = QHostAddress::LocalHost;
        o.port = 0;
        o.insecureHttp = !m_tls;
        o.store = store.get(); // as the app gives its own
        server = std::make_unique<sync::SyncServer>(o);
        const Status s = server->start();
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error());
        return s.ok();
    }

    void stop() { server.reset(); }

    std::string url() const { return server->url().toStdString(); }

    sync::Invitation invite(const std::string &name)
    {
        sync::Team team(*store);
        Result<sync::Invitation> i = team.add(name);
        EXPECT_TRUE(i.ok()) << (i.ok() ? "" : i.error());
        return i.ok() ? *i : sync::Invitation{};
    }

    int interviews() { return count(store->database(), "SELECT count(*) FROM interviews"); }

    std::string path;
    std::unique_ptr<Store> store;
    std::unique_ptr<sync::SyncServer> server;

private:
    bool m_tls;
};

// An enumerator's laptop: its own store, paired with a supervisor's server.
class Laptop
{
public:
    Laptop(const QString &folder, const std::string &name, Store::Options options = {})
        : path((folder + QStringLiteral("/") + QString::fromStdString(name) + ".db").toStdString())
        , store(openStore(path, std::move(options)))
    {
        client = std::make_unique<sync::SyncClient>(*store);
    }

    bool pair(Supervisor &supervisor, const std::string &name)
    {
        invitation = supervisor.invite(name);
        sync::PairOptions o;
        o.serverUrl = supervisor.url();
        o.code = invitation.pairingCode;
        o.insecureHttp = o.serverUrl.rfind("http://", 0) == 0;
        o.device = "laptop of " + name;
        Result<sync::Pairing> p = client->pairAndWait(o);
        EXPECT_TRUE(p.ok()) << (p.ok() ? "" : p.error());
        if (p)
            enumerator = p->enumerator;
        return p.ok();
    }

    sync::SyncReport sync(sync::SyncOptions options = {})
    {
        return client->synchroniseAndWait(options);
    }

    // Many answers committed quickly: the test's data, not what is being tested, so the
    // laptop's store does not wait for the disk while it is filled.
    void fillQuickly() { store->database().exec("PRAGMA synchronous = OFF"); }
    void fillDurably() { store->database().exec("PRAGMA synchronous = FULL"); }

    std::string path;
    std::unique_ptr<Store> store;
    std::unique_ptr<sync::SyncClient> client;
    sync::Invitation invitation;
    std::string enumerator;
};

} // namespace enumera::testing
