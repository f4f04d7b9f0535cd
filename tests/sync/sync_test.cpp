// SPDX-License-Identifier: GPL-3.0-or-later
// Sync over a real HTTP server on 127.0.0.1: what arrives, arrives once and exactly as it was
// sent; what is refused leaves nothing behind; what the supervisor decides comes back to the
// enumerator; and when both sides changed an interview, both versions are kept.
#include "rawhttp.h"
#include "sync/assignments.h"
#include "sync/crypto.h"
#include "sync/review.h"
#include "syncfixture.h"

#include <QFile>
#include <QProcess>

using namespace enumera;
using namespace enumera::testing;
using ::testing::HasSubstr;

namespace {

class SyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        form = mustLoad(syncForm());
        ASSERT_TRUE(form);
    }
    void TearDown() override
    {
        if (HasFailure())
            dir.setAutoRemove(false); // kept for a look at the databases
    }

    QString folder() const { return dir.path(); }

    QTemporaryDir dir;
    std::shared_ptr<const Form> form;
};

int events(Store &store)
{
    return count(store.database(), "SELECT count(*) FROM events");
}

} // namespace

TEST_F(SyncTest, theServerSaysWhenALaptopPairedAndNotWhenACodeIsRefused)
{
    Supervisor supervisor(folder());
    ASSERT_TRUE(supervisor.start());
    int emitted = 0, laptops = 0;
    QObject::connect(supervisor.server.get(), &sync::SyncServer::paired, [&](int n) {
        ++emitted;
        laptops += n;
    });
    Laptop ana(folder(), "ana");
    ASSERT_TRUE(ana.pair(supervisor, "Ana"));
    ASSERT_TRUE(waitUntil([&] { return emitted == 1; }, 10));
    EXPECT_EQ(laptops, 1);

    // A mistyped code pairs nobody: no signal.
    Laptop other(folder(), "other");
    supervisor.invite("Luis");
    sync::PairOptions o;
    o.serverUrl = supervisor.url();
    o.code = "ABCD-EFGH-JKMN";
    o.insecureHttp = true;
    ASSERT_FALSE(other.client->pairAndWait(o).ok());
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents();
    EXPECT_EQ(emitted, 1);
    EXPECT_EQ(laptops, 1);
}

TEST_F(SyncTest, tenClientsPushingFiftyInterviewsEachAtOnceDeliverEveryOneExactlyOnce)
{
    Supervisor supervisor(folder());
    ASSERT_TRUE(supervisor.start());
    int transactions = 0, storedInTransactions = 0;
    QObject::connect(supervisor.server.get(), &sync::SyncServer::received, [&](int stored, int) {
        ++transactions;
        storedInTransactions += stored;
    });
    std::vector<std::unique_ptr<Laptop>> laptops;
    std::vector<std::vector<std::string>> ids(10);
    int sentEvents = 0;
    for (int i = 0; i < 10; ++i) {
        laptops.push_back(std::make_unique<Laptop>(folder(), "e" + std::to_string(i)));
        ASSERT_TRUE(laptops.back()->pair(supervisor, "Enumerator " + std::to_string(i)));
        laptops.back()->fillQuickly();
        for (int n = 0; n < 50; ++n)
            ids[size_t(i)].push_back(makeInterview(*laptops.back()->store, form, i * 100 + n,
                                                   laptops.back()->enumerator));
        laptops.back()->fillDurably();
        sentEvents += events(*laptops.back()->store);
    }

    // All ten at the same time, ten interviews a request.
    std::vector<sync::SyncReport> reports(10);
    int finished = 0;
    for (size_t i = 0; i < laptops.size(); ++i) {
        QObject::connect(laptops[i]->client.get(), &sync::SyncClient::finished,
                         [&, i](const sync::SyncReport &r) {
                             reports[i] = r;
                             ++finished;
                         });
        sync::SyncOptions options;
        options.batchSize = 10;
        laptops[i]->client->synchronise(options);
    }
    ASSERT_TRUE(waitUntil([&] { return finished == 10; }, 120));

    for (const sync::SyncReport &r : reports) {
        EXPECT_TRUE(r.status.ok()) << r.status.error();
        EXPECT_EQ(r.waiting, 50);
        EXPECT_EQ(r.applied.stored, 50);
        EXPECT_EQ(r.applied.unchanged + r.applied.conflicts + int(r.applied.refused.size()), 0);
    }
    SQLite::Database &server = supervisor.store->database();
    EXPECT_EQ(supervisor.interviews(), 500);
    EXPECT_EQ(storedInTransactions, 500);
    EXPECT_LE(transactions, 50) << "at most one transaction per request";
    RecordProperty("transactions", transactions);
    EXPECT_EQ(events(*supervisor.store), sentEvents) << "every event once";
    EXPECT_EQ(
        count(server,
              "SELECT count(*) FROM (SELECT 1 FROM events WHERE origin != '' GROUP BY interview, "
              "origin, origin_seq HAVING count(*) > 1)"),
        0);
    for (size_t i = 0; i < laptops.size(); ++i)
        for (const std::string &id : ids[i]) {
            ASSERT_EQ(comparable(laptops[i]->store->database(), id).dump(),
                      comparable(server, id).dump())
                << "interview " << id << " differs between the laptop and the server";
            // The server works the interviewing time out again from the events it took; the
            // laptop counted it as they were written.
            const std::optional<int64_t> counted = laptops[i]->store->record(id)->interviewingMs;
            ASSERT_TRUE(counted.has_value());
            ASSERT_EQ(supervisor.store->record(id)->interviewingMs, counted) << id;
        }

    // Everything is marked sent: a second sync sends nothing.
    for (auto &laptop : laptops) {
        const sync::SyncReport again = laptop->sync();
        EXPECT_TRUE(again.status.ok()) << again.status.error();
        EXPECT_EQ(again.waiting, 0);
    }
    EXPECT_EQ(supervisor.interviews(), 500);
}

TEST_F(SyncTest, anInterviewSentAgainAfterALostReceiptIsStoredOnce)
{
    Supervisor supervisor(folder());
    ASSERT_TRUE(supervisor.start());
    Laptop laptop(folder(), "ana");
    ASSERT_TRUE(laptop.pair(supervisor, "Ana"));
    for (int n = 0; n < 3; ++n)
        makeInterview(*laptop.store, form, n, laptop.enumerator);
    sync::SyncReport first = laptop.sync();
    ASSERT_TRUE(first.status.ok()) << first.status.error();
    EXPECT_EQ(first.applied.stored, 3);
    const int eventsOnServer = events(*supervisor.store);

    // The receipts never reached the laptop: it knows of nothing sent.
    laptop.store->database().exec("DELETE FROM sync_client_interviews");
    sync::SyncReport again = laptop.sync();
    ASSERT_TRUE(again.status.ok()) << again.status.error();
    EXPECT_EQ(again.waiting, 3);
    EXPECT_EQ(again.applied.stored, 0);
    EXPECT_EQ(again.applied.unchanged, 3) << "the same interview twice is one interview";
    EXPECT_EQ(supervisor.interviews(), 3);
    EXPECT_EQ(events(*supervisor.store), eventsOnServer);
    EXPECT_EQ(laptop.sync().waiting, 0) << "marked sent on the second receipts";
}

TEST_F(SyncTest, aReplayedRequestIsRefusedEvenAfterTheServerRestarts)
{
    Supervisor supervisor(folder());
    ASSERT_TRUE(supervisor.start());
    Laptop laptop(folder(), "ana");
    ASSERT_TRUE(laptop.pair(supervisor, "Ana"));
    const std::string id = makeInterview(*laptop.store, form, 1, laptop.enumerator);
    const SignedPush push = signedPush(*laptop.store, {id});

    RawAnswer first = rawPost(supervisor.url(), sync::path::Push, push.headers, push.body);
    ASSERT_EQ(first.status, 200) << first.error;
    EXPECT_EQ(first.body["receipts"][0]["outcome"], "stored");
    const int eventsOnServer = events(*supervisor.store);

    RawAnswer replayed = rawPost(supervisor.url(), sync::path::Push, push.headers, push.body);
    EXPECT_EQ(replayed.status, 409);
    EXPECT_THAT(replayed.error, HasSubstr("replayed: this request was received before"));

    supervisor.stop();
    ASSERT_TRUE(supervisor.start());
    RawAnswer afterRestart = rawPost(supervisor.url(), sync::path::Push, push.headers, push.body);
    EXPECT_EQ(afterRestart.status, 409) << "nonces are kept in the database";
    EXPECT_EQ(supervisor.interviews(), 1);
    EXPECT_EQ(events(*supervisor.store), eventsOnServer);
}

TEST_F(SyncTest, aRequestChangedAfterItWasSignedIsRefusedAndNothingIsStored)
{
    Supervisor supervisor(folder());
    ASSERT_TRUE(supervisor.start());
    Laptop laptop(folder(), "ana");
    ASSERT_TRUE(laptop.pair(supervisor, "Ana"));
    const std::string id = makeInterview(*laptop.store, form, 1, laptop.enumerator);
    SignedPush push = signedPush(*laptop.store, {id});

    // An answer changed on the way, and its checksum recomputed to match.
    nlohmann::json body = nlohmann::json::parse(push.body.toStdString());
    nlohmann::json &p = body["interviews"][0];
    for (nlohmann::json &a : p["answers"])
        if (a[0] == "hours")
            a[2] = "12";
    p["checksum"] = sync::contentChecksum(p);
    EXPECT_FALSE(sync::checkInterview(p)) << "the checksum alone does not show the change";
    RawAnswer tampered = rawPost(supervisor.url(), sync::path::Push, push.headers,
                                 QByteArray::fromStdString(body.dump()));
    EXPECT_EQ(tampered.status, 401);
    EXPECT_THAT(tampered.error, HasSubstr("signature_invalid: the signature does not verify"));
    EXPECT_EQ(supervisor.interviews(), 0);
    EXPECT_EQ(count(supervisor.store->database(),
                    "SELECT count(*) FROM sync_nonces WHERE enumerator != ''"),
              0);
}

TEST_F(SyncTest, unknownWrongAndRevokedCredentialsAreRefusedWithAClearMessage)
{
    Supervisor supervisor(folder());
    ASSERT_TRUE(supervisor.start());
    Laptop laptop(folder(), "ana");
    ASSERT_TRUE(laptop.pair(supervisor, "Ana"));
    makeInterview(*laptop.store, form, 1, laptop.enumerator);
    SQLite::Database &db = laptop.store->database();

    // Another enumerator's code with this laptop's key.
    db.exec("UPDATE sync_client SET enumerator = 'E99'");
    sync::SyncReport unknown = laptop.sync();
    ASSERT_FALSE(unknown.status.ok());
    EXPECT_THAT(unknown.status.error(),
                HasSubstr("the server refused the request: this server's team has no "
                          "enumerator E99"));

    // The right code with another key.
    db.exec("UPDATE sync_client SET enumerator = '" + laptop.enumerator + "'");
    Result<sync::KeyPair> other = sync::generateKeyPair();
    ASSERT_TRUE(other.ok());
    {
        SQLite::Statement s(db, "UPDATE sync_client SET private_key = ?");
        s.bind(1, other->privateKey.constData(), int(other->privateKey.size()));
        s.exec();
    }
    sync::SyncReport wrongKey = laptop.sync();
    ASSERT_FALSE(wrongKey.status.ok());
    EXPECT_THAT(wrongKey.status.error(),
                HasSubstr("the signature does not verify: the content was changed after it was "
                          "signed, or it was not signed by the laptop paired as E01"));
    EXPECT_EQ(supervisor.interviews(), 0);

    // The right key, revoked by the supervisor.
    Laptop second(folder(), "eva");
    ASSERT_TRUE(second.pair(supervisor, "Eva"));
    makeInterview(*second.store, form, 2, second.enumerator);
    ASSERT_TRUE(sync::Team(*supervisor.store).revoke(second.enumerator).ok());
    sync::SyncReport revoked = second.sync();
    ASSERT_FALSE(revoked.status.ok());
    EXPECT_THAT(revoked.status.error(),
                HasSubstr("enumerator E02 was revoked by the supervisor; nothing was stored"));
    EXPECT_EQ(supervisor.interviews(), 0);
}

TEST_F(SyncTest, aProtocolVersionFromTheFutureIsRefusedAndNothingIsStored)
{
    Supervisor supervisor(folder());
    ASSERT_TRUE(supervisor.start());
    Laptop laptop(folder(), "ana");
    ASSERT_TRUE(laptop.pair(supervisor, "Ana"));
    const std::string id = makeInterview(*laptop.store, form, 1, laptop.enumerator);
    const SignedPush push = signedPush(*laptop.store, {id}, "2");
    RawAnswer refused = rawPost(supervisor.url(), sync::path::Push, push.headers, push.body);
    EXPECT_EQ(refused.status, 426);
    EXPECT_EQ(refused.error,
              "protocol_unsupported: the request speaks sync protocol 2, which this server does "
              "not know (it speaks protocol 1): update Enumera on the supervisor's laptop");
    EXPECT_EQ(supervisor.interviews(), 0);
}

TEST_F(SyncTest, aRejectedInterviewReopensWithItsCommentsAndComesBackAsRevisionTwo)
{
    Supervisor supervisor(folder());
    ASSERT_TRUE(supervisor.start());
    Laptop laptop(folder(), "ana");
    ASSERT_TRUE(laptop.pair(supervisor, "Ana"));
    const std::string id = makeInterview(*laptop.store, form, 1, laptop.enumerator);
    ASSERT_TRUE(laptop.sync().status.ok());

    sync::Review review(*supervisor.store, "S01");
    ASSERT_TRUE(review
                    .reject(id, "Check the training days",
                            {{"trainings[2].days", "77 is not plausible here"}})
                    .ok());
    const sync::SyncReport pulled = laptop.sync();
    ASSERT_TRUE(pulled.status.ok()) << pulled.status.error();
    EXPECT_EQ(pulled.applied.reopened, 1);

    // On the laptop: rejected, editable, the comments at their questions.
    Result<std::unique_ptr<InterviewSession>> s = InterviewSession::open(*laptop.store, id, "E01");
    ASSERT_TRUE(s.ok()) << s.error();
    EXPECT_EQ((*s)->record().status, InterviewStatus::Rejected);
    EXPECT_FALSE((*s)->readOnly());
    Result<std::vector<Comment>> comments = laptop.store->comments(id);
    ASSERT_TRUE(comments.ok());
    ASSERT_EQ(comments->size(), 2u);
    EXPECT_EQ((*comments)[0].path, "trainings[2].days");
    EXPECT_EQ((*comments)[0].text, "77 is not plausible here");
    EXPECT_EQ((*comments)[0].author, "S01");
    EXPECT_EQ((*comments)[1].path, "");
    EXPECT_EQ((*comments)[1].text, "Check the training days");

    answer(**s, "trainings[2].days", Value::number(4));
    ASSERT_TRUE((*s)->complete().ok());
    EXPECT_EQ((*s)->record().revision, 2);
    const sync::SyncReport pushed = laptop.sync();
    ASSERT_TRUE(pushed.status.ok()) << pushed.status.error();
    EXPECT_EQ(pushed.applied.stored, 1);

    // On the server: revision 2, and the history of both revisions.
    Result<InterviewRecord> record = supervisor.store->record(id);
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->revision, 2);
    EXPECT_EQ(record->status, InterviewStatus::Completed);
    Result<std::vector<sync::ReceivedRevision>> received = review.received(id);
    ASSERT_TRUE(received.ok());
    ASSERT_EQ(received->size(), 2u);
    EXPECT_EQ((*received)[0].revision, 1);
    EXPECT_EQ((*received)[1].revision, 2);
    Result<std::vector<Event>> history = supervisor.store->events(id);
    ASSERT_TRUE(history.ok());
    std::vector<std::string> steps;
    for (const Event &e : *history)
        if (e.kind == "status_changed" || (e.kind == "answer_set" && e.path == "trainings[2].days"))
            steps.push_back(e.user + " " + e.kind + " " + e.oldValue + " " + e.newValue);
    EXPECT_THAT(steps, ::testing::ElementsAre("E01 answer_set null 77",
                                              "E01 status_changed \"in_progress\" \"completed\"",
                                              "S01 status_changed \"completed\" \"rejected\"",
                                              "E01 answer_set 77 4",
                                              "E01 status_changed \"rejected\" \"completed\""));
    EXPECT_EQ(comparable(laptop.store->database(), id).dump(),
              comparable(supervisor.store->database(), id).dump());
}

TEST_F(SyncTest, whenBothSidesChangedAnInterviewBothVersionsAreKeptAndTheSupervisorChooses)
{
    for (const bool rejectAgain : {false, true}) {
        SCOPED_TRACE(rejectAgain ? "rejected again with a new comment" : "approved after all");
        QTemporaryDir here;
        Supervisor supervisor(here.path());
        ASSERT_TRUE(supervisor.start());
        Laptop laptop(here.path(), "ana");
        ASSERT_TRUE(laptop.pair(supervisor, "Ana"));
        const std::string id = makeInterview(*laptop.store, form, 1, laptop.enumerator);
        ASSERT_TRUE(laptop.sync().status.ok());
        sync::Review review(*supervisor.store, "S01");
        ASSERT_TRUE(review.reject(id, "Check the hours").ok());
        ASSERT_EQ(laptop.sync().applied.reopened, 1);

        // The enumerator corrects; before that reaches the server, the supervisor changes
        // their mind about the server's copy.
        auto session = InterviewSession::open(*laptop.store, id, "E01");
        ASSERT_TRUE(session.ok());
        answer(**session, "hours", Value::number(45));
        if (rejectAgain)
            ASSERT_TRUE(review.reject(id, "And the provider's name, please").ok());
        else
            ASSERT_TRUE(review.approve(id).ok());
        // A pull now does not overwrite the enumerator's unsent change.
        const sync::SyncReport meanwhile = laptop.sync();
        ASSERT_TRUE(meanwhile.status.ok()) << meanwhile.status.error();
        EXPECT_EQ(meanwhile.applied.keptLocal, 1);
        EXPECT_EQ(laptop.store->record(id)->status, InterviewStatus::Rejected);
        EXPECT_EQ((*session)->interview().answer(at(**session, "hours")), Value::number(45));
        ASSERT_TRUE((*session)->complete().ok());
        const nlohmann::json enumeratorVersion = comparable(laptop.store->database(), id);
        const nlohmann::json serverVersion = comparable(supervisor.store->database(), id);

        const sync::SyncReport pushed = laptop.sync();
        ASSERT_TRUE(pushed.status.ok()) << pushed.status.error();
        EXPECT_EQ(pushed.applied.conflicts, 1);
        EXPECT_EQ(pushed.applied.stored, 0);
        // The server's copy is as the supervisor left it ...
        EXPECT_EQ(comparable(supervisor.store->database(), id)["checksum"],
                  serverVersion["checksum"]);
        // ... and the enumerator's is kept beside it, listed for the supervisor.
        Result<std::vector<sync::ConflictRecord>> open = review.conflicts();
        ASSERT_TRUE(open.ok());
        ASSERT_EQ(open->size(), 1u);
        const sync::ConflictRecord &c = open->front();
        EXPECT_EQ(c.interview, id);
        EXPECT_EQ(c.enumerator, "E01");
        EXPECT_EQ(c.serverStatus, rejectAgain ? "rejected" : "approved");
        EXPECT_EQ(c.enumeratorStatus, "completed");
        EXPECT_EQ(c.enumeratorRevision, 2);
        EXPECT_EQ(c.enumeratorVersion["checksum"], enumeratorVersion["checksum"]);
        ASSERT_EQ(c.differences.size(), 1u);
        EXPECT_EQ(c.differences[0].path, "hours");
        EXPECT_EQ(c.differences[0].enumerator, "45");
        // The laptop keeps its version while the supervisor decides.
        const sync::SyncReport waiting = laptop.sync();
        EXPECT_EQ(waiting.applied.updated + waiting.applied.approved + waiting.applied.reopened, 0);
        EXPECT_EQ(comparable(laptop.store->database(), id)["checksum"],
                  enumeratorVersion["checksum"]);

        // The supervisor takes the enumerator's version: it is the interview, on both sides.
        ASSERT_TRUE(review.resolve(c.id, sync::Keep::Enumerator).ok());
        EXPECT_EQ(review.conflicts()->size(), 0u);
        // Its event log, with the conflict settled in it, exports as the schema says.
        const QString exported = folder() + "/settled.json";
        QProcess exporter;
        exporter.start(QStringLiteral(ENUMERA_BINARY),
                       {"export", "--db", QString::fromStdString(supervisor.store->path()), "--out",
                        exported, "--paradata"});
        ASSERT_TRUE(exporter.waitForFinished(60000));
        ASSERT_EQ(exporter.exitCode(), 0) << exporter.readAllStandardError().toStdString();
        QProcess validator;
        validator.start(QStringLiteral("python3"),
                        {QStringLiteral(ENUMERA_REPO "/tests/schema/check_export_schema.py"),
                         QStringLiteral(ENUMERA_REPO), exported});
        ASSERT_TRUE(validator.waitForFinished(60000));
        EXPECT_EQ(validator.exitCode(), 0) << validator.readAllStandardOutput().toStdString()
                                           << validator.readAllStandardError().toStdString();
        EXPECT_EQ(supervisor.store->record(id)->revision, 2);
        EXPECT_EQ(supervisor.store->record(id)->status, InterviewStatus::Completed);
        const sync::SyncReport settled = laptop.sync();
        ASSERT_TRUE(settled.status.ok()) << settled.status.error();
        nlohmann::json onLaptop = comparable(laptop.store->database(), id);
        nlohmann::json onServer = comparable(supervisor.store->database(), id);
        EXPECT_EQ(onLaptop["checksum"], enumeratorVersion["checksum"]);
        EXPECT_EQ(onLaptop.dump(), onServer.dump());
        EXPECT_EQ(laptop.sync().waiting, 0);
    }
}

TEST_F(SyncTest, keepingTheServersCopyReplacesTheLaptopsAndKeepsTheOtherInTheConflict)
{
    Supervisor supervisor(folder());
    ASSERT_TRUE(supervisor.start());
    Laptop laptop(folder(), "ana");
    ASSERT_TRUE(laptop.pair(supervisor, "Ana"));
    const std::string id = makeInterview(*laptop.store, form, 1, laptop.enumerator);
    ASSERT_TRUE(laptop.sync().status.ok());
    sync::Review review(*supervisor.store, "S01");
    ASSERT_TRUE(review.reject(id, "Check the hours").ok());
    ASSERT_TRUE(laptop.sync().status.ok());
    auto session = InterviewSession::open(*laptop.store, id, "E01");
    ASSERT_TRUE(session.ok());
    answer(**session, "hours", Value::number(45));
    ASSERT_TRUE((*session)->complete().ok());
    ASSERT_TRUE(review.approve(id).ok());
    const nlohmann::json server = comparable(supervisor.store->database(), id);
    ASSERT_EQ(laptop.sync().applied.conflicts, 1);

    const int64_t conflict = review.conflicts()->front().id;
    ASSERT_TRUE(review.resolve(conflict, sync::Keep::Server).ok());
    EXPECT_THAT(review.resolve(conflict, sync::Keep::Enumerator).error(),
                HasSubstr("is already settled (kept_server)"));
    ASSERT_TRUE(laptop.sync().status.ok());
    EXPECT_EQ(laptop.store->record(id)->status, InterviewStatus::Approved);
    EXPECT_EQ(comparable(laptop.store->database(), id)["checksum"], server["checksum"]);
    // The enumerator's version is still there, for anyone who asks.
    Result<sync::ConflictRecord> kept = review.conflict(conflict);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->status, "kept_server");
    EXPECT_EQ(kept->enumeratorRevision, 2);
    EXPECT_EQ(kept->differences.size(), 1u);
}

TEST_F(SyncTest, formsAndAssignmentsWithPreloadedAnswersArePulled)
{
    Supervisor supervisor(folder());
    ASSERT_TRUE(supervisor.start());
    Laptop laptop(folder(), "ana");
    ASSERT_TRUE(laptop.pair(supervisor, "Ana"));
    std::string second = syncForm();
    second.replace(second.find("\"version\": \"1\""), 14, "\"version\": \"2\"");
    auto newer = mustLoad(second);
    ASSERT_TRUE(newer);
    ASSERT_TRUE(sync::publishForm(*supervisor.store, *newer).ok());
    Result<sync::Assignment> a =
        sync::assign(*supervisor.store, "E01", "HH-77", form, {{"name", "Rosa"}, {"q1", 0}});
    ASSERT_TRUE(a.ok()) << a.error();
    EXPECT_THAT(sync::assign(*supervisor.store, "E01", "HH-78", form, {{"q1", 5}}).error(),
                HasSubstr("the preloaded answer q1 cannot be given"));

    const sync::SyncReport r = laptop.sync();
    ASSERT_TRUE(r.status.ok()) << r.status.error();
    EXPECT_EQ(r.applied.forms, 2);
    EXPECT_EQ(r.applied.assignments, 1);
    EXPECT_TRUE(laptop.store->loadForm(Store::hashOf(*newer)).ok());
    Result<std::unique_ptr<InterviewSession>> s =
        sync::startAssignment(*laptop.store, a->id, "E01");
    ASSERT_TRUE(s.ok()) << s.error();
    EXPECT_EQ((*s)->record().household, "HH-77");
    EXPECT_EQ((*s)->interview().answer(at(**s, "name")), Value::text("Rosa"));
    EXPECT_THAT(sync::startAssignment(*laptop.store, a->id, "E01").error(),
                HasSubstr("was started already"));
    EXPECT_EQ(laptop.sync().applied.assignments, 0) << "nothing new the second time";
}

TEST_F(SyncTest, pairingCodesAreUsedOnceAndMistypedOnesAreRefused)
{
    Supervisor supervisor(folder());
    ASSERT_TRUE(supervisor.start());
    const sync::Invitation invitation = supervisor.invite("Ana");
    EXPECT_THAT(invitation.pairingCode,
                ::testing::MatchesRegex("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}"
                                        "-[A-HJKMNP-Z2-9]{4}"));
    Laptop laptop(folder(), "ana");
    sync::PairOptions o;
    o.serverUrl = supervisor.url();
    o.insecureHttp = true;
    o.code = invitation.pairingCode == "AAAA-AAAA-AAAA" ? "BBBB-BBBB-BBBB" : "AAAA-AAAA-AAAA";
    Result<sync::Pairing> wrong = laptop.client->pairAndWait(o);
    ASSERT_FALSE(wrong.ok());
    EXPECT_THAT(wrong.error(), HasSubstr("the pairing code is not valid"));
    o.code = "ABCD-EFGH-IJKL";
    EXPECT_THAT(laptop.client->pairAndWait(o).error(), HasSubstr("there is no 0, O, 1, I or L"));

    // Typed in lower case with spaces, it works once.
    QString typed = QString::fromStdString(invitation.pairingCode).toLower();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    o.code = typed.toStdString();
    Result<sync::Pairing> paired = laptop.client->pairAndWait(o);
    ASSERT_TRUE(paired.ok()) << paired.error();
    EXPECT_EQ(paired->enumerator, "E01");
    Laptop another(folder(), "thief");
    EXPECT_THAT(another.client->pairAndWait(o).error(), HasSubstr("the pairing code is not valid"));

    // Nothing secret is kept on the server: the key, not the code.
    SQLite::Database &db = supervisor.store->database();
    EXPECT_EQ(count(db, "SELECT count(*) FROM sync_enumerators WHERE pairing_key IS NOT NULL"), 0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM sync_enumerators WHERE length(public_key) = 32"), 1);
}

// --- TLS -----------------------------------------------------------------------------------------

TEST_F(SyncTest, overTlsTheClientRefusesAServerWhoseCertificateIsNotThePinnedOne)
{
    QTemporaryDir other;
    Supervisor supervisor(folder(), true);
    ASSERT_TRUE(supervisor.start());
    EXPECT_TRUE(
        QFile::exists(QString::fromStdString(sync::SyncServer::certificatePath(supervisor.path))));
    EXPECT_EQ(
        QFile(QString::fromStdString(sync::SyncServer::keyPath(supervisor.path))).permissions() &
            (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        0);
    Laptop laptop(folder(), "ana");
    ASSERT_TRUE(laptop.pair(supervisor, "Ana"));
    makeInterview(*laptop.store, form, 1, laptop.enumerator);
    ASSERT_EQ(laptop.sync().applied.stored, 1) << "over TLS with the pinned certificate";
    makeInterview(*laptop.store, form, 2, laptop.enumerator);

    // Another server, with a certificate of its own, at the address the laptop is given.
    Supervisor impostor(other.path(), true);
    ASSERT_TRUE(impostor.start());
    sync::SyncOptions options;
    options.serverUrl = impostor.url();
    const sync::SyncReport refused = laptop.sync(options);
    ASSERT_FALSE(refused.status.ok());
    EXPECT_THAT(refused.status.error(),
                HasSubstr("showed a certificate (SHA-256 " +
                          impostor.server->fingerprint().toStdString() +
                          ") that is not the one pinned at pairing (" +
                          supervisor.server->fingerprint().toStdString() + ")"));
    EXPECT_EQ(impostor.interviews(), 0);
    EXPECT_EQ(count(impostor.store->database(), "SELECT count(*) FROM sync_nonces"), 0)
        << "no request reached it";

    // Pairing with a fingerprint read out by the supervisor checks it before anything is sent.
    Laptop careful(folder(), "eva");
    const sync::Invitation invitation = supervisor.invite("Eva");
    sync::PairOptions o;
    o.serverUrl = impostor.url();
    o.code = invitation.pairingCode;
    o.fingerprint = supervisor.server->fingerprint().toStdString();
    const std::string mismatch = careful.client->pairAndWait(o).error();
    EXPECT_THAT(mismatch, HasSubstr("as the supervisor read out: this may be another computer"));
    EXPECT_THAT(mismatch, HasSubstr("Nothing was sent"));
    // The digits typed, in the pairing card's groups of four.
    const std::string typed =
        supervisor.server->fingerprint().remove(QLatin1Char(':')).toUpper().toStdString();
    EXPECT_THAT(mismatch, HasSubstr("not " + typed.substr(0, 4) + " " + typed.substr(4, 4)));
    o.serverUrl = supervisor.url();
    EXPECT_TRUE(careful.client->pairAndWait(o).ok());
}

TEST_F(SyncTest, anInterviewTheServerRefusesDoesNotHoldBackTheOthers)
{
    Supervisor supervisor(folder());
    ASSERT_TRUE(supervisor.start());
    Laptop laptop(folder(), "ana");
    ASSERT_TRUE(laptop.pair(supervisor, "Ana"));
    std::vector<std::string> ids;
    for (int n = 0; n < 5; ++n)
        ids.push_back(makeInterview(*laptop.store, form, n, laptop.enumerator));
    // One interview damaged on the laptop: an answer that is not a number any more.
    laptop.store->database().exec("UPDATE answers SET value = 'many' WHERE path = 'hours' AND "
                                  "interview = '" +
                                  ids[2] + "'");
    const sync::SyncReport r = laptop.sync();
    ASSERT_TRUE(r.status.ok()) << r.status.error();
    EXPECT_EQ(r.applied.stored, 4);
    ASSERT_EQ(r.applied.refused.size(), 1u);
    EXPECT_THAT(r.applied.refused[0],
                HasSubstr("interview " + ids[2] + ": the answer at hours is not a valid value"));
    EXPECT_EQ(supervisor.interviews(), 4);
    EXPECT_EQ(sync::outgoing(*laptop.store, false)->interviews, std::vector<std::string>{ids[2]})
        << "the damaged one is still waiting";
}
