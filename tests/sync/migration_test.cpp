// SPDX-License-Identifier: GPL-3.0-or-later
// A database of store schema 1 (made before sync existed, kept in data/store-v1.sql) opens as
// schema 2 with every interview, answer, event and comment it had, and then syncs.
#include "syncfixture.h"

#include <QFile>

using namespace enumera;
using namespace enumera::testing;

namespace {

std::string fixture()
{
    QFile f(QStringLiteral(ENUMERA_SYNC_DATA "/store-v1.sql"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll().toStdString();
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
        for (const char *table :
             {"forms", "interviews", "rows", "answers", "confirmations", "comments", "events"}) {
            SQLite::Statement all(v1, std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
            while (all.executeStep()) {
                std::string line = table;
                for (int c = 0; c < all.getColumnCount(); ++c)
                    line += "|" + all.getColumn(c).getString();
                before.push_back(line);
            }
        }
    }
    ASSERT_FALSE(before.empty());

    auto store = openStore(path);
    ASSERT_TRUE(store);
    SQLite::Database &db = store->database();
    EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), Store::SchemaVersion);
    std::vector<std::string> after;
    for (const char *table :
         {"forms", "interviews", "rows", "answers", "confirmations", "comments", "events"}) {
        SQLite::Statement all(db, std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
        while (all.executeStep()) {
            std::string line = table;
            for (int c = 0; c < all.getColumnCount(); ++c)
                line += "|" + all.getColumn(c).getString();
            after.push_back(line);
        }
    }
    EXPECT_EQ(after, before) << "every row of schema 1 is kept as it was";
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
