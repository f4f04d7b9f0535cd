// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiver.h"

#include "common.h"
#include "crypto.h"
#include "interviewdata.h"

#include <QCoreApplication>

#include <cmath>

namespace enumera::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncReceiver)
};

using nlohmann::json;

json refusedReceipt(const json &p, const std::string &code, const QString &message)
{
    return {{"interview", p.at("id")},
            {"checksum", p.at("checksum")},
            {"revision", p.at("revision")},
            {"outcome", "refused"},
            {"error", {{"code", code}, {"message", message.toStdString()}}}};
}

json receipt(const json &p, const ReceivedRecord &r)
{
    return {{"interview", p.at("id")},
            {"checksum", p.at("checksum")},
            {"revision", p.at("revision")},
            {"outcome", r.outcome},
            {"version", r.version},
            {"conflict", r.conflict ? json(r.conflict) : json(nullptr)}};
}

// Returns the error of a Result or Status from the enclosing work.
#define ENUMERA_TRY(expression)                                                                    \
    do {                                                                                           \
        auto &&result_ = (expression);                                                             \
        if (!result_)                                                                              \
            return Error{result_.error()};                                                         \
    } while (false)

// What the push body must hold; the reason it is refused otherwise.
std::optional<QString> checkPush(const json &push)
{
    if (!push.is_object() || !push.contains("interviews") || !push.at("interviews").is_array() ||
        !push.contains("forms") || !push.at("forms").is_array())
        return Tr::tr("a push is {\"interviews\": [...], \"forms\": [...]}");
    for (const json &p : push.at("interviews")) {
        if (std::optional<QString> why = checkInterview(p))
            return why;
        if (!p.contains("base_version") || !p.at("base_version").is_number_integer() ||
            p.at("base_version").get<int64_t>() < 0)
            return Tr::tr("interview %1: \"base_version\" is missing or not a whole number")
                .arg(q(p.at("id").get<std::string>()));
    }
    return std::nullopt;
}

std::optional<QString> checkPull(const json &pull)
{
    if (!pull.is_object() || !pull.contains("since") || !pull.at("since").is_number_integer() ||
        pull.at("since").get<int64_t>() < 0)
        return Tr::tr("a pull is {\"since\": CURSOR}");
    return std::nullopt;
}

} // namespace

Receiver::Receiver(ServerStorage &storage, ReceiverOptions options)
    : Receiver(storage, storage, std::move(options))
{}

Receiver::Receiver(ServerStorage &reader, ServerStorage &writer, ReceiverOptions options)
    : m_reader(reader)
    , m_writer(writer)
    , m_options(std::move(options))
{
    if (!m_options.clock)
        m_options.clock = Timestamp::now;
}

Receiver::~Receiver() = default;

Status Receiver::start()
{
    Result<ServerIdentity> id = m_writer.identity();
    if (id && &m_reader != &m_writer)
        if (Result<ServerIdentity> read = m_reader.identity(); !read)
            return Error{read.error()};
    if (!id)
        return Error{id.error()};
    m_identity = std::move(*id);
    return {};
}

std::vector<Response> Receiver::handle(const std::vector<Request> &requests)
{
    std::vector<std::unique_ptr<Prepared>> prepared;
    for (const Request &r : requests)
        prepared.push_back(prepare(r));
    return commit(std::move(prepared));
}

std::unique_ptr<Receiver::Prepared> Receiver::prepare(const Request &request)
{
    std::unique_ptr<Prepared> p = check(request);
    p->nonce = request.header(header::Nonce);
    return p;
}

std::vector<Response> Receiver::commit(std::vector<std::unique_ptr<Prepared>> prepared)
{
    m_tally = {};
    std::vector<ServerStorage::Work> works;
    std::vector<size_t> owners;
    for (size_t i = 0; i < prepared.size(); ++i)
        if (!prepared[i]->immediate) {
            works.push_back(prepared[i]->work);
            owners.push_back(i);
        }
    if (!works.empty()) {
        const std::vector<Status> done = m_writer.transact(works);
        for (size_t i = 0; i < done.size(); ++i) {
            Prepared &p = *prepared[owners[i]];
            if (!done[i]) {
                qCWarning(lcSync) << "sync: a request could not be stored:"
                                  << QString::fromStdString(done[i].error());
                p.immediate = errorResponse(503, "storage_failed",
                                            Tr::tr("the server could not store the request (%1); "
                                                   "nothing was stored: try again")
                                                .arg(q(done[i].error())));
            } else if (p.refusal) {
                p.immediate = std::move(p.refusal);
            } else {
                Response ok;
                try {
                    ok.body = QByteArray::fromStdString(dumpJson(p.result));
                } catch (const std::exception &e) {
                    // Stored, but the answer cannot be written: the client asks again and gets
                    // the same receipts.
                    qCWarning(lcSync) << "sync: an answer could not be written:" << e.what();
                    ok = errorResponse(500, "answer_failed",
                                       Tr::tr("the server could not write its answer; ask "
                                              "again"));
                }
                p.immediate = std::move(ok);
                m_tally.stored += p.tally.stored;
                m_tally.unchanged += p.tally.unchanged;
                m_tally.conflicts += p.tally.conflicts;
                m_tally.refused += p.tally.refused;
                m_tally.paired += p.tally.paired;
            }
        }
    }
    if (++m_batches % 256 == 0)
        if (Status s = m_writer.forgetOldNonces(); !s)
            qCWarning(lcSync) << "sync:" << QString::fromStdString(s.error());
    std::vector<Response> out;
    for (std::unique_ptr<Prepared> &p : prepared)
        out.push_back(finish(p->nonce, std::move(*p->immediate)));
    return out;
}

Response Receiver::finish(const std::string &nonce, Response response)
{
    if (response.body.isEmpty())
        response.body = "{}";
    if (Result<QByteArray> signature =
            sign(m_identity.signingKey, responseSigningText(response.status, nonce, response.body)))
        response.headers.push_back({header::Signature, base64(*signature)});
    response.headers.push_back({header::Protocol, std::to_string(ProtocolVersion)});
    response.headers.push_back({header::ServerTime, now()});
    response.headers.push_back({"content-type", "application/json"});
    return response;
}

Response Receiver::hello()
{
    Response r;
    r.body = QByteArray::fromStdString(json{{"protocol", {ProtocolVersion}},
                                            {"server", m_identity.id},
                                            {"server_key", base64(m_identity.publicKey)},
                                            {"time", now()},
                                            {"tls", !m_options.certificateDigest.isEmpty()}}
                                           .dump());
    return r;
}

std::unique_ptr<Receiver::Prepared> Receiver::check(const Request &request)
{
    auto refuse = [](Response r) {
        auto p = std::make_unique<Prepared>();
        p->immediate = std::move(r);
        return p;
    };
    if (request.tooLarge)
        return refuse(errorResponse(413, "too_large",
                                    Tr::tr("the request is too large for the server; send fewer "
                                           "interviews at a time")));
    const bool known = request.path == path::Hello || request.path == path::Pair ||
                       request.path == path::Push || request.path == path::Pull ||
                       request.path == path::Exchange;
    if (!known)
        return refuse(errorResponse(404, "not_found",
                                    Tr::tr("there is no %1 in sync protocol %2")
                                        .arg(q(request.path))
                                        .arg(ProtocolVersion)));
    const std::string protocol = request.header(header::Protocol);
    if (protocol.empty() && request.path == path::Hello)
        return refuse(hello());
    bool numeric = false;
    const int version = QString::fromStdString(protocol).toInt(&numeric);
    if (!numeric || version < 1)
        return refuse(errorResponse(400, "protocol_missing",
                                    Tr::tr("the request does not say which sync protocol it "
                                           "speaks (header Enumera-Protocol)")));
    if (version != ProtocolVersion) {
        qCWarning(lcSync) << "sync: refused a request in protocol" << version;
        return refuse(errorResponse(
            426, "protocol_unsupported",
            version > ProtocolVersion
                ? Tr::tr("the request speaks sync protocol %1, which this server does not know "
                         "(it speaks protocol %2): update Enumera on the supervisor's laptop")
                      .arg(version)
                      .arg(ProtocolVersion)
                : Tr::tr("the request speaks sync protocol %1, which this server no longer "
                         "speaks (it speaks protocol %2): update Enumera on this laptop")
                      .arg(version)
                      .arg(ProtocolVersion)));
    }
    const bool get = request.path == path::Hello;
    if (request.method != (get ? "GET" : "POST") && !request.fromPackage)
        return refuse(errorResponse(
            405, "method_not_allowed",
            Tr::tr("%1 takes %2")
                .arg(q(request.path), get ? QStringLiteral("GET") : QStringLiteral("POST"))));
    if (request.path == path::Hello)
        return refuse(hello());
    if (request.path == path::Pair)
        return checkPair(request);
    return checkSigned(request);
}

std::unique_ptr<Receiver::Prepared> Receiver::checkPair(const Request &request)
{
    auto pending = std::make_unique<Prepared>();
    const json body =
        json::parse(request.body.constBegin(), request.body.constEnd(), nullptr, false);
    if (!body.is_object() || !body.contains("public_key") || !body.at("public_key").is_string() ||
        !body.contains("nonce") || !body.at("nonce").is_string() || !body.contains("proof") ||
        !body.at("proof").is_string()) {
        pending->immediate =
            errorResponse(400, "malformed",
                          Tr::tr("a pairing request is {\"public_key\", \"nonce\", "
                                 "\"proof\", \"device\"}"));
        return pending;
    }
    const std::string publicKey = body.at("public_key").get<std::string>();
    const std::string nonce = body.at("nonce").get<std::string>();
    const QByteArray proof =
        QByteArray::fromHex(QByteArray::fromStdString(body.at("proof").get<std::string>()));
    const std::string device = body.value("device", std::string());
    bool decoded = false;
    const QByteArray key = fromBase64(publicKey, &decoded);
    if (!decoded || key.size() != 32 || nonce.size() < 16) {
        pending->immediate = errorResponse(
            400, "malformed", Tr::tr("the pairing request's key or nonce is not valid"));
        return pending;
    }
    const std::string fingerprint = hexText(m_options.certificateDigest);
    Prepared *raw = pending.get();
    pending->work = [this, raw, publicKey, nonce, proof, device, key,
                     fingerprint](ServerTransaction &t) -> Status {
        Result<std::vector<PendingPairing>> codes = t.pendingPairings();
        ENUMERA_TRY(codes);
        const QByteArray text = pairingClientText(fingerprint, publicKey, nonce);
        for (const PendingPairing &code : *codes) {
            if (!sameSecret(hmacSha256(code.pairingKey, text), proof))
                continue;
            Result<bool> fresh = t.rememberNonce("", nonce);
            ENUMERA_TRY(fresh);
            if (!*fresh)
                break;
            ENUMERA_TRY(t.completePairing(code.code, key, device));
            ++raw->tally.paired;
            const std::string serverKey = base64(m_identity.publicKey);
            const QByteArray answer =
                hmacSha256(code.pairingKey, pairingServerText(fingerprint, publicKey, nonce,
                                                              code.code, m_identity.id, serverKey));
            raw->result = {{"enumerator", code.code},
                           {"name", code.name},
                           {"server", m_identity.id},
                           {"server_key", serverKey},
                           {"proof", hexText(answer)}};
            qCInfo(lcSync) << "sync: enumerator" << q(code.code) << "paired";
            return {};
        }
        qCWarning(lcSync) << "sync: refused a pairing: no pending pairing code matches";
        raw->refusal = errorResponse(403, "pairing_refused",
                                     Tr::tr("the pairing code is not valid: it is mistyped, "
                                            "expired or already used, or the connection to the "
                                            "server is not direct; ask the supervisor for a new "
                                            "code"));
        return {};
    };
    return pending;
}

std::unique_ptr<Receiver::Prepared> Receiver::checkSigned(const Request &request)
{
    auto pending = std::make_unique<Prepared>();
    auto refuse = [&](int status, const std::string &code, const QString &message) {
        qCWarning(lcSync).noquote() << "sync: refused" << q(request.path) << "from"
                                    << q(request.header(header::Enumerator)) << ":" << message;
        pending->immediate = errorResponse(status, code, message);
        return std::move(pending);
    };
    const std::string code = request.header(header::Enumerator);
    const std::string timestamp = request.header(header::Timestamp);
    const std::string nonce = request.header(header::Nonce);
    const std::string signature = request.header(header::Signature);
    if (code.empty() || timestamp.empty() || nonce.empty() || signature.empty())
        return refuse(401, "signature_missing",
                      Tr::tr("the request is not signed (headers Enumera-Enumerator, "
                             "Enumera-Timestamp, Enumera-Nonce and Enumera-Signature)"));
    Result<std::optional<EnumeratorRecord>> who = m_reader.enumerator(code);
    if (!who)
        return refuse(503, "storage_failed", q(who.error()));
    if (!*who)
        return refuse(401, "unknown_enumerator",
                      Tr::tr("this server's team has no enumerator %1").arg(q(code)));
    if ((*who)->status == EnumeratorStatus::Revoked)
        return refuse(
            403, "revoked",
            Tr::tr("enumerator %1 was revoked by the supervisor; nothing was stored").arg(q(code)));
    if ((*who)->status != EnumeratorStatus::Paired)
        return refuse(403, "not_paired",
                      Tr::tr("enumerator %1 has not paired a laptop yet").arg(q(code)));
    bool decoded = false;
    const QByteArray signatureBytes = fromBase64(signature, &decoded);
    const std::string method = request.fromPackage ? "PACKAGE" : request.method;
    if (!decoded ||
        !verify((*who)->publicKey,
                requestSigningText(method, request.path, code, timestamp, nonce, request.body),
                signatureBytes))
        return refuse(401, "signature_invalid",
                      Tr::tr("the signature does not verify: the content was changed after it "
                             "was signed, or it was not signed by the laptop paired as %1; "
                             "nothing was stored")
                          .arg(q(code)));
    if (!request.fromPackage) {
        const std::optional<double> skew = secondsFrom(timestamp, now());
        if (!skew || std::fabs(*skew) > TimestampWindowSeconds)
            return refuse(401, "clock_skew",
                          Tr::tr("the request's time (%1) is more than %2 minutes from the "
                                 "server's (%3)")
                              .arg(q(timestamp))
                              .arg(TimestampWindowSeconds / 60)
                              .arg(q(now())));
    }
    json body = json::parse(request.body.constBegin(), request.body.constEnd(), nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return refuse(400, "malformed", Tr::tr("the request's body is not a JSON object"));
    json push = nullptr, pull = nullptr;
    if (request.path == path::Push)
        push = body;
    else if (request.path == path::Pull)
        pull = body;
    else {
        push = body.value("push", json(nullptr));
        pull = body.value("pull", json(nullptr));
    }
    if (!push.is_null())
        if (std::optional<QString> why = checkPush(push))
            return refuse(400, "invalid", *why + Tr::tr("; nothing was stored"));
    if (!pull.is_null())
        if (std::optional<QString> why = checkPull(pull))
            return refuse(400, "invalid", *why);
    if (!push.is_null())
        for (const json &form : push.at("forms")) {
            const std::string hash = form.is_object() ? form.value("hash", "") : "";
            if (m_checkedForms.count(hash))
                continue;
            if (std::optional<QString> why = checkForm(form))
                return refuse(400, "invalid_form", *why + Tr::tr("; nothing was stored"));
            m_checkedForms.insert(hash);
        }

    Prepared *raw = pending.get();
    const bool package = request.fromPackage;
    const int limit = package ? 0 : m_options.pullLimit;
    const std::string path = request.path;
    pending->work = [raw, code, nonce, package, limit, path, push = std::move(push),
                     pull = std::move(pull)](ServerTransaction &t) -> Status {
        Result<bool> fresh = t.rememberNonce(code, nonce);
        ENUMERA_TRY(fresh);
        if (!*fresh && !package) {
            qCWarning(lcSync) << "sync: refused a replayed request from" << q(code);
            raw->refusal = errorResponse(409, "replayed",
                                         Tr::tr("this request was received before (the same "
                                                "nonce); it is not applied twice"));
            return {};
        }
        ENUMERA_TRY(t.seen(code));
        json pushed = nullptr, pulled = nullptr;
        if (!push.is_null()) {
            std::set<std::string> held;
            for (const json &form : push.at("forms")) {
                const std::string hash = form.at("hash").get<std::string>();
                Result<bool> has = t.hasForm(hash);
                ENUMERA_TRY(has);
                if (!*has)
                    ENUMERA_TRY(t.storeForm(form));
                held.insert(hash);
            }
            json receipts = json::array();
            for (const json &p : push.at("interviews")) {
                const std::string id = p.at("id").get<std::string>();
                const std::string checksum = p.at("checksum").get<std::string>();
                const int base = p.at("base_version").get<int>();
                const std::string form = p.at("form").get<std::string>();
                if (!held.count(form)) {
                    Result<bool> has = t.hasForm(form);
                    ENUMERA_TRY(has);
                    if (!*has) {
                        receipts.push_back(refusedReceipt(
                            p, "form_missing",
                            Tr::tr("the server does not have the form this interview was "
                                   "started on; send it with the interview")));
                        ++raw->tally.refused;
                        continue;
                    }
                    held.insert(form);
                }
                Result<std::optional<ReceivedRecord>> before = t.received(id, checksum);
                ENUMERA_TRY(before);
                if (*before) {
                    // The same interview again: the same answer, nothing stored twice.
                    ReceivedRecord again = **before;
                    if (again.outcome == "stored")
                        again.outcome = "unchanged";
                    receipts.push_back(receipt(p, again));
                    ++raw->tally.unchanged;
                    continue;
                }
                Result<std::optional<ServerInterview>> server = t.interview(id);
                ENUMERA_TRY(server);
                ReceivedRecord record;
                if (!*server) {
                    Result<bool> exists = t.interviewExists(id);
                    ENUMERA_TRY(exists);
                    if (*exists) {
                        receipts.push_back(refusedReceipt(
                            p, "not_yours",
                            Tr::tr("the server holds an interview with this id that was not "
                                   "received from an enumerator")));
                        ++raw->tally.refused;
                        continue;
                    }
                    Result<int> version = t.storeInterview(p, code, 1);
                    ENUMERA_TRY(version);
                    record = {"stored", *version, 0};
                    ++raw->tally.stored;
                } else if ((*server)->enumerator != code) {
                    receipts.push_back(
                        refusedReceipt(p, "not_yours",
                                       Tr::tr("the interview was received from enumerator %1")
                                           .arg(q((*server)->enumerator))));
                    ++raw->tally.refused;
                    continue;
                } else if ((*server)->checksum == checksum) {
                    ENUMERA_TRY(t.mergeHistory(p));
                    record = {"unchanged", (*server)->version, 0};
                    ++raw->tally.unchanged;
                } else if (!(*server)->conflictOpen && base == (*server)->version) {
                    Result<int> version = t.storeInterview(p, code, (*server)->version + 1);
                    ENUMERA_TRY(version);
                    record = {"stored", *version, 0};
                    ++raw->tally.stored;
                } else {
                    // Both sides changed it: the server's copy stays, the enumerator's is kept
                    // beside it for the supervisor to choose.
                    Result<int64_t> conflict = t.storeConflict(p, code, base, **server);
                    ENUMERA_TRY(conflict);
                    record = {"conflict", (*server)->version, *conflict};
                    ++raw->tally.conflicts;
                    qCInfo(lcSync) << "sync: conflict on interview" << q(id) << "from" << q(code);
                }
                ENUMERA_TRY(t.recordReceived(p, code, record));
                receipts.push_back(receipt(p, record));
            }
            pushed = {{"receipts", std::move(receipts)},
                      {"forms", json(std::vector<std::string>(held.begin(), held.end()))}};
        }
        if (!pull.is_null()) {
            Result<PullPage> page = t.pull(code, pull.at("since").get<int64_t>(), limit);
            ENUMERA_TRY(page);
            pulled = {{"interviews", std::move(page->interviews)},
                      {"forms", std::move(page->forms)},
                      {"assignments", std::move(page->assignments)},
                      {"cursor", page->cursor},
                      {"more", page->more}};
        }
        if (path == path::Push)
            raw->result = std::move(pushed);
        else if (path == path::Pull)
            raw->result = std::move(pulled);
        else
            raw->result = {
                {"push", std::move(pushed)}, {"pull", std::move(pulled)}, {"replayed", !*fresh}};
        return {};
    };
    return pending;
}

} // namespace enumera::sync
