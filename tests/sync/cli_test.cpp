// SPDX-License-Identifier: GPL-3.0-or-later
// The sync verbs through the real binary: the supervisor's team, a server over TLS, pairing,
// sync, review, conflicts and package files, with the outputs and exit statuses docs/cli.md
// describes.
#include "syncfixture.h"

#include <QProcess>
#include <QRegularExpression>

using namespace enumera;
using namespace enumera::testing;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

struct Ran
{
    int status = -1;
    std::string out;
    std::string err;
};

Ran run(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(ENUMERA_BINARY), arguments);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            p.readAllStandardOutput().toStdString(), p.readAllStandardError().toStdString()};
}

std::string captured(const std::string &text, const char *pattern)
{
    const auto m =
        QRegularExpression(QString::fromLatin1(pattern)).match(QString::fromStdString(text));
    return m.hasMatch() ? m.captured(1).toStdString() : std::string();
}

class SyncCli : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }
    void TearDown() override
    {
        if (server.state() != QProcess::NotRunning) {
            server.terminate(); // SIGTERM: a clean stop
            server.waitForFinished();
        }
    }
    QString file(const QString &name) const { return dir.filePath(name); }

    // enumera serve, over TLS, on any free port; returns its address.
    std::string serve(const QString &database)
    {
        server.start(QStringLiteral(ENUMERA_BINARY),
                     {"serve", "--db", database, "--listen", "127.0.0.1:0"});
        QByteArray out;
        std::string url;
        EXPECT_TRUE(waitUntil([&] {
            out += server.readAllStandardOutput();
            url = captured(out.toStdString(), "listening on (https://\\S+)");
            return !url.empty() && out.contains("certificate SHA-256");
        }));
        fingerprint = captured(out.toStdString(), "certificate SHA-256 ([0-9A-F:]+)");
        return url;
    }

    QTemporaryDir dir;
    QProcess server;
    std::string fingerprint;
};

} // namespace

TEST_F(SyncCli, teamPairSyncReviewAndConflictsThroughTheBinary)
{
    const QString sup = file("supervisor.db"), laptop = file("laptop.db");
    const Ran added = run({"team", "add", "--db", sup, "--name", "Ana Pérez"});
    ASSERT_EQ(added.status, 0) << added.err;
    EXPECT_THAT(added.out, HasSubstr("enumerator E01 (Ana Pérez)\npairing code "));
    const std::string code =
        captured(added.out, "pairing code ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");
    ASSERT_FALSE(code.empty());
    ASSERT_EQ(run({"team", "add", "--db", sup, "--name", "Eva", "--code", "EVA"}).status, 0);
    EXPECT_THAT(run({"team", "add", "--db", sup, "--name", "Eva", "--code", "EVA"}).err,
                HasSubstr("team: the team already has an enumerator EVA"));

    const std::string url = serve(sup);
    ASSERT_FALSE(url.empty());
    const Ran paired =
        run({"pair", "--db", laptop, "--server", QString::fromStdString(url), "--code",
             QString::fromStdString(code), "--fingerprint", QString::fromStdString(fingerprint)});
    ASSERT_EQ(paired.status, 0) << paired.err;
    EXPECT_THAT(paired.out, HasSubstr("paired as E01 (Ana Pérez) with the server at " + url));
    EXPECT_THAT(paired.out, HasSubstr("certificate SHA-256 " + fingerprint + " pinned"));

    // An interview in progress goes only as a backup.
    const Ran replayed =
        run({"replay", "--db", laptop, "--form",
             QStringLiteral(ENUMERA_REPO "/forms/household-survey.json"), "--script",
             QStringLiteral(ENUMERA_REPO "/forms/tests/household-three-members-complete.jsonl")});
    ASSERT_EQ(replayed.status, 0) << replayed.err;
    const std::string id = captured(replayed.out, "\"interview\":\"([0-9a-f-]+)\"");
    EXPECT_THAT(run({"sync", "--db", laptop}).out, HasSubstr("nothing to send"));
    const Ran backup = run({"sync", "--db", laptop, "--include-in-progress"});
    ASSERT_EQ(backup.status, 0) << backup.err;
    EXPECT_THAT(backup.out, HasSubstr("sent 1 interview(s): 1 stored, 0 already there"));

    const Ran list = run({"team", "list", "--db", sup, "--json"});
    ASSERT_EQ(list.status, 0);
    const nlohmann::json team = nlohmann::json::parse(list.out);
    EXPECT_EQ(team[0]["status"], "paired");
    EXPECT_EQ(team[1]["status"], "invited");
    EXPECT_EQ(team[1]["code_waiting"], true);

    // In progress: it cannot be rejected; the history shows what was received.
    EXPECT_THAT(run({"reject", "--db", sup, QString::fromStdString(id), "--reason", "x"}).err,
                HasSubstr("is still in progress"));
    const Ran history = run({"history", "--db", sup, QString::fromStdString(id)});
    EXPECT_THAT(history.out, HasSubstr("revision 1, in_progress (stored)"));
    EXPECT_EQ(run({"reject", "--db", sup}).status, 2);

    const Ran revoked = run({"team", "revoke", "--db", sup, "E01"});
    EXPECT_EQ(revoked.status, 0);
    const Ran refused = run({"sync", "--db", laptop, "--include-in-progress"});
    EXPECT_EQ(refused.status, 1);
    EXPECT_THAT(refused.err, HasSubstr("enumerator E01 was revoked by the supervisor"));
    EXPECT_THAT(refused.out, Not(HasSubstr("received")));
    EXPECT_EQ(run({"conflicts", "--db", sup, "--json"}).out, "[]\n");
    const Ran noConflict =
        run({"conflicts", "resolve", "--db", sup, QString::fromStdString(id), "--keep", "server"});
    EXPECT_EQ(noConflict.status, 1);
    EXPECT_THAT(noConflict.err, HasSubstr("interview " + id + " has no open conflict"));
}

TEST_F(SyncCli, packageFilesThroughTheBinary)
{
    const QString sup = file("supervisor.db"), laptop = file("laptop.db");
    const std::string code = captured(run({"team", "add", "--db", sup, "--name", "Ana"}).out,
                                      "pairing code ([A-Z0-9-]+)");
    const std::string url = serve(sup);
    ASSERT_EQ(run({"pair", "--db", laptop, "--server", QString::fromStdString(url), "--code",
                   QString::fromStdString(code)})
                  .status,
              0);
    server.terminate();
    server.waitForFinished();
    ASSERT_EQ(run({"replay", "--db", laptop, "--form",
                   QStringLiteral(ENUMERA_REPO "/forms/household-survey.json"), "--script",
                   QStringLiteral(ENUMERA_REPO "/forms/tests/q1-no-goes-to-q8b.jsonl")})
                  .status,
              0);
    const Ran exported = run(
        {"sync", "export", "--db", laptop, "--out", file("out.enumera"), "--include-in-progress"});
    ASSERT_EQ(exported.status, 0) << exported.err;
    EXPECT_THAT(exported.out, HasSubstr("1 interview(s) from E01, for the supervisor's laptop"));
    const Ran imported =
        run({"sync", "import", "--db", sup, file("out.enumera"), "--answer", file("back.enumera")});
    ASSERT_EQ(imported.status, 0) << imported.err;
    EXPECT_THAT(imported.out, HasSubstr("from E01: 1 interview(s): 1 stored"));
    const Ran again = run({"sync", "import", "--db", sup, file("out.enumera")});
    EXPECT_THAT(again.out, HasSubstr("was imported before: nothing was stored twice"));
    const Ran taken = run({"sync", "import", "--db", laptop, file("back.enumera")});
    ASSERT_EQ(taken.status, 0) << taken.err;
    EXPECT_THAT(taken.out, HasSubstr("1 stored"));
    EXPECT_EQ(run({"sync", "import", "--db", sup, file("missing")}).status, 1);
}

TEST_F(SyncCli, otherProgramsOpeningTheDatabaseWhileTheServerRunsLoseNothing)
{
    const QString sup = file("supervisor.db"), laptop = file("laptop.db");
    const std::string code = captured(run({"team", "add", "--db", sup, "--name", "Ana"}).out,
                                      "pairing code ([A-Z0-9-]+)");
    const std::string url = serve(sup);
    ASSERT_EQ(run({"pair", "--db", laptop, "--server", QString::fromStdString(url), "--code",
                   QString::fromStdString(code)})
                  .status,
              0);
    const QString survey = QStringLiteral(ENUMERA_REPO "/forms/household-survey.json");
    const QString script = QStringLiteral(ENUMERA_REPO "/forms/tests/q1-no-goes-to-q8b.jsonl");
    ASSERT_EQ(run({"replay", "--db", laptop, "--form", survey, "--script", script}).status, 0);
    EXPECT_THAT(run({"sync", "--db", laptop, "--include-in-progress"}).out, HasSubstr("1 stored"));

    // The supervisor's other verbs open and close the database while the server has it open.
    EXPECT_EQ(run({"team", "list", "--db", sup}).status, 0);
    EXPECT_EQ(run({"conflicts", "--db", sup}).status, 0);
    ASSERT_EQ(run({"replay", "--db", laptop, "--form", survey, "--script", script}).status, 0);
    EXPECT_THAT(run({"sync", "--db", laptop, "--include-in-progress"}).out, HasSubstr("1 stored"));
    ASSERT_EQ(
        run({"assign", "--db", sup, "--enumerator", "E01", "--household", "H-9", "--form", survey})
            .status,
        0);
    EXPECT_THAT(run({"sync", "--db", laptop}).out, HasSubstr("1 assignment(s)"))
        << "the server sees what another program wrote";
    server.terminate();
    server.waitForFinished();

    auto store = openStore(sup.toStdString());
    EXPECT_EQ(count(store->database(), "SELECT count(*) FROM interviews"), 2)
        << "what the server stored is in the file";
    EXPECT_EQ(count(store->database(), "SELECT count(*) FROM sync_assignments"), 1);
}
