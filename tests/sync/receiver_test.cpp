// SPDX-License-Identifier: GPL-3.0-or-later
// The server's logic without HTTP: requests that arrive together are stored in one transaction,
// and a request whose storing fails is undone alone, leaving the others stored.
#include "sync/crypto.h"
#include "sync/receiver.h"
#include "sync/sqliteserverstorage.h"
#include "syncfixture.h"

using namespace enumera;
using namespace enumera::testing;

namespace {

// The SQLite storage, counting its transactions; one work of the next transaction can be made
// to fail after it has written.
class CountingStorage final : public sync::ServerStorage
{
public:
    explicit CountingStorage(sync::ServerStorage &inner)
        : m_inner(inner)
    {}
    Result<sync::ServerIdentity> identity() override { return m_inner.identity(); }
    Result<std::optional<sync::EnumeratorRecord>> enumerator(const std::string &code) override
    {
        return m_inner.enumerator(code);
    }
    Status forgetOldNonces() override { return m_inner.forgetOldNonces(); }
    std::vector<Status> transact(const std::vector<Work> &works) override
    {
        sizes.push_back(works.size());
        std::vector<Work> wrapped = works;
        if (failing < works.size())
            wrapped[failing] = [work = works[failing]](sync::ServerTransaction &t) -> Status {
                if (Status s = work(t); !s)
                    return s;
                return Error{"the disk is full"};
            };
        failing = size_t(-1);
        return m_inner.transact(wrapped);
    }

    std::vector<size_t> sizes;
    size_t failing = size_t(-1);

private:
    sync::ServerStorage &m_inner;
};

// A laptop paired by hand with the supervisor's store (no network needed here).
std::unique_ptr<Store> pairedLaptop(const QString &folder, const std::string &name, Store &server,
                                    const sync::ServerIdentity &identity)
{
    auto laptop = openStore((folder + "/" + QString::fromStdString(name) + ".db").toStdString());
    const sync::Invitation invitation = sync::Team(server).add(name).value();
    const sync::KeyPair keys = sync::generateKeyPair().value();
    SQLite::Statement paired(server.database(), "UPDATE sync_enumerators SET status = 'paired', "
                                                "public_key = ? WHERE code = ?");
    paired.bind(1, keys.publicKey.constData(), int(keys.publicKey.size()));
    paired.bind(2, invitation.enumerator);
    paired.exec();
    sync::Pairing p;
    p.serverUrl = "http://127.0.0.1:1";
    p.serverId = identity.id;
    p.serverKey = identity.publicKey;
    p.enumerator = invitation.enumerator;
    p.name = name;
    p.privateKey = keys.privateKey;
    p.publicKey = keys.publicKey;
    EXPECT_TRUE(sync::savePairing(*laptop, p).ok());
    return laptop;
}

sync::Request push(Store &laptop, const std::string &interview)
{
    const sync::Pairing pairing = sync::readPairing(laptop).value().value();
    sync::Request r;
    r.method = "POST";
    r.path = sync::path::Push;
    r.body = QByteArray::fromStdString(sync::pushBody(laptop, {interview}).value().dump());
    for (const auto &[name, value] :
         sync::signedHeaders(pairing, "POST", r.path, r.body, laptop.now().utc))
        r.headers[name] = value;
    return r;
}

} // namespace

TEST(Receiver, requestsArrivingTogetherAreOneTransactionAndAFailedOneIsUndoneAlone)
{
    QTemporaryDir dir;
    const auto form = mustLoad(syncForm());
    auto server = openStore(dir.filePath("supervisor.db").toStdString());
    sync::SqliteServerStorage sqlite(*server);
    CountingStorage storage(sqlite);
    sync::Receiver receiver(storage, {});
    ASSERT_TRUE(receiver.start().ok());
    auto ana = pairedLaptop(dir.path(), "ana", *server, receiver.identity());
    auto eva = pairedLaptop(dir.path(), "eva", *server, receiver.identity());
    const std::string a1 = makeInterview(*ana, form, 1, "E01");
    const std::string a2 = makeInterview(*ana, form, 2, "E01");
    const std::string e1 = makeInterview(*eva, form, 3, "E02");
    const std::vector<sync::Request> together = {push(*ana, a1), push(*eva, e1), push(*ana, a2)};

    storage.failing = 1; // Eva's request fails after writing
    const std::vector<sync::Response> answers = receiver.handle(together);
    ASSERT_EQ(storage.sizes, std::vector<size_t>{3}) << "one transaction for the three";
    ASSERT_EQ(answers.size(), 3u);
    EXPECT_EQ(answers[0].status, 200);
    EXPECT_EQ(answers[1].status, 503);
    EXPECT_THAT(answers[1].body.toStdString(),
                ::testing::HasSubstr("storage_failed") /* and nothing of it kept */);
    EXPECT_EQ(answers[2].status, 200);
    EXPECT_TRUE(sync::interviewExists(server->database(), a1));
    EXPECT_TRUE(sync::interviewExists(server->database(), a2));
    EXPECT_FALSE(sync::interviewExists(server->database(), e1)) << "undone alone";
    EXPECT_EQ(
        count(server->database(), "SELECT count(*) FROM events WHERE interview = '" + e1 + "'"), 0);

    // Its nonce was undone with it: the same request, sent again, is stored.
    const std::vector<sync::Response> again = receiver.handle({together[1]});
    EXPECT_EQ(again[0].status, 200) << again[0].body.toStdString();
    EXPECT_TRUE(sync::interviewExists(server->database(), e1));
}
