// SPDX-License-Identifier: GPL-3.0-or-later
// The store on real SQLite files: what is written is read back exactly, every change is an
// event, and bad files get a clear error and are left as they were.
#include "store/session.h"
#include "store/store.h"
#include "support/asnobody.h"
#include "support/inlineform.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gmock/gmock.h>

#include <sys/mount.h>

#include <fstream>
#include <set>
#include <thread>

using namespace enumera;
using namespace enumera::testing;
using ::testing::HasSubstr;

namespace {

const std::string form = R"~({"form": "t", "version": "1", "title": "T", "languages": ["en", "es"],
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

std::string fileHash(const std::string &path)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        return "(unreadable)";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex().toStdString();
}

class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath("enumera.db").toStdString();
        loaded = mustLoad(form);
        ASSERT_TRUE(loaded);
    }

    std::unique_ptr<Store> open()
    {
        Result<std::unique_ptr<Store>> s = Store::open(path);
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error());
        return s.ok() ? std::move(*s) : nullptr;
    }

    std::unique_ptr<InterviewSession> create(Store &store)
    {
        Result<std::unique_ptr<InterviewSession>> s =
            InterviewSession::create(store, loaded, "HH-001", "E07");
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error());
        return s.ok() ? std::move(*s) : nullptr;
    }

    static Instance at(InterviewSession &s, const std::string &path)
    {
        Result<Instance> i = s.interview().resolve(path);
        EXPECT_TRUE(i.ok()) << path;
        return i.ok() ? *i : Instance{};
    }

    static void answer(InterviewSession &s, const std::string &path, const Value &v)
    {
        Result<SetResult> r = s.setAnswer(at(s, path), v);
        ASSERT_TRUE(r.ok()) << r.error();
        ASSERT_TRUE(r->stored()) << r->message;
    }

    QTemporaryDir dir;
    std::string path;
    std::shared_ptr<const Form> loaded;
};

} // namespace

TEST_F(StoreTest, reopeningRestoresExactlyTheStateItHad)
{
    std::string id;
    {
        auto store = open();
        auto s = create(*store);
        id = s->id();
        answer(*s, "name", Value::text("Ñandú \"Zé\" \\ O'Brien\nsegunda línea 🙂"));
        answer(*s, "q1", Value::number(1));
        ASSERT_TRUE(s->addRow(at(*s, "trainings")).ok());
        ASSERT_TRUE(s->addRow(at(*s, "trainings")).ok());
        ASSERT_TRUE(s->addRow(at(*s, "trainings")).ok());
        answer(*s, "trainings[1].provider", Value::text("Universidad"));
        answer(*s, "trainings[2].provider", Value::text("Coursera"));
        answer(*s, "trainings[3].provider", Value::text("Empresa"));
        answer(*s, "trainings[3].days", Value::number(77));
        ASSERT_TRUE(s->removeRow(*s->interview().resolveRow("trainings[2]").value()).ok());
        answer(*s, "hours", Value::number(70));
        ASSERT_TRUE(s->confirmWarnings(at(*s, "hours"), "Two jobs").ok());
        answer(*s, "platforms", Value::codes({2, 1}));
        answer(*s, "when", Value::text("2024-02-29"));
        answer(*s, "q1", Value::number(0)); // hides the trainings, which are kept
        ASSERT_TRUE(s->setLanguage(1).ok());
        ASSERT_TRUE(s->setPosition(at(*s, "hours")).ok());
    }
    auto store = open();
    Result<std::unique_ptr<InterviewSession>> reopened = InterviewSession::open(*store, id, "E07");
    ASSERT_TRUE(reopened.ok()) << reopened.error();
    InterviewSession &s = **reopened;
    const Interview &i = s.interview();
    EXPECT_EQ(i.answer(at(s, "name")),
              Value::text("Ñandú \"Zé\" \\ O'Brien\nsegunda línea 🙂"));
    EXPECT_FALSE(i.isRelevant(at(s, "trainings")));
    ASSERT_EQ(i.rows(at(s, "trainings")).size(), 2u) << "row 2 was removed, row 3 moved up";
    EXPECT_EQ(i.answer(at(s, "trainings[1].provider")), Value::text("Universidad"));
    EXPECT_EQ(i.answer(at(s, "trainings[2].provider")), Value::text("Empresa"));
    EXPECT_EQ(i.answer(at(s, "trainings[2].days")), Value::special(77));
    EXPECT_EQ(i.state(at(s, "hours")).outcome, Outcome::Warning);
    EXPECT_TRUE(i.state(at(s, "hours")).confirmed);
    EXPECT_EQ(i.confirmationReason(at(s, "hours")), "Two jobs");
    EXPECT_EQ(i.answer(at(s, "platforms")), Value::codes({1, 2}));
    EXPECT_EQ(i.answer(at(s, "when")).asDate().iso(), "2024-02-29");
    EXPECT_EQ(i.language(), 1);
    EXPECT_EQ(s.record().position, "hours");
    EXPECT_EQ(s.record().household, "HH-001");
    EXPECT_EQ(s.record().owner, "E07");
    // Flipping the answer back shows the trainings as they were.
    answer(s, "q1", Value::number(1));
    EXPECT_EQ(s.interview().effectiveValue(at(s, "trainings[2].provider")), Value::text("Empresa"));
}

TEST_F(StoreTest, everyChangeIsAnEventAndTheLogIsAppendOnly)
{
    auto store = open();
    auto s = create(*store);
    answer(*s, "name", Value::text("Ana"));
    answer(*s, "name", Value::text("Ana María"));
    ASSERT_TRUE(s->clearAnswer(at(*s, "name")).ok());
    answer(*s, "q1", Value::number(1));
    ASSERT_TRUE(s->addRow(at(*s, "trainings")).ok());
    ASSERT_TRUE(s->removeRow(*s->interview().resolveRow("trainings[1]").value()).ok());
    ASSERT_TRUE(s->setLanguage(1).ok());
    ASSERT_TRUE(s->complete().ok());
    Result<std::vector<Event>> events = store->events(s->id());
    ASSERT_TRUE(events.ok());
    std::vector<std::string> kinds;
    for (const Event &e : *events)
        kinds.push_back(e.kind + " " + e.path + " " + e.oldValue + " " + e.newValue);
    EXPECT_THAT(kinds,
                ::testing::ElementsAre("created   \"HH-001\"", "answer_set name null \"Ana\"",
                                       "answer_set name \"Ana\" \"Ana María\"",
                                       "answer_cleared name \"Ana María\" ", "answer_set q1 null 1",
                                       "row_added trainings[1]  ", "row_removed trainings[1]  ",
                                       "language_changed  \"en\" \"es\"",
                                       "status_changed  \"in_progress\" \"completed\""));
    for (const Event &e : *events) {
        EXPECT_EQ(e.user, "E07");
        EXPECT_EQ(e.at.utc.back(), 'Z') << "times are UTC";
    }
    EXPECT_THROW(store->database().exec("UPDATE events SET user = 'x'"), SQLite::Exception);
    EXPECT_THROW(store->database().exec("DELETE FROM events"), SQLite::Exception);
}

TEST_F(StoreTest, eventsAreNumberedWithinTheirInterview)
{
    auto store = open();
    auto first = create(*store);
    auto second = create(*store);
    answer(*first, "name", Value::text("Ana"));
    answer(*second, "name", Value::text("Eva"));
    answer(*first, "hours", Value::number(40));
    auto numbers = [&](const std::string &id) {
        std::vector<int64_t> out;
        Result<std::vector<Event>> events = store->events(id);
        EXPECT_TRUE(events.ok());
        if (events)
            for (const Event &e : *events)
                out.push_back(e.sequence);
        return out;
    };
    EXPECT_THAT(numbers(first->id()), ::testing::ElementsAre(1, 2, 3));
    EXPECT_THAT(numbers(second->id()), ::testing::ElementsAre(1, 2));
}

TEST_F(StoreTest, theInterviewingTimeIsKeptAsTheOwnersEventsAreWritten)
{
    // A clock the test moves: the owner's events at 13:00:00, 13:00:10, 13:20:10 (twenty
    // minutes later: an interruption, not counted) and 13:20:15.250; a supervisor's event in
    // between is not the owner's time, and does not break the owner's gaps.
    int64_t ms = 0;
    Store::Options options;
    options.clock = [&] {
        const QDateTime t = QDateTime(QDate(2026, 3, 2), QTime(13, 0), Qt::UTC).addMSecs(ms);
        return Timestamp{t.toString(Qt::ISODateWithMs).toStdString(), -300};
    };
    Result<std::unique_ptr<Store>> opened = Store::open(path, options);
    ASSERT_TRUE(opened.ok()) << opened.error();
    Store &store = **opened;
    auto s = create(store);
    EXPECT_EQ(store.record(s->id())->interviewingMs, 0) << "the creation is the first event";
    ms = 10'000;
    answer(*s, "name", Value::text("Ana"));
    ms = 11'000;
    ASSERT_TRUE(store.addComment(s->id(), "S01", "name", "¿Apellido?").ok());
    ms = 20 * 60'000 + 10'000;
    answer(*s, "q1", Value::number(0));
    ms = 20 * 60'000 + 15'250;
    answer(*s, "hours", Value::number(40));
    const InterviewRecord r = *store.record(s->id());
    EXPECT_EQ(r.interviewingMs, 15'250);
    EXPECT_EQ(r.interviewingSeconds(), 15);

    // An interview its owner has no event in has no interviewing time at all.
    store.database().exec("INSERT INTO interviews (id, form_hash, form_id, form_version, "
                          "household, owner, status, created_at, created_offset, updated_at, "
                          "updated_offset) SELECT 'other', form_hash, form_id, form_version, "
                          "'HH-9', 'E08', 'in_progress', created_at, 0, updated_at, 0 FROM "
                          "interviews");
    EXPECT_EQ(store.record("other")->interviewingMs, std::nullopt);
}

TEST_F(StoreTest, newInterviewsAreNumberedInTheOrderTheyWereStarted)
{
    auto store = open();
    std::vector<std::string> ids;
    for (int i = 0; i < 5; ++i) {
        auto s = create(*store);
        ASSERT_TRUE(s);
        ids.push_back(s->id());
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    for (const std::string &id : ids) {
        const QUuid uuid = QUuid::fromString(QString::fromStdString(id));
        ASSERT_FALSE(uuid.isNull()) << id;
        EXPECT_EQ(id[14], '7') << "version 7: " << id; // (Qt 6.4 knows versions up to 5)
        EXPECT_EQ(uuid.variant(), QUuid::DCE) << id;
        EXPECT_EQ(uuid.toString(QUuid::WithoutBraces).toStdString(), id) << "lower case";
    }
    EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
    EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size());
}

TEST(Timestamp, nowIsTheUtcInstantWithTheLocalOffset)
{
    const char *zone = std::getenv("TZ");
    const std::string saved = zone ? zone : "";
    setenv("TZ", "<-05>5", 1); // five hours behind UTC, as Lima, without a time zone database
    tzset();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Timestamp t = Timestamp::now();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    if (zone)
        setenv("TZ", saved.c_str(), 1);
    else
        unsetenv("TZ");
    tzset();
    EXPECT_EQ(t.offsetMinutes, -300);
    ASSERT_EQ(t.utc.size(), 24u) << t.utc;
    EXPECT_EQ(t.utc.back(), 'Z');
    const QDateTime read = QDateTime::fromString(QString::fromStdString(t.utc), Qt::ISODateWithMs);
    ASSERT_TRUE(read.isValid()) << t.utc;
    EXPECT_GE(read, before.addMSecs(-1)) << t.utc;
    EXPECT_LE(read, after.addMSecs(1)) << t.utc;
}

TEST_F(StoreTest, completedInterviewsAreReadOnlyUntilRejected)
{
    auto store = open();
    auto s = create(*store);
    answer(*s, "name", Value::text("Ana"));
    ASSERT_TRUE(s->complete().ok());
    EXPECT_TRUE(s->readOnly());
    Result<SetResult> refused = s->setAnswer(at(*s, "name"), Value::text("Eva"));
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.error(), HasSubstr("completed and can no longer be changed"));
    ASSERT_TRUE(store->setStatus(s->id(), "S01", InterviewStatus::Rejected, "Check the name").ok());
    Result<std::unique_ptr<InterviewSession>> again =
        InterviewSession::open(*store, s->id(), "E07");
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE((*again)->readOnly());
    answer(**again, "name", Value::text("Eva"));
    ASSERT_TRUE((*again)->complete().ok());
    EXPECT_EQ((*again)->record().revision, 2);
    const Status wrong = store->setStatus(s->id(), "E07", InterviewStatus::InProgress);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error(), "an interview that is completed cannot become in_progress");
}

TEST_F(StoreTest, anInterviewWithErrorsCannotBeCompleted)
{
    auto store = open();
    auto s = create(*store);
    answer(*s, "q1", Value::number(1));
    ASSERT_TRUE(s->addRow(at(*s, "trainings")).ok());
    answer(*s, "trainings[1].days", Value::number(9));
    const Status st = s->complete();
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error(), "the interview has 1 error(s) to correct before it can be completed");
}

TEST_F(StoreTest, durableSettings)
{
    auto store = open();
    EXPECT_EQ(store->durability(), std::make_pair(std::string("wal"), std::string("full")));
    EXPECT_EQ(store->database().execAndGet("PRAGMA page_size").getInt(), 2048)
        << "a new database has pages of 2 KiB";
}

// --- Bad inputs: a clear error, and the file left as it was -------------------------------------

TEST_F(StoreTest, notADatabase)
{
    std::ofstream(path) << "household_id,consent\nH-1,1\n";
    const std::string before = fileHash(path);
    Result<std::unique_ptr<Store>> s = Store::open(path);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error(), path + " is not an Enumera database (it is not a SQLite file); it was "
                                "left as it is");
    EXPECT_EQ(fileHash(path), before);
    // The same when it is opened only to be read (`enumera interviews`, `export`).
    Store::Options reading;
    reading.readOnly = true;
    Result<std::unique_ptr<Store>> read = Store::open(path, reading);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error(), s.error());
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(StoreTest, anotherProgramsSqliteDatabase)
{
    {
        SQLite::Database other(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE t (x)");
    }
    const std::string before = fileHash(path);
    Result<std::unique_ptr<Store>> s = Store::open(path);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error(), path + " is a SQLite database of another program, not an Enumera "
                                "database; it was left as it is");
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(StoreTest, truncatedDatabase)
{
    {
        auto store = open();
        auto s = create(*store);
        for (int i = 0; i < 200; ++i)
            answer(*s, "name", Value::text(std::string(500, char('a' + i % 26))));
        store->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const auto size = std::filesystem::file_size(path);
    std::filesystem::resize_file(path, size / 2);
    const std::string before = fileHash(path);
    Result<std::unique_ptr<Store>> s = Store::open(path);
    ASSERT_FALSE(s.ok());
    EXPECT_THAT(s.error(), HasSubstr(path + " is damaged: the file is shorter than its header "
                                            "says"));
    EXPECT_THAT(s.error(), HasSubstr("it was left as it is"));
    EXPECT_EQ(fileHash(path), before);
    Store::Options reading;
    reading.readOnly = true;
    Result<std::unique_ptr<Store>> read = Store::open(path, reading);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error(), s.error()) << "the same message when it is only read";
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(StoreTest, newerSchemaIsRefusedAndNotAltered)
{
    {
        auto store = open();
        create(*store);
        store->database().exec("PRAGMA user_version = 99");
        store->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const std::string before = fileHash(path);
    Result<std::unique_ptr<Store>> s = Store::open(path);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error(), path +
                             " was written by a newer version of Enumera (database schema 99; "
                             "this version knows schema " +
                             std::to_string(Store::SchemaVersion) +
                             " at most); it was left as it is. Update Enumera to open it.");
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(StoreTest, storedFormThatDoesNotLoad)
{
    std::string id;
    {
        auto store = open();
        id = create(*store)->id();
        store->database().exec("UPDATE forms SET sources = '[{\"name\": \"form.json\", \"text\": "
                               "\"{\\\"form\\\": \\\"t\\\"\"}]'");
    }
    auto store = open();
    Result<std::unique_ptr<InterviewSession>> s = InterviewSession::open(*store, id, "E07");
    ASSERT_FALSE(s.ok());
    EXPECT_THAT(s.error(), HasSubstr("the form t 1 stored in " + path +
                                     " does not load: "
                                     "form.json:1:13: error: the file is not valid JSON"));
}

TEST_F(StoreTest, readOnlyLocationAsAnUnprivilegedUser)
{
    {
        auto store = open();
        answer(*create(*store), "name", Value::text("Ana"));
        store->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    std::filesystem::permissions(dir.path().toStdString(), std::filesystem::perms(0755));
    std::filesystem::permissions(path, std::filesystem::perms(0644));
    const std::string before = fileHash(path);
    // Tests run as root; the enumerator's account is not.
    const std::string message = asNobody([&] {
        Result<std::unique_ptr<Store>> s = Store::open(path);
        std::string out = s.ok() ? std::string("opened") : s.error();
        if (s.ok()) {
            Result<std::vector<InterviewRecord>> list = (*s)->interviews();
            Result<std::unique_ptr<InterviewSession>> session =
                InterviewSession::open(**s, list->front().id, "E07");
            if (session.ok()) {
                Result<SetResult> r = (*session)->setAnswer(
                    *(*session)->interview().resolve("name"), Value::text("Eva"));
                out = r.ok() ? "written" : r.error();
            }
        }
        return out;
    });
    EXPECT_THAT(message, HasSubstr("the database or its folder cannot be written (permission "
                                   "denied or a read-only disk); nothing was changed"));
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(StoreTest, aDatabaseInAFolderNobodyMayWriteIsReadAsItIs)
{
    {
        auto store = open();
        answer(*create(*store), "name", Value::text("Ana"));
    }
    // Closed: no log beside it. Read-only media, or an office's share.
    ASSERT_FALSE(std::filesystem::exists(path + "-wal"));
    std::filesystem::permissions(path, std::filesystem::perms(0444));
    std::filesystem::permissions(dir.path().toStdString(), std::filesystem::perms(0555));
    const std::string before = fileHash(path);
    const std::string message = asNobody([&] {
        Store::Options readOnly;
        readOnly.readOnly = true;
        Result<std::unique_ptr<Store>> s = Store::open(path, readOnly);
        if (!s.ok())
            return s.error();
        Result<std::vector<InterviewRecord>> list = (*s)->interviews();
        std::string out = list ? std::to_string(list->size()) + " interview(s)" : list.error();
        try {
            auto reading = openForReading(path);
            out += ", " +
                   std::to_string(reading->execAndGet("SELECT count(*) FROM answers").getInt()) +
                   " answer(s)";
        } catch (const std::exception &e) {
            out += std::string(", ") + e.what();
        }
        return out;
    });
    std::filesystem::permissions(dir.path().toStdString(), std::filesystem::perms(0755));
    EXPECT_EQ(message, "1 interview(s), 1 answer(s)");
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(StoreTest, anEmptyFileIsNoDatabaseToRead)
{
    {
        QFile(QString::fromStdString(path)).open(QIODevice::WriteOnly);
    }
    Store::Options readOnly;
    readOnly.readOnly = true;
    auto s = Store::open(path, readOnly);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error(), path + " holds no interviews: it is empty, not an Enumera database");
    EXPECT_EQ(std::filesystem::file_size(path), 0u);
}

TEST_F(StoreTest, readingAClosedDatabaseLeavesNothingBesideIt)
{
    {
        auto store = open();
        answer(*create(*store), "name", Value::text("Ana"));
    }
    const std::string before = fileHash(path);
    {
        Store::Options readOnly;
        readOnly.readOnly = true;
        auto s = Store::open(path, readOnly);
        ASSERT_TRUE(s.ok()) << s.error();
        ASSERT_EQ((*s)->interviews()->size(), 1u);
        auto reading = openForReading(path);
        EXPECT_EQ(reading->execAndGet("SELECT count(*) FROM answers").getInt(), 1);
        // Told not to write, though it could.
        EXPECT_THROW((*s)->database().exec("DELETE FROM answers"), SQLite::Exception);
    }
    EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
    EXPECT_FALSE(std::filesystem::exists(path + "-shm"));
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(StoreTest, diskFullRefusesTheAnswerThatDidNotFitAndKeepsEveryEarlierOne)
{
    std::string id;
    std::vector<std::string> saved;
    std::string refusal;
    {
        auto store = open();
        auto s = create(*store);
        id = s->id();
        // Allow the database only a little more room than it has now.
        const int pages = store->database().execAndGet("PRAGMA page_count").getInt();
        store->database().exec("PRAGMA max_page_count = " + std::to_string(pages + 8));
        ASSERT_TRUE(s->setAnswer(at(*s, "q1"), Value::number(1)).ok());
        for (int row = 1; row <= 100 && refusal.empty(); ++row) {
            Result<const Row *> added = s->addRow(at(*s, "trainings"));
            if (!added) {
                refusal = added.error();
                break;
            }
            const std::string provider = "trainings[" + std::to_string(row) + "].provider";
            const std::string text(900, char('a' + row % 26));
            Result<SetResult> r = s->setAnswer(at(*s, provider), Value::text(text));
            if (!r)
                refusal = r.error();
            else
                saved.push_back(provider);
        }
        ASSERT_FALSE(refusal.empty()) << "the database never filled up";
        EXPECT_THAT(refusal, HasSubstr("the disk is full; nothing was changed"));
        // The session was put back as stored: what it shows is what the database holds.
        EXPECT_EQ(s->interview().answer(at(*s, saved.back())).asText().size(), 900u);
    }
    auto store = open();
    auto s = InterviewSession::open(*store, id, "E07");
    ASSERT_TRUE(s.ok()) << s.error();
    for (const std::string &p : saved)
        EXPECT_EQ((*s)->interview().answer(at(**s, p)).asText().size(), 900u) << p;
    EXPECT_EQ(store->database().execAndGet("PRAGMA integrity_check").getString(), "ok");
}

TEST_F(StoreTest, diskFullOnASizeLimitedTmpfs)
{
    QTemporaryDir mountPoint;
    const std::string where = mountPoint.path().toStdString();
    if (::mount("tmpfs", where.c_str(), "tmpfs", 0, "size=512k") != 0)
        GTEST_SKIP() << "this machine does not allow mounting a tmpfs here (" << strerror(errno)
                     << "); the max_page_count test covers a full disk";
    struct Unmount
    {
        std::string where;
        ~Unmount() { ::umount2(where.c_str(), MNT_DETACH); }
    } unmount{where};
    path = where + "/enumera.db";
    std::string id;
    std::vector<std::string> saved;
    std::string refusal;
    {
        auto store = open();
        ASSERT_TRUE(store);
        auto s = create(*store);
        id = s->id();
        ASSERT_TRUE(s->setAnswer(at(*s, "q1"), Value::number(1)).ok());
        for (int row = 1; row <= 400 && refusal.empty(); ++row) {
            Result<const Row *> added = s->addRow(at(*s, "trainings"));
            if (!added) {
                refusal = added.error();
                break;
            }
            const std::string provider = "trainings[" + std::to_string(row) + "].provider";
            Result<SetResult> r =
                s->setAnswer(at(*s, provider), Value::text(std::string(2000, 'x')));
            if (!r)
                refusal = r.error();
            else
                saved.push_back(provider);
        }
    }
    ASSERT_FALSE(refusal.empty()) << "512 KiB never filled up";
    EXPECT_THAT(refusal, HasSubstr("nothing was changed"));
    auto store = Store::open(path);
    ASSERT_TRUE(store.ok()) << store.error();
    auto s = InterviewSession::open(**store, id, "E07");
    ASSERT_TRUE(s.ok()) << s.error();
    for (const std::string &p : saved)
        EXPECT_EQ((*s)->interview().answer(at(**s, p)).asText().size(), 2000u) << p;
}

TEST_F(StoreTest, answersInASizedRosterAreRestored)
{
    const auto sized = mustLoad(R"~({"form": "s", "version": "1", "title": "S",
      "languages": ["en"], "sections": [{"section": "main", "title": "Main", "items": [
        {"name": "n", "type": "integer", "label": "How many?", "range": {"min": 0, "max": 5}},
        {"roster": "people", "title": "People", "size": "n", "items": [
          {"name": "who", "type": "text", "label": "Name"}]}]}]})~");
    std::string id;
    {
        auto store = open();
        auto s = InterviewSession::create(*store, sized, "HH-2", "E07");
        ASSERT_TRUE(s.ok());
        id = (*s)->id();
        answer(**s, "n", Value::number(2));
        answer(**s, "people[2].who", Value::text("Ana"));
    }
    auto store = open();
    auto s = InterviewSession::open(*store, id, "E07");
    ASSERT_TRUE(s.ok()) << s.error();
    EXPECT_EQ((*s)->interview().effectiveValue(at(**s, "people[2].who")), Value::text("Ana"));
}

TEST_F(StoreTest, theSameFormIsOneStoredFormWhereverItWasLoadedFrom)
{
    const std::string module = R"~({"module": "m", "sections": [{"section": "ms", "title": "M",
        "items": [{"name": "mq", "type": "text", "label": "MQ"}]}]})~";
    const std::string root = formWith(R"~({"include": "modules/m.json"})~");
    const LoadResult here =
        FormLoader::loadSources({{"survey.json", root}, {"modules/m.json", module}});
    const LoadResult there = FormLoader::loadSources(
        {{"/opt/forms/survey.json", root}, {"/opt/forms/modules/m.json", module}});
    ASSERT_TRUE(here.form && there.form);
    EXPECT_EQ(Store::hashOf(*here.form), Store::hashOf(*there.form));
    auto store = open();
    Result<std::string> hash = store->saveForm(*there.form);
    ASSERT_TRUE(hash.ok());
    Result<std::shared_ptr<const Form>> back = store->loadForm(*hash);
    ASSERT_TRUE(back.ok()) << back.error();
    EXPECT_EQ((*back)->sources.front().name, "survey.json");
    EXPECT_EQ((*back)->sources.back().name, "modules/m.json");
    EXPECT_EQ(Store::hashOf(**back), *hash);
}

TEST_F(StoreTest, openingReadOnlyADatabaseThatDoesNotExist)
{
    Store::Options options;
    options.readOnly = true;
    Result<std::unique_ptr<Store>> s = Store::open(path, options);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error(), path + " does not exist");
    EXPECT_FALSE(std::filesystem::exists(path));
}

// Found in sync's tests: reading the file's header through a handle of our own, then closing
// it, dropped SQLite's locks for the other connections of the process; another program then
// took the database for unused, removed its write-ahead log, and committed answers were lost.
TEST_F(StoreTest, aSecondStoreInTheProcessLeavesTheOthersLocksAlone)
{
    auto first = open();
    auto s = create(*first);
    answer(*s, "name", Value::text("Ana"));
    Store::Options options;
    options.readOnly = true;
    Result<std::unique_ptr<Store>> second = Store::open(path, options);
    ASSERT_TRUE(second.ok()) << second.error();
    // Another program opens the database for writing and closes it, while both are open here.
    QProcess other;
    other.start(QStringLiteral(ENUMERA_BINARY),
                {"team", "list", "--db", QString::fromStdString(path)});
    ASSERT_TRUE(other.waitForFinished(30000));
    ASSERT_EQ(other.exitCode(), 0) << other.readAllStandardError().toStdString();
    EXPECT_TRUE(std::filesystem::exists(path + "-wal")) << "the log of an open database is kept";
    answer(*s, "hours", Value::number(40));
    const std::string id = s->id();
    s.reset();
    second->reset();
    first.reset();
    auto reopened = open();
    auto back = InterviewSession::open(*reopened, id, "E07");
    ASSERT_TRUE(back.ok()) << back.error();
    EXPECT_EQ((*back)->interview().answer(at(**back, "name")), Value::text("Ana"));
    EXPECT_EQ((*back)->interview().answer(at(**back, "hours")), Value::number(40));
}
