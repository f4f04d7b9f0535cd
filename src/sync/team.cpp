// SPDX-License-Identifier: GPL-3.0-or-later
#include "team.h"

#include "common.h"
#include "crypto.h"
#include "protocol.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <SQLiteCpp/SQLiteCpp.h>

namespace enumera::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncTeam)
};

// 12 characters drawn evenly from the alphabet, in 3 groups of 4.
std::string newPairingCode()
{
    const std::string alphabet = PairingAlphabet;
    const int size = int(alphabet.size());
    const int limit = 256 - 256 % size;
    std::string code;
    while (code.size() < 12)
        for (char c : randomBytes(32)) {
            const int v = static_cast<unsigned char>(c);
            if (v < limit && code.size() < 12)
                code += alphabet[size_t(v % size)];
        }
    return code.substr(0, 4) + "-" + code.substr(4, 4) + "-" + code.substr(8, 4);
}

std::string text(SQLite::Column c)
{
    return c.isNull() ? std::string() : c.getString();
}

} // namespace

Team::Team(Store &store)
    : m_store(store)
{}

Result<Invitation> Team::add(const std::string &name, const std::string &givenCode)
{
    if (name.empty())
        return Error{Tr::tr("an enumerator needs a name").toStdString()};
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!givenCode.empty() && !valid.match(q(givenCode)).hasMatch())
        return Error{Tr::tr("an enumerator's code is 1 to 32 letters, digits, '-' or '_' (%1 is "
                            "not)")
                         .arg(q(givenCode))
                         .toStdString()};
    Invitation invitation;
    invitation.name = name;
    invitation.pairingCode = newPairingCode();
    const QByteArray key = pairingKey(normalisePairingCode(invitation.pairingCode));
    const std::string now = m_store.now().utc;
    invitation.expires = shiftedUtc(now, CodeValidDays * 24 * 3600);
    try {
        SQLite::Database &db = m_store.database();
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        std::string code = givenCode;
        if (code.empty()) {
            int highest = 0;
            SQLite::Statement codes(db, "SELECT code FROM sync_enumerators");
            static const QRegularExpression numbered(QStringLiteral("^E(\\d+)$"));
            while (codes.executeStep()) {
                const auto m = numbered.match(q(codes.getColumn(0).getString()));
                if (m.hasMatch())
                    highest = std::max(highest, m.captured(1).toInt());
            }
            code = QStringLiteral("E%1").arg(highest + 1, 2, 10, QLatin1Char('0')).toStdString();
        }
        SQLite::Statement exists(db, "SELECT 1 FROM sync_enumerators WHERE code = ?");
        exists.bind(1, code);
        if (exists.executeStep())
            return Error{
                Tr::tr("the team already has an enumerator %1").arg(q(code)).toStdString()};
        SQLite::Statement insert(db, "INSERT INTO sync_enumerators (code, name, status, "
                                     "pairing_key, pairing_expires, added_at) VALUES (?, ?, "
                                     "'invited', ?, ?, ?)");
        insert.bind(1, code);
        insert.bind(2, name);
        insert.bind(3, key.constData(), int(key.size()));
        insert.bind(4, invitation.expires);
        insert.bind(5, now);
        insert.exec();
        t.commit();
        invitation.enumerator = code;
    } catch (const std::exception &e) {
        return failure(e, m_store.path(), Tr::tr("adding the enumerator"));
    }
    qCInfo(lcSync) << "sync: enumerator" << q(invitation.enumerator) << "added to the team";
    return invitation;
}

Result<Invitation> Team::renewCode(const std::string &code)
{
    Invitation invitation;
    invitation.enumerator = code;
    invitation.pairingCode = newPairingCode();
    const QByteArray key = pairingKey(normalisePairingCode(invitation.pairingCode));
    invitation.expires = shiftedUtc(m_store.now().utc, CodeValidDays * 24 * 3600);
    try {
        SQLite::Database &db = m_store.database();
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement who(db, "SELECT name, status FROM sync_enumerators WHERE code = ?");
        who.bind(1, code);
        if (!who.executeStep())
            return Error{Tr::tr("the team has no enumerator %1").arg(q(code)).toStdString()};
        invitation.name = who.getColumn(0).getString();
        const bool revoked = who.getColumn(1).getString() == "revoked";
        who.reset();
        SQLite::Statement update(
            db, revoked ? "UPDATE sync_enumerators SET status = 'invited', public_key = NULL, "
                          "revoked_at = NULL, pairing_key = ?, pairing_expires = ? WHERE code = ?"
                        : "UPDATE sync_enumerators SET pairing_key = ?, pairing_expires = ? WHERE "
                          "code = ?");
        update.bind(1, key.constData(), int(key.size()));
        update.bind(2, invitation.expires);
        update.bind(3, code);
        update.exec();
        t.commit();
    } catch (const std::exception &e) {
        return failure(e, m_store.path(), Tr::tr("making a new pairing code"));
    }
    return invitation;
}

Status Team::revoke(const std::string &code)
{
    try {
        SQLite::Statement s(m_store.database(),
                            "UPDATE sync_enumerators SET status = 'revoked', revoked_at = ?, "
                            "pairing_key = NULL, pairing_expires = NULL WHERE code = ?");
        s.bind(1, m_store.now().utc);
        s.bind(2, code);
        if (s.exec() != 1)
            return Error{Tr::tr("the team has no enumerator %1").arg(q(code)).toStdString()};
    } catch (const std::exception &e) {
        return failure(e, m_store.path(), Tr::tr("revoking the enumerator"));
    }
    qCInfo(lcSync) << "sync: enumerator" << q(code) << "revoked";
    return {};
}

Result<std::vector<TeamMember>> Team::members()
{
    try {
        SQLite::Statement s(m_store.database(),
                            "SELECT code, name, status, device, added_at, paired_at, revoked_at, "
                            "last_seen_at, pairing_key IS NOT NULL AND pairing_expires > ? FROM "
                            "sync_enumerators ORDER BY code");
        s.bind(1, m_store.now().utc);
        std::vector<TeamMember> out;
        while (s.executeStep())
            out.push_back({s.getColumn(0).getString(), s.getColumn(1).getString(),
                           s.getColumn(2).getString(), s.getColumn(3).getString(),
                           text(s.getColumn(4)), text(s.getColumn(5)), text(s.getColumn(6)),
                           text(s.getColumn(7)), s.getColumn(8).getInt() != 0});
        return out;
    } catch (const std::exception &e) {
        return failure(e, m_store.path(), Tr::tr("reading the team"));
    }
}

} // namespace enumera::sync
