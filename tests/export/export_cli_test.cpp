// SPDX-License-Identifier: GPL-3.0-or-later
// `enumera export` as an office runs it: the real binary on a database filled by
// `enumera replay --db`, its exit status and messages, the file it leaves, and the export checked
// against schema/export.schema.json by an independent validator (python3-jsonschema).
#include "store/store.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace enumera;
using ::testing::HasSubstr;

namespace {

const QString Repo = QStringLiteral(ENUMERA_REPO);

struct Ran
{
    int status = -1;
    std::string out;
    std::string err;
};

Ran run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            p.readAllStandardOutput().toStdString(), p.readAllStandardError().toStdString()};
}

Ran binary(const QStringList &args)
{
    return run(QStringLiteral(ENUMERA_BINARY), args);
}

std::string fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "(unreadable)";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex().toStdString();
}

nlohmann::json readJson(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    return nlohmann::json::parse(in, nullptr, false);
}

class ExportCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = dir.filePath(QStringLiteral("enumera.db"));
    }

    // Replays tests/export/scripts/NAME.jsonl into the database; the household is NAME.
    std::string replay(const QString &name)
    {
        const Ran r =
            binary({QStringLiteral("replay"), QStringLiteral("--db"), db, QStringLiteral("--form"),
                    Repo + "/forms/household-survey.json", QStringLiteral("--script"),
                    Repo + "/tests/export/scripts/" + name + ".jsonl"});
        EXPECT_EQ(r.status, 0) << r.err;
        const size_t at = r.out.find("\"interview\":\"");
        return at == std::string::npos ? std::string() : r.out.substr(at + 13, 36);
    }

    // The five households, with the statuses of the golden test: H-0001 approved, H-0002 and
    // H-0003 completed, H-0004 in progress, H-0005 completed and discarded.
    void fiveHouseholds()
    {
        std::vector<std::string> ids;
        for (const char *name : {"H-0001", "H-0002", "H-0003", "H-0004", "H-0005"})
            ids.push_back(replay(QString::fromLatin1(name)));
        Result<std::unique_ptr<Store>> store = Store::open(db.toStdString());
        ASSERT_TRUE(store.ok()) << store.error();
        Store &s = **store;
        for (size_t i : {0, 1, 2, 4})
            ASSERT_TRUE(s.setStatus(ids[i], "E07", InterviewStatus::Completed).ok());
        ASSERT_TRUE(s.setStatus(ids[0], "S01", InterviewStatus::Approved).ok());
        ASSERT_TRUE(s.setDiscarded(ids[4], "S01", true).ok());
    }

    Ran exportTo(const QString &out, QStringList more = {})
    {
        return binary(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db,
                                  QStringLiteral("--out"), out} +
                      more);
    }

    // The independent validator on real exports.
    static void expectValid(const QStringList &exports)
    {
        const Ran r =
            run(QStringLiteral(PYTHON3),
                QStringList{Repo + "/tests/schema/check_export_schema.py", Repo} + exports);
        EXPECT_EQ(r.status, 0) << r.out << r.err;
    }

    QTemporaryDir dir;
    QString db;
};

std::vector<std::string> households(const nlohmann::json &document)
{
    std::vector<std::string> out;
    for (const auto &i : document["interviews"])
        out.push_back(i["household"]);
    return out;
}

} // namespace

TEST_F(ExportCli, realExportsAreValidAgainstTheSchema)
{
    fiveHouseholds();
    const QString plain = dir.filePath(QStringLiteral("plain.json"));
    const QString paradata = dir.filePath(QStringLiteral("paradata.json"));
    const QString all = dir.filePath(QStringLiteral("all.json"));
    Ran r = exportTo(plain);
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "3 interview(s) exported to " + plain.toStdString() + "\n");
    EXPECT_EQ(r.err, "");
    r = exportTo(paradata, {QStringLiteral("--paradata")});
    ASSERT_EQ(r.status, 0) << r.err;
    r = exportTo(all, {QStringLiteral("--status"),
                       QStringLiteral("in_progress,completed,rejected,approved")});
    ASSERT_EQ(r.status, 0) << r.err;
    expectValid({plain, paradata, all});

    EXPECT_THAT(households(readJson(plain)),
                ::testing::UnorderedElementsAre("H-0001", "H-0002", "H-0003"));
    EXPECT_THAT(households(readJson(all)),
                ::testing::UnorderedElementsAre("H-0001", "H-0002", "H-0003", "H-0004"));
    const nlohmann::json p = readJson(paradata);
    EXPECT_EQ(p["filter"]["paradata"], true);
    for (const auto &i : p["interviews"])
        EXPECT_FALSE(i["events"].empty());
    for (const auto &i : readJson(plain)["interviews"])
        EXPECT_FALSE(i.contains("events"));
}

TEST_F(ExportCli, statusAndSinceFilter)
{
    fiveHouseholds();
    const QString out = dir.filePath(QStringLiteral("out.json"));
    Ran r = exportTo(out, {QStringLiteral("--status"), QStringLiteral("in_progress")});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(households(readJson(out)), ::testing::ElementsAre("H-0004"));
    r = exportTo(out, {QStringLiteral("--since"), QStringLiteral("2999-01-01")});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "0 interview(s) exported to " + out.toStdString() + "\n");
    EXPECT_TRUE(readJson(out)["interviews"].empty());
    r = exportTo(out, {QStringLiteral("--since"), QStringLiteral("2000-01-01T00:00:00+01:00")});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(readJson(out)["filter"]["since"], "1999-12-31T23:00:00.000Z");
    EXPECT_EQ(readJson(out)["interview_count"], 3);
    expectValid({out});
}

TEST_F(ExportCli, anUnreadableDatabaseLeavesTheOldExportAsItWas)
{
    fiveHouseholds();
    const QString out = dir.filePath(QStringLiteral("out.json"));
    ASSERT_EQ(exportTo(out).status, 0);
    const std::string before = fileHash(out);

    const QString notADatabase = dir.filePath(QStringLiteral("notes.db"));
    std::ofstream(notADatabase.toStdString()) << "household_id,consent\nH-1,1\n";
    const Ran r = binary({QStringLiteral("export"), QStringLiteral("--db"), notADatabase,
                          QStringLiteral("--out"), out});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_THAT(r.err, HasSubstr("is not an Enumera database"));
    EXPECT_EQ(fileHash(out), before);

    // A database that fails in the middle of the export (an answer damaged on disk).
    {
        Result<std::unique_ptr<Store>> store = Store::open(db.toStdString());
        ASSERT_TRUE(store.ok());
        (*store)->database().exec("UPDATE answers SET kind = 'x' WHERE path = 'members[3].q27'");
    }
    const Ran damaged = exportTo(out);
    EXPECT_EQ(damaged.status, 1);
    EXPECT_THAT(damaged.err, HasSubstr("cannot be exported: members[3].q27 (the stored answer is "
                                       "damaged)"));
    EXPECT_THAT(damaged.err, HasSubstr("was not written"));
    EXPECT_EQ(fileHash(out), before);
}

TEST_F(ExportCli, aMissingDatabaseIsAnErrorAndCreatesNothing)
{
    const QString missing = dir.filePath(QStringLiteral("missing.db"));
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const Ran r = binary(
        {QStringLiteral("export"), QStringLiteral("--db"), missing, QStringLiteral("--out"), out});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, missing.toStdString() + " does not exist\n");
    EXPECT_FALSE(QFile::exists(missing)) << "an export creates no database";
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(ExportCli, usageErrors)
{
    const QString out = dir.filePath(QStringLiteral("out.json"));
    auto usage = [&](const QStringList &args, const std::string &message) {
        const Ran r = binary(args);
        EXPECT_EQ(r.status, 2) << args.join(' ').toStdString();
        EXPECT_THAT(r.err, HasSubstr(message)) << args.join(' ').toStdString();
        EXPECT_FALSE(QFile::exists(out));
    };
    usage({QStringLiteral("export"), QStringLiteral("--out"), out},
          "export: usage: enumera export --db DB --out FILE");
    usage({QStringLiteral("export"), QStringLiteral("--db"), db},
          "export: usage: enumera export --db DB --out FILE");
    usage({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out,
           QStringLiteral("--status"), QStringLiteral("done")},
          "export: 'done' is not a status; the statuses are in_progress, completed, rejected and "
          "approved");
    usage({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out,
           QStringLiteral("--since"), QStringLiteral("last week")},
          "export: 'last week' is not a date or time");
    usage({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out,
           QStringLiteral("--csv")},
          "export: unknown option --csv");
    usage({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out")},
          "export: --out needs a value");
    // The database itself is never overwritten.
    replay(QStringLiteral("H-0002"));
    const std::string before = fileHash(db);
    const Ran itself =
        binary({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), db});
    EXPECT_EQ(itself.status, 2);
    EXPECT_THAT(itself.err, HasSubstr("is the database itself"));
    EXPECT_EQ(fileHash(db), before);
    const Ran help = binary({QStringLiteral("help")});
    EXPECT_THAT(help.out, HasSubstr("export --db DB --out FILE [--status LIST] [--since ISO-TIME] "
                                    "[--paradata]"));
}
