// SPDX-License-Identifier: GPL-3.0-or-later
#include "package.h"

#include "common.h"
#include "crypto.h"
#include "interviewdata.h"
#include "receiver.h"
#include "sqliteserverstorage.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <set>

namespace enumera::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncPackage)
};

using nlohmann::json;

const QByteArray Magic = "ENUMERA-SYNC-PACKAGE 1\n";

struct Package
{
    json header;
    QByteArray body;
};

Status write(const std::string &file, const json &header, const QByteArray &body)
{
    QSaveFile out(QString::fromStdString(file));
    if (!out.open(QIODevice::WriteOnly))
        return Error{
            Tr::tr("%1 cannot be written: %2").arg(q(file), out.errorString()).toStdString()};
    out.write(Magic);
    out.write(QByteArray::fromStdString(header.dump()) + '\n');
    out.write(body);
    if (!out.commit())
        return Error{
            Tr::tr("%1 cannot be written: %2").arg(q(file), out.errorString()).toStdString()};
    return {};
}

Result<Package> read(const std::string &file)
{
    QFile in(QString::fromStdString(file));
    if (!in.open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1 cannot be read: %2").arg(q(file), in.errorString()).toStdString()};
    const QByteArray all = in.readAll();
    const QString nothing = Tr::tr("nothing was stored");
    if (!all.startsWith("ENUMERA-SYNC-PACKAGE ")) {
        return Error{
            Tr::tr("%1 is not an Enumera sync package; %2").arg(q(file), nothing).toStdString()};
    }
    const qsizetype firstLine = all.indexOf('\n');
    const QByteArray version = all.mid(21, firstLine - 21);
    if (firstLine < 0 || version != "1")
        return Error{Tr::tr("%1 is a sync package of format %2, which this version of Enumera "
                            "does not know (it reads format 1): update Enumera; %3")
                         .arg(q(file), QString::fromLatin1(version.left(10)), nothing)
                         .toStdString()};
    const qsizetype headerEnd = all.indexOf('\n', firstLine + 1);
    if (headerEnd < 0)
        return Error{Tr::tr("%1 is cut short (its header is incomplete), perhaps an interrupted "
                            "copy; %2")
                         .arg(q(file), nothing)
                         .toStdString()};
    Package p;
    p.header = json::parse(all.mid(firstLine + 1, headerEnd - firstLine - 1).toStdString(), nullptr,
                           false);
    if (!p.header.is_object() || !p.header.contains("protocol") ||
        !p.header.at("protocol").is_number_integer() || !p.header.contains("body_length") ||
        !p.header.at("body_length").is_number_integer() || !p.header.contains("body_sha256") ||
        !p.header.at("body_sha256").is_string() || !p.header.contains("kind") ||
        !p.header.at("kind").is_string())
        return Error{Tr::tr("%1 is damaged: its header is not valid; %2")
                         .arg(q(file), nothing)
                         .toStdString()};
    const int protocol = p.header.at("protocol").get<int>();
    if (protocol != ProtocolVersion)
        return Error{Tr::tr("%1 was made with sync protocol %2, which this version of Enumera "
                            "does not speak (it speaks protocol %3): %4; %5")
                         .arg(q(file))
                         .arg(protocol)
                         .arg(ProtocolVersion)
                         .arg(protocol > ProtocolVersion ? Tr::tr("update Enumera")
                                                         : Tr::tr("update the other laptop"),
                              nothing)
                         .toStdString()};
    p.body = all.mid(headerEnd + 1);
    const int64_t length = p.header.at("body_length").get<int64_t>();
    if (p.body.size() < length)
        return Error{Tr::tr("%1 is cut short: it holds %2 of its %3 bytes, perhaps an "
                            "interrupted copy; %4")
                         .arg(q(file))
                         .arg(p.body.size())
                         .arg(length)
                         .arg(nothing)
                         .toStdString()};
    if (p.body.size() != length ||
        hexText(sha256(p.body)) != p.header.at("body_sha256").get<std::string>())
        return Error{Tr::tr("%1 is damaged: its content does not match its checksum; %2")
                         .arg(q(file), nothing)
                         .toStdString()};
    return p;
}

std::string text(const json &header, const char *key)
{
    return header.contains(key) && header.at(key).is_string() ? header.at(key).get<std::string>()
                                                              : std::string();
}

// The supervisor's answer as a package, signed by the server.
Status writeAnswer(const std::string &file, const ServerIdentity &identity,
                   const std::string &enumerator, const std::string &requestNonce, int status,
                   const QByteArray &body, const std::string &at)
{
    Result<QByteArray> signature =
        sign(identity.signingKey, responseSigningText(status, requestNonce, body));
    if (!signature)
        return Error{signature.error()};
    const json header = {{"protocol", ProtocolVersion},
                         {"kind", "answer"},
                         {"status", status},
                         {"server", identity.id},
                         {"enumerator", enumerator},
                         {"request_nonce", requestNonce},
                         {"created", at},
                         {"body_length", body.size()},
                         {"body_sha256", hexText(sha256(body))},
                         {"signature", base64(*signature)}};
    return write(file, header, body);
}

} // namespace

Result<PackageKind> packageKind(const std::string &file)
{
    Result<Package> p = read(file);
    if (!p)
        return Error{p.error()};
    const std::string kind = text(p->header, "kind");
    if (kind == "request")
        return PackageKind::FromEnumerator;
    if (kind == "answer")
        return PackageKind::FromSupervisor;
    return Error{
        Tr::tr("%1 is a sync package of an unknown kind (%2)").arg(q(file), q(kind)).toStdString()};
}

Result<PackageSummary> exportEnumeratorPackage(Store &store, const std::string &file,
                                               bool includeInProgress)
{
    Result<std::optional<Pairing>> pairing = readPairing(store);
    if (!pairing)
        return Error{pairing.error()};
    if (!*pairing)
        return Error{Tr::tr("this laptop is not paired with a supervisor's server yet (enumera "
                            "pair): a package needs the pairing's keys")
                         .toStdString()};
    Result<Outgoing> waiting = outgoing(store, includeInProgress);
    if (!waiting)
        return Error{waiting.error()};
    Result<json> push = pushBody(store, waiting->interviews);
    if (!push)
        return Error{push.error()};
    // Forms the server is thought to hold go too: a package may reach a server that lost them.
    try {
        json &forms = (*push)["forms"];
        std::set<std::string> present;
        for (const json &f : forms)
            present.insert(f.at("hash").get<std::string>());
        for (const json &p : push->at("interviews")) {
            const std::string hash = p.at("form").get<std::string>();
            if (present.insert(hash).second)
                forms.push_back(readForm(store.database(), hash));
        }
    } catch (const std::exception &e) {
        return failure(e, store.path(), Tr::tr("reading the forms"));
    }
    const json body = {{"push", *push}, {"pull", {{"since", (*pairing)->pullCursor}}}};
    QByteArray bytes;
    try {
        bytes = QByteArray::fromStdString(dumpJson(body));
    } catch (const std::exception &e) {
        return Error{Tr::tr("an interview holds text that is not valid UTF-8 (%1)")
                         .arg(QString::fromUtf8(e.what()))
                         .toStdString()};
    }
    const std::string at = store.now().utc;
    json header = {
        {"protocol", ProtocolVersion},          {"kind", "request"}, {"path", path::Exchange},
        {"server", (*pairing)->serverId},       {"created", at},     {"body_length", bytes.size()},
        {"body_sha256", hexText(sha256(bytes))}};
    for (const auto &[name, value] : signedHeaders(**pairing, "PACKAGE", path::Exchange, bytes,
                                                   shiftedUtc(at, (*pairing)->clockOffset))) {
        if (name == header::Enumerator)
            header["enumerator"] = value;
        else if (name == header::Timestamp)
            header["timestamp"] = value;
        else if (name == header::Nonce)
            header["nonce"] = value;
        else if (name == header::Signature)
            header["signature"] = value;
    }
    if (Status s = write(file, header, bytes); !s)
        return Error{s.error()};
    PackageSummary summary;
    summary.interviews = int(waiting->interviews.size());
    summary.enumerator = (*pairing)->enumerator;
    return summary;
}

Result<PackageSummary> importEnumeratorPackage(Store &store, const std::string &file,
                                               const std::string &answerFile)
{
    Result<Package> p = read(file);
    if (!p)
        return Error{p.error()};
    if (text(p->header, "kind") != "request")
        return Error{Tr::tr("%1 is the supervisor's answer for an enumerator's laptop, not a "
                            "package from an enumerator")
                         .arg(q(file))
                         .toStdString()};
    SqliteServerStorage storage(store);
    Receiver receiver(storage, ReceiverOptions{{}, 0, [&store] {
                                                   return store.now();
                                               }});
    if (Status s = receiver.start(); !s)
        return Error{s.error()};
    if (text(p->header, "server") != receiver.identity().id)
        return Error{Tr::tr("%1 was made for another supervisor's server; nothing was stored")
                         .arg(q(file))
                         .toStdString()};
    Request request;
    request.method = "PACKAGE";
    request.path = path::Exchange;
    request.fromPackage = true;
    request.body = p->body;
    request.headers[header::Protocol] = std::to_string(p->header.at("protocol").get<int>());
    request.headers[header::Enumerator] = text(p->header, "enumerator");
    request.headers[header::Timestamp] = text(p->header, "timestamp");
    request.headers[header::Nonce] = text(p->header, "nonce");
    request.headers[header::Signature] = text(p->header, "signature");
    Response response = std::move(receiver.handle({request}).front());
    const json answer = json::parse(response.body.toStdString(), nullptr, false);
    if (response.status != 200) {
        const std::string message = answer.is_object() && answer.contains("error")
                                        ? answer.at("error").value("message", "")
                                        : std::string();
        return Error{Tr::tr("%1 was refused: %2").arg(q(file), q(message)).toStdString()};
    }
    PackageSummary summary;
    summary.enumerator = request.headers[header::Enumerator];
    summary.replayed = answer.value("replayed", false);
    const BatchTally &tally = receiver.tally();
    summary.applied.stored = tally.stored;
    summary.applied.unchanged = tally.unchanged;
    summary.applied.conflicts = tally.conflicts;
    if (answer.contains("push") && answer.at("push").is_object())
        for (const json &r : answer.at("push").value("receipts", json::array())) {
            ++summary.interviews;
            if (r.value("outcome", "") == "refused")
                summary.applied.refused.push_back(
                    Tr::tr("interview %1: %2")
                        .arg(q(r.value("interview", "")),
                             q(r.value("error", json::object()).value("message", "")))
                        .toStdString());
        }
    if (!answerFile.empty())
        if (Status s = writeAnswer(answerFile, receiver.identity(), summary.enumerator,
                                   request.headers[header::Nonce], response.status, response.body,
                                   store.now().utc);
            !s)
            return Error{s.error()};
    return summary;
}

Result<PackageSummary> exportSupervisorPackage(Store &store, const std::string &enumerator,
                                               const std::string &file)
{
    SqliteServerStorage storage(store);
    Result<ServerIdentity> identity = storage.identity();
    if (!identity)
        return Error{identity.error()};
    Result<std::optional<EnumeratorRecord>> who = storage.enumerator(enumerator);
    if (!who)
        return Error{who.error()};
    if (!*who)
        return Error{Tr::tr("the team has no enumerator %1").arg(q(enumerator)).toStdString()};
    json pulled;
    const std::vector<Status> done = storage.transact({[&](ServerTransaction &t) -> Status {
        Result<PullPage> page = t.pull(enumerator, 0, 0);
        if (!page)
            return Error{page.error()};
        pulled = {{"interviews", std::move(page->interviews)},
                  {"forms", std::move(page->forms)},
                  {"assignments", std::move(page->assignments)},
                  {"cursor", page->cursor},
                  {"more", false}};
        return {};
    }});
    if (!done.front())
        return Error{done.front().error()};
    PackageSummary summary;
    summary.enumerator = enumerator;
    summary.interviews = int(pulled.at("interviews").size());
    QByteArray body;
    try {
        body = QByteArray::fromStdString(
            dumpJson({{"push", nullptr}, {"pull", pulled}, {"replayed", false}}));
    } catch (const std::exception &e) {
        return Error{Tr::tr("an interview holds text that is not valid UTF-8 (%1)")
                         .arg(QString::fromUtf8(e.what()))
                         .toStdString()};
    }
    const std::string nonce =
        randomBytes(16)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            .toStdString();
    if (Status s = writeAnswer(file, *identity, enumerator, nonce, 200, body, store.now().utc); !s)
        return Error{s.error()};
    return summary;
}

Result<PackageSummary> importSupervisorPackage(Store &store, const std::string &file)
{
    Result<Package> p = read(file);
    if (!p)
        return Error{p.error()};
    if (text(p->header, "kind") != "answer")
        return Error{Tr::tr("%1 is an enumerator's package, for the supervisor's laptop")
                         .arg(q(file))
                         .toStdString()};
    Result<std::optional<Pairing>> pairing = readPairing(store);
    if (!pairing)
        return Error{pairing.error()};
    if (!*pairing)
        return Error{Tr::tr("this laptop is not paired with a supervisor's server, so it cannot "
                            "check %1")
                         .arg(q(file))
                         .toStdString()};
    if (text(p->header, "server") != (*pairing)->serverId ||
        text(p->header, "enumerator") != (*pairing)->enumerator)
        return Error{Tr::tr("%1 was made by another supervisor's server, or for another "
                            "enumerator; nothing was taken")
                         .arg(q(file))
                         .toStdString()};
    const int status = p->header.value("status", 0);
    if (Status s = verifyAnswer(**pairing, status, text(p->header, "request_nonce"), p->body,
                                text(p->header, "signature"));
        !s)
        return Error{(q(file) + QStringLiteral(": ") + q(s.error())).toStdString()};
    const json body = json::parse(p->body.toStdString(), nullptr, false);
    if (status != 200 || !body.is_object())
        return Error{Tr::tr("%1 is not an answer that can be taken").arg(q(file)).toStdString()};
    PackageSummary summary;
    summary.enumerator = (*pairing)->enumerator;
    if (body.contains("push") && body.at("push").is_object())
        if (Status s = applyPushAnswer(store, body.at("push"), summary.applied); !s)
            return Error{s.error()};
    if (body.contains("pull") && body.at("pull").is_object())
        if (Status s = applyPullAnswer(store, body.at("pull"), summary.applied); !s)
            return Error{s.error()};
    summary.interviews =
        summary.applied.stored + summary.applied.unchanged + summary.applied.conflicts;
    return summary;
}

} // namespace enumera::sync
