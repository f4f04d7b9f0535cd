// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumeratorside.h"

#include "common.h"
#include "crypto.h"
#include "interviewdata.h"
#include "store/store.h"

#include <QCoreApplication>

#include <SQLiteCpp/SQLiteCpp.h>

#include <set>

namespace enumera::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncEnumerator)
};

using nlohmann::json;

QByteArray blob(SQLite::Column c)
{
    if (c.isNull())
        return {};
    return QByteArray(static_cast<const char *>(c.getBlob()), c.getBytes());
}

void bindBlob(SQLite::Statement &s, int index, const QByteArray &bytes)
{
    s.bind(index, bytes.constData(), int(bytes.size()));
}

struct LocalState
{
    std::string synced;
    int base = 0;
    bool conflict = false;
};

LocalState localState(SQLite::Database &db, const std::string &id)
{
    SQLite::Statement s(db, "SELECT synced_checksum, base_version, conflict FROM "
                            "sync_client_interviews WHERE interview = ?");
    s.bind(1, id);
    if (!s.executeStep())
        return {};
    return {s.getColumn(0).getString(), s.getColumn(1).getInt(), s.getColumn(2).getInt() != 0};
}

void setLocalState(SQLite::Database &db, const std::string &id, const std::string &synced, int base,
                   bool conflict, const char *when, int revision, const std::string &at)
{
    const std::string column = when;
    SQLite::Statement s(db, "INSERT INTO sync_client_interviews (interview, synced_checksum, "
                            "base_version, conflict, sent_revision, " +
                                column +
                                ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (interview) DO UPDATE "
                                "SET synced_checksum = excluded.synced_checksum, base_version = "
                                "excluded.base_version, conflict = excluded.conflict, "
                                "sent_revision = max(sent_revision, excluded.sent_revision), " +
                                column + " = excluded." + column);
    s.bind(1, id);
    s.bind(2, synced);
    s.bind(3, base);
    s.bind(4, conflict ? 1 : 0);
    s.bind(5, revision);
    s.bind(6, at);
    s.exec();
}

template<typename Work>
Status inTransaction(Store &store, const QString &what, Work work)
{
    try {
        SQLite::Transaction t(store.database(), SQLite::TransactionBehavior::IMMEDIATE);
        if (Status s = work(store.database()); !s)
            return s;
        t.commit();
        return {};
    } catch (const std::exception &e) {
        return failure(e, store.path(), what);
    }
}

bool isText(const json &j, const char *key)
{
    return j.is_object() && j.contains(key) && j.at(key).is_string();
}

} // namespace

Result<std::optional<Pairing>> readPairing(Store &store)
{
    try {
        SQLite::Statement s(store.database(),
                            "SELECT server_url, server_id, server_key, certificate, enumerator, "
                            "enumerator_name, private_key, public_key, pull_cursor, clock_offset "
                            "FROM sync_client WHERE id = 1");
        std::optional<Pairing> out;
        if (s.executeStep())
            out = Pairing{s.getColumn(0).getString(), s.getColumn(1).getString(),
                          blob(s.getColumn(2)),       QByteArray::fromStdString(s.getColumn(3)),
                          s.getColumn(4).getString(), s.getColumn(5).getString(),
                          blob(s.getColumn(6)),       blob(s.getColumn(7)),
                          s.getColumn(8).getInt64(),  s.getColumn(9).getInt()};
        return out;
    } catch (const std::exception &e) {
        return failure(e, store.path(), Tr::tr("reading the pairing"));
    }
}

Status savePairing(Store &store, const Pairing &pairing)
{
    return inTransaction(store, Tr::tr("saving the pairing"), [&](SQLite::Database &db) {
        SQLite::Statement before(db, "SELECT server_id FROM sync_client WHERE id = 1");
        const bool sameServer =
            before.executeStep() && before.getColumn(0).getString() == pairing.serverId;
        before.reset();
        if (!sameServer) {
            // Versions and cursors of another server mean nothing to this one.
            db.exec("DELETE FROM sync_client_interviews");
            db.exec("DELETE FROM sync_client_forms");
        }
        SQLite::Statement s(db, "INSERT OR REPLACE INTO sync_client (id, server_url, server_id, "
                                "server_key, certificate, enumerator, enumerator_name, "
                                "private_key, public_key, paired_at, pull_cursor, clock_offset) "
                                "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        s.bind(1, pairing.serverUrl);
        s.bind(2, pairing.serverId);
        bindBlob(s, 3, pairing.serverKey);
        s.bind(4, pairing.certificate.toStdString());
        s.bind(5, pairing.enumerator);
        s.bind(6, pairing.name);
        bindBlob(s, 7, pairing.privateKey);
        bindBlob(s, 8, pairing.publicKey);
        s.bind(9, store.now().utc);
        s.bind(10, int64_t(sameServer ? pairing.pullCursor : 0));
        s.bind(11, pairing.clockOffset);
        s.exec();
        return Status();
    });
}

Status saveClockOffset(Store &store, int seconds)
{
    return inTransaction(store, Tr::tr("saving the clock's offset"), [&](SQLite::Database &db) {
        SQLite::Statement s(db, "UPDATE sync_client SET clock_offset = ? WHERE id = 1");
        s.bind(1, seconds);
        s.exec();
        return Status();
    });
}

std::vector<std::pair<std::string, std::string>>
signedHeaders(const Pairing &pairing, const std::string &method, const std::string &path,
              const QByteArray &body, const std::string &timestamp)
{
    const std::string nonce =
        randomBytes(16)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            .toStdString();
    std::vector<std::pair<std::string, std::string>> out = {
        {header::Protocol, std::to_string(ProtocolVersion)},
        {header::Enumerator, pairing.enumerator},
        {header::Timestamp, timestamp},
        {header::Nonce, nonce}};
    Result<QByteArray> signature =
        sign(pairing.privateKey,
             requestSigningText(method, path, pairing.enumerator, timestamp, nonce, body));
    out.push_back({header::Signature, signature ? base64(*signature) : std::string()});
    return out;
}

Status verifyAnswer(const Pairing &pairing, int status, const std::string &nonce,
                    const QByteArray &body, const std::string &signature)
{
    bool decoded = false;
    const QByteArray bytes = fromBase64(signature, &decoded);
    if (signature.empty() || !decoded ||
        !verify(pairing.serverKey, responseSigningText(status, nonce, body), bytes))
        return Error{Tr::tr("the answer is not signed by the server this laptop was paired with "
                            "(it was changed on the way, or it comes from another computer); "
                            "it was not used")
                         .toStdString()};
    return {};
}

Result<Outgoing> outgoing(Store &store, bool includeInProgress)
{
    try {
        SQLite::Database &db = store.database();
        const std::string origin = databaseId(db);
        SQLite::Statement s(db, std::string("SELECT id FROM interviews WHERE discarded = 0 AND "
                                            "status IN ('completed'") +
                                    (includeInProgress ? ", 'in_progress', 'rejected'" : "") +
                                    ") ORDER BY created_at, id");
        Outgoing out;
        while (s.executeStep()) {
            const std::string id = s.getColumn(0).getString();
            const std::string checksum =
                readInterview(db, id, origin, false).at("checksum").get<std::string>();
            if (checksum != localState(db, id).synced)
                out.interviews.push_back(id);
        }
        return out;
    } catch (const std::exception &e) {
        return failure(e, store.path(), Tr::tr("listing the interviews to send"));
    }
}

Result<json> pushBody(Store &store, const std::vector<std::string> &interviews)
{
    try {
        SQLite::Database &db = store.database();
        const std::string origin = databaseId(db);
        json list = json::array();
        std::set<std::string> hashes;
        for (const std::string &id : interviews) {
            json p = readInterview(db, id, origin);
            p["base_version"] = localState(db, id).base;
            hashes.insert(p.at("form").get<std::string>());
            list.push_back(std::move(p));
        }
        json forms = json::array();
        for (const std::string &hash : hashes) {
            SQLite::Statement known(db, "SELECT 1 FROM sync_client_forms WHERE hash = ?");
            known.bind(1, hash);
            if (!known.executeStep())
                forms.push_back(readForm(db, hash));
        }
        return json{{"interviews", std::move(list)}, {"forms", std::move(forms)}};
    } catch (const std::exception &e) {
        return failure(e, store.path(), Tr::tr("reading the interviews to send"));
    }
}

Status applyPushAnswer(Store &store, const json &answer, Applied &applied)
{
    if (!answer.is_object() || !answer.contains("receipts") || !answer.at("receipts").is_array())
        return Error{Tr::tr("the server's answer has no receipts; nothing was marked as sent")
                         .toStdString()};
    for (const json &r : answer.at("receipts"))
        if (!isText(r, "interview") || !isText(r, "checksum") || !isText(r, "outcome"))
            return Error{Tr::tr("a receipt of the server's answer is not valid; nothing was "
                                "marked as sent")
                             .toStdString()};
    const std::string at = store.now().utc;
    return inTransaction(store, Tr::tr("marking the interviews sent"), [&](SQLite::Database &db) {
        if (answer.contains("forms") && answer.at("forms").is_array())
            for (const json &hash : answer.at("forms"))
                if (hash.is_string()) {
                    SQLite::Statement s(db, "INSERT OR IGNORE INTO sync_client_forms (hash) "
                                            "VALUES (?)");
                    s.bind(1, hash.get<std::string>());
                    s.exec();
                }
        for (const json &r : answer.at("receipts")) {
            const std::string id = r.at("interview").get<std::string>();
            const std::string outcome = r.at("outcome").get<std::string>();
            if (outcome == "refused") {
                const json error = r.value("error", json::object());
                const std::string code = error.is_object() ? error.value("code", "") : "";
                const std::string message = error.is_object() ? error.value("message", "") : "";
                applied.refused.push_back(
                    Tr::tr("interview %1: %2").arg(q(id), q(message)).toStdString());
                if (code == "form_missing") {
                    applied.formMissing = true;
                    SQLite::Statement s(db, "DELETE FROM sync_client_forms WHERE hash = (SELECT "
                                            "form_hash FROM interviews WHERE id = ?)");
                    s.bind(1, id);
                    s.exec();
                }
                continue;
            }
            if (!r.contains("version") || !r.at("version").is_number_integer() ||
                !interviewExists(db, id))
                continue;
            const int version = r.at("version").get<int>();
            const int revision = r.value("revision", 0);
            const LocalState local = localState(db, id);
            if (version < local.base)
                continue; // an old receipt: the server has said more since
            const std::string checksum = r.at("checksum").get<std::string>();
            if (outcome == "stored" || outcome == "unchanged") {
                setLocalState(db, id, checksum, version, false, "sent_at", revision, at);
                ++(outcome == "stored" ? applied.stored : applied.unchanged);
            } else if (outcome == "conflict") {
                setLocalState(db, id, checksum, local.base, true, "sent_at", revision, at);
                ++applied.conflicts;
            }
        }
        return Status();
    });
}

Status applyPullAnswer(Store &store, const json &answer, Applied &applied)
{
    if (!answer.is_object() || !answer.contains("interviews") ||
        !answer.at("interviews").is_array() || !answer.contains("forms") ||
        !answer.at("forms").is_array() || !answer.contains("assignments") ||
        !answer.at("assignments").is_array() || !answer.contains("cursor") ||
        !answer.at("cursor").is_number_integer())
        return Error{Tr::tr("the server's answer to the pull is not valid; nothing was taken")
                         .toStdString()};
    for (const json &form : answer.at("forms")) {
        // A form this laptop holds already is not loaded again.
        try {
            if (isText(form, "hash") &&
                formExists(store.database(), form.at("hash").get<std::string>()))
                continue;
        } catch (const std::exception &e) {
            return failure(e, store.path(), Tr::tr("reading the forms"));
        }
        if (std::optional<QString> why = checkForm(form))
            return Error{(*why + Tr::tr("; nothing was taken")).toStdString()};
    }
    for (const json &p : answer.at("interviews"))
        if (std::optional<QString> why = checkInterview(p))
            return Error{(*why + Tr::tr("; nothing was taken")).toStdString()};
    for (const json &a : answer.at("assignments"))
        if (!isText(a, "id") || !isText(a, "household") || !isText(a, "form") ||
            !a.contains("preload") || !a.at("preload").is_object())
            return Error{Tr::tr("an assignment from the server is not valid; nothing was taken")
                             .toStdString()};
    const std::string at = store.now().utc;
    Result<std::optional<Pairing>> pairing = readPairing(store);
    if (!pairing)
        return Error{pairing.error()};
    const std::string me = *pairing ? (*pairing)->enumerator : std::string();
    return inTransaction(store, Tr::tr("taking what the server sent"), [&](SQLite::Database &db) {
        const std::string origin = databaseId(db);
        for (const json &form : answer.at("forms"))
            if (!formExists(db, form.at("hash").get<std::string>())) {
                writeForm(db, form, at);
                ++applied.forms;
            }
        for (const json &a : answer.at("assignments")) {
            SQLite::Statement s(db, "INSERT INTO sync_assignments (id, enumerator, household, "
                                    "form_hash, preload, created_at, cancelled) VALUES (?, ?, ?, "
                                    "?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET household = "
                                    "excluded.household, form_hash = excluded.form_hash, preload "
                                    "= excluded.preload, cancelled = excluded.cancelled");
            s.bind(1, a.at("id").get<std::string>());
            s.bind(2, me);
            s.bind(3, a.at("household").get<std::string>());
            s.bind(4, a.at("form").get<std::string>());
            s.bind(5, dumpJson(a.at("preload")));
            s.bind(6, a.value("created", at));
            s.bind(7, a.value("cancelled", false) ? 1 : 0);
            s.exec();
            ++applied.assignments;
        }
        for (const json &p : answer.at("interviews")) {
            const std::string id = p.at("id").get<std::string>();
            const int version = p.value("version", 0);
            const std::string checksum = p.at("checksum").get<std::string>();
            const std::string status = p.at("status").get<std::string>();
            if (p.value("conflict", false))
                continue; // the supervisor has both versions to choose from
            const bool exists = interviewExists(db, id);
            const LocalState local = exists ? localState(db, id) : LocalState{};
            if (exists) {
                const std::string current =
                    readInterview(db, id, origin, false).at("checksum").get<std::string>();
                if (current != local.synced) {
                    // Changes not yet sent are never overwritten: the next push keeps both.
                    ++applied.keptLocal;
                    continue;
                }
                if (version <= local.base && checksum == current) {
                    mergeHistory(db, p, origin); // a comment, perhaps
                    continue;
                }
                if (version < local.base)
                    continue;
            }
            writeInterview(db, p, origin);
            setLocalState(db, id, checksum, version, false, "received_at", 0, at);
            if (status == "rejected")
                ++applied.reopened;
            else if (status == "approved")
                ++applied.approved;
            else
                ++applied.updated;
        }
        SQLite::Statement cursor(db, "UPDATE sync_client SET pull_cursor = max(pull_cursor, ?) "
                                     "WHERE id = 1");
        cursor.bind(1, answer.at("cursor").get<int64_t>());
        cursor.exec();
        applied.cursor = answer.at("cursor").get<int64_t>();
        applied.more = answer.value("more", false);
        return Status();
    });
}

} // namespace enumera::sync
