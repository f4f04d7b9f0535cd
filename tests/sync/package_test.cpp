// SPDX-License-Identifier: GPL-3.0-or-later
// Package files: the same exchange as over the network, with the same checks. The same story
// told once over HTTP and once with files ends in the same databases.
#include "sync/crypto.h"
#include "sync/package.h"
#include "sync/protocol.h"
#include "sync/review.h"
#include "syncfixture.h"

#include <QDateTime>
#include <QFile>

using namespace enumera;
using namespace enumera::testing;
using nlohmann::json;
using ::testing::HasSubstr;

namespace {

// Times and ids that are the same in two runs of the same story: the clock stands still
// except when the story moves it (so that the exchange itself, which reads the clock more often
// with files than over the network, does not shift the times), and starts from the test's
// start, so that pairing codes are not yet expired for the server's own clock.
struct Story
{
    std::shared_ptr<int> seconds = std::make_shared<int>(0);
    void next() { ++*seconds; }

    Store::Options options(const std::string &prefix) const
    {
        static const QDateTime start = QDateTime::currentDateTimeUtc();
        auto ids = std::make_shared<int>(0);
        Store::Options o;
        o.clock = [at = seconds] {
            return Timestamp{start.addSecs(*at).toString(Qt::ISODateWithMs).toStdString(), -300};
        };
        o.newId = [ids, prefix] {
            char text[40];
            std::snprintf(text, sizeof text, "%s-0000-4000-8000-%012d", prefix.c_str(), ++*ids);
            return std::string(text);
        };
        return o;
    }
};

QByteArray readAll(const std::string &file)
{
    QFile f(QString::fromStdString(file));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const std::string &file, const QByteArray &data)
{
    QFile f(QString::fromStdString(file));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

// A package's header and body, to change them as an attacker would.
std::pair<json, QByteArray> split(const QByteArray &package)
{
    const qsizetype first = package.indexOf('\n');
    const qsizetype second = package.indexOf('\n', first + 1);
    return {json::parse(package.mid(first + 1, second - first - 1).toStdString()),
            package.mid(second + 1)};
}

QByteArray join(const json &header, const QByteArray &body)
{
    return "ENUMERA-SYNC-PACKAGE 1\n" + QByteArray::fromStdString(header.dump()) + '\n' + body;
}

// Everything two worlds should agree on, with each database's identity named by its role.
std::string state(Store &laptop, Store &supervisor)
{
    const std::string l = sync::databaseId(laptop.database());
    const std::string s = sync::databaseId(supervisor.database());
    auto named = [&](json p) {
        for (const char *list : {"events", "comments"}) {
            for (json &e : p[list])
                e[0] = e[0] == l ? "laptop" : e[0] == s ? "supervisor" : e[0];
            std::sort(p[list].begin(), p[list].end());
        }
        return p;
    };
    json out = json::object();
    for (Store *store : {&laptop, &supervisor}) {
        const char *side = store == &laptop ? "laptop" : "supervisor";
        SQLite::Statement ids(store->database(), "SELECT id FROM interviews ORDER BY id");
        while (ids.executeStep())
            out[side]["interviews"].push_back(
                named(comparable(store->database(), ids.getColumn(0).getString())));
    }
    SQLite::Statement sent(laptop.database(),
                           "SELECT interview, synced_checksum, base_version, sent_revision, "
                           "conflict FROM sync_client_interviews ORDER BY interview");
    while (sent.executeStep())
        out["laptop"]["sent"].push_back({sent.getColumn(0).getString(),
                                         sent.getColumn(1).getString(), sent.getColumn(2).getInt(),
                                         sent.getColumn(3).getInt(), sent.getColumn(4).getInt()});
    SQLite::Statement held(supervisor.database(),
                           "SELECT interview, enumerator, version, conflict_open FROM "
                           "sync_server_interviews ORDER BY interview");
    while (held.executeStep())
        out["supervisor"]["held"].push_back(
            {held.getColumn(0).getString(), held.getColumn(1).getString(),
             held.getColumn(2).getInt(), held.getColumn(3).getInt()});
    return out.dump(1);
}

class PackageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        form = mustLoad(syncForm());
    }
    void TearDown() override
    {
        if (HasFailure())
            dir.setAutoRemove(false);
    }
    std::string file(const std::string &name) const
    {
        return dir.filePath(QString::fromStdString(name)).toStdString();
    }

    QTemporaryDir dir;
    std::shared_ptr<const Form> form;
};

} // namespace

TEST_F(PackageTest, theRoundTripThroughFilesEndsWhereTheNetworkExchangeEnds)
{
    std::map<bool, std::string> ends;
    for (const bool files : {false, true}) {
        SCOPED_TRACE(files ? "with package files" : "over the network");
        QTemporaryDir world;
        Story story;
        Supervisor supervisor(world.path(), false, story.options("55555555"));
        ASSERT_TRUE(supervisor.start());
        Laptop laptop(world.path(), "ana", story.options("11111111"));
        ASSERT_TRUE(laptop.pair(supervisor, "Ana"));
        if (files)
            supervisor.stop(); // from now on, only files travel
        int n = 0;
        auto exchange = [&] {
            ++n;
            story.next();
            if (!files) {
                const sync::SyncReport r = laptop.sync();
                ASSERT_TRUE(r.status.ok()) << r.status.error();
                return;
            }
            const std::string out = file("out" + std::to_string(n)),
                              back = file("back" + std::to_string(n));
            ASSERT_TRUE(sync::exportEnumeratorPackage(*laptop.store, out, false).ok());
            Result<sync::PackageSummary> in =
                sync::importEnumeratorPackage(*supervisor.store, out, back);
            ASSERT_TRUE(in.ok()) << in.error();
            Result<sync::PackageSummary> taken = sync::importSupervisorPackage(*laptop.store, back);
            ASSERT_TRUE(taken.ok()) << taken.error();
        };
        const std::string first = makeInterview(*laptop.store, form, 1, laptop.enumerator);
        story.next();
        const std::string second = makeInterview(*laptop.store, form, 2, laptop.enumerator);
        story.next();
        makeInterview(*laptop.store, form, 3, laptop.enumerator);
        story.next();
        makeInterview(*laptop.store, form, 4, laptop.enumerator, false); // stays on the laptop
        exchange();
        story.next();
        sync::Review review(*supervisor.store, "S01");
        ASSERT_TRUE(review.reject(first, "Check the hours", {{"hours", "Really?"}}).ok());
        story.next();
        ASSERT_TRUE(review.approve(second, "Good work").ok());
        exchange();
        ASSERT_EQ(laptop.store->record(first)->status, InterviewStatus::Rejected);
        ASSERT_EQ(laptop.store->record(second)->status, InterviewStatus::Approved);
        story.next();
        auto s = InterviewSession::open(*laptop.store, first, "E01");
        ASSERT_TRUE(s.ok());
        answer(**s, "hours", Value::number(41));
        ASSERT_TRUE((*s)->complete().ok());
        exchange();
        ASSERT_EQ(supervisor.store->record(first)->revision, 2);
        exchange(); // nothing new: nothing changes
        ends[files] = state(*laptop.store, *supervisor.store);
    }
    EXPECT_EQ(ends[true], ends[false]);
}

TEST_F(PackageTest, aPackageImportedTwiceStoresNothingTwice)
{
    Supervisor supervisor(dir.path());
    ASSERT_TRUE(supervisor.start());
    Laptop laptop(dir.path(), "ana");
    ASSERT_TRUE(laptop.pair(supervisor, "Ana"));
    supervisor.stop();
    for (int n = 0; n < 3; ++n)
        makeInterview(*laptop.store, form, n, laptop.enumerator);
    ASSERT_TRUE(sync::exportEnumeratorPackage(*laptop.store, file("out"), false).ok());
    Result<sync::PackageSummary> once =
        sync::importEnumeratorPackage(*supervisor.store, file("out"), file("back"));
    ASSERT_TRUE(once.ok()) << once.error();
    EXPECT_EQ(once->applied.stored, 3);
    EXPECT_FALSE(once->replayed);
    const int events = count(supervisor.store->database(), "SELECT count(*) FROM events");
    Result<sync::PackageSummary> twice =
        sync::importEnumeratorPackage(*supervisor.store, file("out"), file("back2"));
    ASSERT_TRUE(twice.ok()) << twice.error();
    EXPECT_TRUE(twice->replayed);
    EXPECT_EQ(twice->applied.stored, 0);
    EXPECT_EQ(twice->applied.unchanged, 3);
    EXPECT_EQ(supervisor.interviews(), 3);
    EXPECT_EQ(count(supervisor.store->database(), "SELECT count(*) FROM events"), events);
    // Either answer marks the interviews sent, once.
    ASSERT_TRUE(sync::importSupervisorPackage(*laptop.store, file("back2")).ok());
    ASSERT_TRUE(sync::importSupervisorPackage(*laptop.store, file("back")).ok());
    EXPECT_EQ(sync::outgoing(*laptop.store, false)->interviews.size(), 0u);
}

TEST_F(PackageTest, tamperedTruncatedAndFuturePackagesAreRefusedAndNothingIsStored)
{
    Supervisor supervisor(dir.path());
    ASSERT_TRUE(supervisor.start());
    Laptop laptop(dir.path(), "ana");
    ASSERT_TRUE(laptop.pair(supervisor, "Ana"));
    supervisor.stop();
    makeInterview(*laptop.store, form, 1, laptop.enumerator);
    ASSERT_TRUE(sync::exportEnumeratorPackage(*laptop.store, file("out"), false).ok());
    const QByteArray good = readAll(file("out"));

    // An answer changed, and every checksum recomputed to match: the signature still fails.
    auto [header, body] = split(good);
    json content = json::parse(body.toStdString());
    json &p = content["push"]["interviews"][0];
    for (json &a : p["answers"])
        if (a[0] == "hours")
            a[2] = "12";
    p["checksum"] = sync::contentChecksum(p);
    const QByteArray changed = QByteArray::fromStdString(content.dump());
    header["body_length"] = changed.size();
    header["body_sha256"] = changed.isEmpty() ? "" : sync::hexText(sync::sha256(changed));
    writeAll(file("tampered"), join(header, changed));
    Result<sync::PackageSummary> tampered =
        sync::importEnumeratorPackage(*supervisor.store, file("tampered"), file("back"));
    ASSERT_FALSE(tampered.ok());
    EXPECT_THAT(tampered.error(), HasSubstr("was refused: the signature does not verify"));

    // Changed without recomputing: the checksum says so.
    QByteArray flipped = good;
    flipped[flipped.size() - 10] = flipped[flipped.size() - 10] == 'a' ? 'b' : 'a';
    writeAll(file("flipped"), flipped);
    EXPECT_THAT(sync::importEnumeratorPackage(*supervisor.store, file("flipped"), {}).error(),
                HasSubstr("is damaged: its content does not match its checksum; nothing was "
                          "stored"));

    // Cut short, as a copy interrupted.
    writeAll(file("cut"), good.left(good.size() - 100));
    EXPECT_THAT(sync::importEnumeratorPackage(*supervisor.store, file("cut"), {}).error(),
                HasSubstr("is cut short: it holds"));

    // From a newer Enumera.
    auto [future, same] = split(good);
    future["protocol"] = 2;
    writeAll(file("future"), join(future, same));
    EXPECT_THAT(sync::importEnumeratorPackage(*supervisor.store, file("future"), {}).error(),
                HasSubstr("was made with sync protocol 2, which this version of Enumera does not "
                          "speak (it speaks protocol 1): update Enumera; nothing was stored"));

    EXPECT_EQ(supervisor.interviews(), 0);
    EXPECT_FALSE(QFile::exists(QString::fromStdString(file("back"))));
    ASSERT_TRUE(sync::importEnumeratorPackage(*supervisor.store, file("out"), {}).ok())
        << "the untouched package is taken";
    EXPECT_EQ(supervisor.interviews(), 1);

    // The supervisor's answer is checked on the laptop the same way.
    ASSERT_TRUE(sync::exportSupervisorPackage(*supervisor.store, "E01", file("answer")).ok());
    auto [answerHeader, answerBody] = split(readAll(file("answer")));
    json a = json::parse(answerBody.toStdString());
    a["pull"]["cursor"] = 1000;
    const QByteArray forged = QByteArray::fromStdString(a.dump());
    answerHeader["body_length"] = forged.size();
    answerHeader["body_sha256"] = sync::hexText(sync::sha256(forged));
    writeAll(file("forged"), join(answerHeader, forged));
    EXPECT_THAT(sync::importSupervisorPackage(*laptop.store, file("forged")).error(),
                HasSubstr("is not signed by the server this laptop was paired with"));
    EXPECT_TRUE(sync::importSupervisorPackage(*laptop.store, file("answer")).ok());
}
