// SPDX-License-Identifier: GPL-3.0-or-later
// A database of store schema 1 (made before sync existed, kept in data/store-v1.sql) opens as
// the current schema with every interview, answer, event and comment it had, and then syncs.
#include "support/asnobody.h"
#include "syncfixture.h"

#include <QFile>
#include <QProcess>

#include <filesystem>

using namespace enumera;
using namespace enumera::testing;

namespace {

std::string fixture()
{
    QFile f(QStringLiteral(ENUMERA_SYNC_DATA "/store-v1.sql"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll().toStdString();
}

// Every row of the tables of schema 1, with the columns of schema 1 in their order (later
// schemas add columns, and schema 4 orders the event log by interview).
std::vector<std::string> schemaOneRows(SQLite::Database &db)
{
    const std::pair<const char *, const char *> tables[] = {
        {"forms", "*"},
        {"interviews",
         "id, form_hash, form_id, form_version, household, owner, status, discarded, revision, "
         "created_at, created_offset, updated_at, updated_offset, completed_at, "
         "completed_offset, position, language, answered, unanswered, script_line"},
        {"rows", "*"},
        {"answers", "*"},
        {"confirmations", "*"},
        {"comments", "*"},
        {"events", "seq, interview, at, at_offset, user, kind, path, old_value, new_value"}};
    std::vector<std::string> out;
    for (const auto &[table, columns] : tables) {
        SQLite::Statement all(db, std::string("SELECT ") + columns + " FROM " + table +
                                      " ORDER BY 1, 2");
        while (all.executeStep()) {
            std::string line = table;
            for (int c = 0; c < all.getColumnCount(); ++c)
                line += "|" + all.getColumn(c).getString();
            out.push_back(line);
        }
    }
    return out;
}

} // namespace

TEST(Migration, aVersionOneDatabaseIsMigratedAndKeepsItsData)
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("v1.db").toStdString();
    std::vector<std::string> before;
    {
        SQLite::Database v1(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        v1.exec(fixture());
        ASSERT_EQ(v1.execAndGet("PRAGMA user_version").getInt(), 1);
        before = schemaOneRows(v1);
    }
    ASSERT_FALSE(before.empty());

    auto store = openStore(path);
    ASSERT_TRUE(store);
    SQLite::Database &db = store->database();
    EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), Store::SchemaVersion);
    EXPECT_EQ(schemaOneRows(db), before) << "every row of schema 1 is kept as it was";
    // The interviewing time is counted from the events already stored: E07's events of the
    // first interview are a second apart from 10:00:01 to 10:00:09 (the supervisor's comment
    // after them is not the enumerator's time); the second's two are a second apart.
    EXPECT_EQ(store->record("00000000-0000-4000-8000-000000000001")->interviewingMs, 8000);
    EXPECT_EQ(store->record("00000000-0000-4000-8000-000000000002")->interviewingMs, 1000);
    EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
    EXPECT_EQ(sync::databaseId(db).size(), 32u) << "the database has an identity";

    // The interviews open as before, and the new tables work.
    Result<std::unique_ptr<InterviewSession>> s =
        InterviewSession::open(*store, "00000000-0000-4000-8000-000000000001", "E07");
    ASSERT_TRUE(s.ok()) << s.error();
    EXPECT_EQ((*s)->interview().answer(at(**s, "trainings[1].days")), Value::special(77));
    EXPECT_EQ((*s)->interview().confirmationReason(at(**s, "hours")), "Two jobs");
    EXPECT_EQ(store->comments("00000000-0000-4000-8000-000000000001")->front().text,
              "Check the hours");

    Supervisor supervisor(dir.path());
    ASSERT_TRUE(supervisor.start());
    sync::SyncClient client(*store);
    const sync::Invitation invitation = supervisor.invite("Ana");
    sync::PairOptions o;
    o.serverUrl = supervisor.url();
    o.code = invitation.pairingCode;
    o.insecureHttp = true;
    ASSERT_TRUE(client.pairAndWait(o).ok());
    const sync::SyncReport r = client.synchroniseAndWait({});
    ASSERT_TRUE(r.status.ok()) << r.status.error();
    EXPECT_EQ(r.applied.stored, 1) << "the completed interview of schema 1";
    EXPECT_EQ(
        comparable(db, "00000000-0000-4000-8000-000000000001").dump(),
        comparable(supervisor.store->database(), "00000000-0000-4000-8000-000000000001").dump());
}

namespace {

std::string schemaOneDatabase(const QTemporaryDir &dir)
{
    const std::string path = dir.filePath("v1.db").toStdString();
    SQLite::Database v1(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    v1.exec(fixture());
    return path;
}

std::string fileBytes(const std::string &path)
{
    QFile f(QString::fromStdString(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : "(unreadable)";
}

} // namespace

// `enumera interviews` and `enumera export` open the store for reading: an older database is
// brought up to date first, as the app would.
TEST(Migration, aReadingVerbBringsAnOlderDatabaseUpToDateFirst)
{
    QTemporaryDir dir;
    const std::string path = schemaOneDatabase(dir);
    Store::Options reading;
    reading.readOnly = true;
    Result<std::unique_ptr<Store>> store = Store::open(path, reading);
    ASSERT_TRUE(store.ok()) << store.error();
    EXPECT_EQ((*store)->database().execAndGet("PRAGMA user_version").getInt(),
              Store::SchemaVersion);
    Result<std::vector<InterviewRecord>> list = (*store)->interviews();
    ASSERT_TRUE(list.ok()) << list.error();
    ASSERT_EQ(list->size(), 2u);
    EXPECT_EQ(list->front().interviewingMs, 8000);
    EXPECT_THROW((*store)->database().exec("DELETE FROM comments"), SQLite::Exception)
        << "still a connection that only reads";
}

TEST(Migration, anOlderDatabaseThatCannotBeWrittenIsRefusedAndLeftAsItIs)
{
    QTemporaryDir dir;
    const std::string path = schemaOneDatabase(dir);
    std::filesystem::permissions(path, std::filesystem::perms(0444));
    std::filesystem::permissions(dir.path().toStdString(), std::filesystem::perms(0555));
    const std::string before = fileBytes(path);
    const std::string message = asNobody([&] {
        Store::Options reading;
        reading.readOnly = true;
        Result<std::unique_ptr<Store>> s = Store::open(path, reading);
        return s.ok() ? std::string("opened") : s.error();
    });
    std::filesystem::permissions(dir.path().toStdString(), std::filesystem::perms(0755));
    EXPECT_EQ(message, path + " was written by an earlier version of Enumera (database schema 1) "
                              "and has to be brought up to date before it can be read, which "
                              "means writing to it, and it cannot be written where it is: it was "
                              "left as it is. Read a copy of it that can be written.");
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
}

// Two programs opening the same older database at once (the app and `enumera export`, or two
// verbs): one brings it up to date, the other finds it done.
TEST(Migration, twoProgramsOpeningAnOlderDatabaseAtOnceBothReadIt)
{
    for (int round = 0; round < 5; ++round) {
        QTemporaryDir dir;
        const QString path = QString::fromStdString(schemaOneDatabase(dir));
        std::vector<std::unique_ptr<QProcess>> verbs;
        for (int i = 0; i < 2; ++i) {
            verbs.push_back(std::make_unique<QProcess>());
            verbs.back()->start(QStringLiteral(ENUMERA_BINARY),
                                {QStringLiteral("interviews"), QStringLiteral("--db"), path});
        }
        for (auto &verb : verbs) {
            ASSERT_TRUE(verb->waitForFinished(60000));
            EXPECT_EQ(verb->exitCode(), 0)
                << "round " << round << ": " << verb->readAllStandardError().toStdString();
            EXPECT_THAT(verb->readAllStandardOutput().toStdString(),
                        ::testing::HasSubstr("HH-001"));
        }
    }
}

// The same for a new database that two programs make at once.
TEST(Migration, twoProgramsMakingTheSameNewDatabaseAtOnceBothUseIt)
{
    for (int round = 0; round < 5; ++round) {
        QTemporaryDir dir;
        const QString path = dir.filePath("new.db");
        std::vector<std::unique_ptr<QProcess>> verbs;
        for (int i = 0; i < 2; ++i) {
            verbs.push_back(std::make_unique<QProcess>());
            verbs.back()->start(
                QStringLiteral(ENUMERA_BINARY),
                {QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--db"), path});
        }
        for (auto &verb : verbs) {
            ASSERT_TRUE(verb->waitForFinished(60000));
            EXPECT_EQ(verb->exitCode(), 0)
                << "round " << round << ": " << verb->readAllStandardError().toStdString();
        }
        Result<std::unique_ptr<Store>> store = openStore(path.toStdString());
        ASSERT_TRUE(store);
    }
}
