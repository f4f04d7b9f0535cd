// SPDX-License-Identifier: GPL-3.0-or-later
#include "interviewdata.h"

#include "crypto.h"
#include "form/formloader.h"
#include "protocol.h"
#include "store/store.h"
#include "store/valuecodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>

namespace enumera::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncData)
};

using nlohmann::json;

const char *const SelectRecord =
    "SELECT id, form_hash, form_id, form_version, household, owner, status, discarded, revision, "
    "created_at, created_offset, updated_at, updated_offset, completed_at, completed_offset, "
    "position, language, answered, unanswered, script_line FROM interviews WHERE id = ?";

json nullableText(SQLite::Column c)
{
    return c.isNull() ? json(nullptr) : json(c.getString());
}

json nullableInt(SQLite::Column c)
{
    return c.isNull() ? json(nullptr) : json(c.getInt());
}

json sortedCopy(const json &array)
{
    json out = array.is_array() ? array : json::array();
    std::sort(out.begin(), out.end());
    return out;
}

int64_t mark(Statements &db, const std::string &interview, const std::string &origin,
             const char *kind)
{
    SQLite::Statement &s = db("SELECT last FROM sync_marks WHERE interview = ? AND origin = ? AND "
                              "kind = ?");
    s.bind(1, interview);
    s.bind(2, origin);
    s.bind(3, kind);
    const int64_t last = s.executeStep() ? s.getColumn(0).getInt64() : 0;
    s.reset();
    return last;
}

void setMark(Statements &db, const std::string &interview, const std::string &origin,
             const char *kind, int64_t last)
{
    SQLite::Statement &s = db("INSERT INTO sync_marks (interview, origin, kind, last) VALUES (?, "
                              "?, ?, ?) ON CONFLICT (interview, origin, kind) DO UPDATE SET last "
                              "= max(last, excluded.last)");
    s.bind(1, interview);
    s.bind(2, origin);
    s.bind(3, kind);
    s.bind(4, last);
    s.exec();
}

bool isText(const json &j, const char *key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_string();
}

bool isInt(const json &j, const char *key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_number_integer();
}

bool isTextOrNull(const json &j, const char *key)
{
    auto it = j.find(key);
    return it != j.end() && (it->is_string() || it->is_null());
}

bool isIntOrNull(const json &j, const char *key)
{
    auto it = j.find(key);
    return it != j.end() && (it->is_number_integer() || it->is_null());
}

bool arrayOfTexts(const json &j, size_t size)
{
    if (!j.is_array() || j.size() != size)
        return false;
    return std::all_of(j.begin(), j.end(), [](const json &e) { return e.is_string(); });
}

} // namespace

Statements::Statements(SQLite::Database &db)
    : m_db(db)
{}

Statements::~Statements() = default;

SQLite::Statement &Statements::operator()(const char *sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<SQLite::Statement>(m_db, sql)).first;
    it->second->reset();
    it->second->clearBindings();
    return *it->second;
}

std::string dumpJson(const json &value)
{
    return value.dump(-1, ' ', false, json::error_handler_t::strict);
}

std::string databaseId(SQLite::Database &db)
{
    return db.execAndGet("SELECT database_id FROM sync_identity WHERE id = 1").getString();
}

std::string contentChecksum(const json &interview)
{
    // The compact JSON of an object of these keys, in this (byte) order, written piece by piece
    // rather than copied into a new object: the lists are already in order as a store writes
    // them, and are copied to be sorted only when they are not.
    static const json empty = json::array();
    static const json null = nullptr;
    auto value = [&](const char *key) -> const json & {
        auto it = interview.find(key);
        return it == interview.end() ? null : *it;
    };
    auto list = [&](const char *key) {
        auto it = interview.find(key);
        const json &l = it == interview.end() || !it->is_array() ? empty : *it;
        return std::is_sorted(l.begin(), l.end()) ? dumpJson(l) : dumpJson(sortedCopy(l));
    };
    std::string text = "{\"answers\":" + list("answers");
    for (const char *key : {"completed", "completed_offset"})
        text += std::string(",\"") + key + "\":" + dumpJson(value(key));
    text += ",\"confirmations\":" + list("confirmations");
    for (const char *key : {"discarded", "form", "household", "language", "owner", "revision"})
        text += std::string(",\"") + key + "\":" + dumpJson(value(key));
    text += ",\"rows\":" + list("rows");
    text += ",\"status\":" + dumpJson(value("status")) + "}";
    return hexText(sha256(QByteArray::fromStdString(text)));
}

bool interviewExists(Statements &db, const std::string &id)
{
    SQLite::Statement &s = db("SELECT 1 FROM interviews WHERE id = ?");
    s.bind(1, id);
    const bool found = s.executeStep();
    s.reset();
    return found;
}

bool interviewExists(SQLite::Database &db, const std::string &id)
{
    Statements statements(db);
    return interviewExists(statements, id);
}

json readInterview(SQLite::Database &db, const std::string &id, const std::string &origin,
                   bool history)
{
    Statements statements(db);
    return readInterview(statements, id, origin, history);
}

json readInterview(Statements &db, const std::string &id, const std::string &origin, bool history)
{
    SQLite::Statement &record = db(SelectRecord);
    record.bind(1, id);
    if (!record.executeStep())
        throw SQLite::Exception("no such interview " + id, SQLITE_NOTFOUND);
    json p = json::object();
    p["id"] = record.getColumn(0).getString();
    p["form"] = record.getColumn(1).getString();
    p["form_id"] = record.getColumn(2).getString();
    p["form_version"] = record.getColumn(3).getString();
    p["household"] = record.getColumn(4).getString();
    p["owner"] = record.getColumn(5).getString();
    p["status"] = record.getColumn(6).getString();
    p["discarded"] = record.getColumn(7).getInt() != 0;
    p["revision"] = record.getColumn(8).getInt();
    p["created"] = record.getColumn(9).getString();
    p["created_offset"] = record.getColumn(10).getInt();
    p["updated"] = record.getColumn(11).getString();
    p["updated_offset"] = record.getColumn(12).getInt();
    p["completed"] = nullableText(record.getColumn(13));
    p["completed_offset"] = nullableInt(record.getColumn(14));
    p["position"] = record.getColumn(15).getString();
    p["language"] = record.getColumn(16).getString();
    p["answered"] = record.getColumn(17).getInt();
    p["unanswered"] = record.getColumn(18).getInt();
    p["script_line"] = record.getColumn(19).getInt();
    p["origin"] = origin;

    json rows = json::array();
    record.reset();
    SQLite::Statement &r = db("SELECT path FROM rows WHERE interview = ? ORDER BY path");
    r.bind(1, id);
    while (r.executeStep())
        rows.push_back(r.getColumn(0).getString());
    p["rows"] = std::move(rows);

    json answers = json::array();
    SQLite::Statement &a = db("SELECT path, kind, value FROM answers WHERE interview = ? ORDER BY "
                              "path");
    a.bind(1, id);
    while (a.executeStep())
        answers.push_back(
            {a.getColumn(0).getString(), a.getColumn(1).getString(), a.getColumn(2).getString()});
    p["answers"] = std::move(answers);

    json confirmations = json::array();
    SQLite::Statement &c = db("SELECT path, reason FROM confirmations WHERE interview = ? ORDER "
                              "BY path");
    c.bind(1, id);
    while (c.executeStep())
        confirmations.push_back({c.getColumn(0).getString(), c.getColumn(1).getString()});
    p["confirmations"] = std::move(confirmations);
    if (!history) {
        p["events"] = json::array();
        p["comments"] = json::array();
        p["checksum"] = contentChecksum(p);
        return p;
    }

    // Events: [origin, seq, at, offset, user, kind, path, old, new]; origin "" is this database.
    json events = json::array();
    SQLite::Statement &e = db("SELECT seq, at, at_offset, user, kind, path, old_value, new_value, "
                              "origin, origin_seq FROM events WHERE interview = ? ORDER BY seq");
    e.bind(1, id);
    while (e.executeStep()) {
        const bool foreign = !e.getColumn(8).getString().empty();
        events.push_back({foreign ? e.getColumn(8).getString() : std::string(),
                          foreign ? e.getColumn(9).getInt64() : e.getColumn(0).getInt64(),
                          e.getColumn(1).getString(), e.getColumn(2).getInt(),
                          e.getColumn(3).getString(), e.getColumn(4).getString(),
                          e.getColumn(5).getString(), e.getColumn(6).getString(),
                          e.getColumn(7).getString()});
    }
    p["events"] = std::move(events);

    json comments = json::array();
    SQLite::Statement &m = db("SELECT c.id, c.path, c.author, c.text, c.at, c.at_offset, "
                              "o.origin, o.origin_id FROM comments c LEFT JOIN "
                              "sync_comment_origins o ON o.comment = c.id WHERE c.interview = ? "
                              "ORDER BY c.id");
    m.bind(1, id);
    while (m.executeStep()) {
        const bool foreign = !m.getColumn(6).isNull();
        comments.push_back({foreign ? m.getColumn(6).getString() : std::string(),
                            foreign ? m.getColumn(7).getInt64() : m.getColumn(0).getInt64(),
                            m.getColumn(1).getString(), m.getColumn(2).getString(),
                            m.getColumn(3).getString(), m.getColumn(4).getString(),
                            m.getColumn(5).getInt()});
    }
    p["comments"] = std::move(comments);
    p["checksum"] = contentChecksum(p);
    return p;
}

std::optional<QString> checkInterview(const json &p)
{
    auto refuse = [&](const QString &why) -> std::optional<QString> {
        const std::string id =
            p.is_object() && isText(p, "id") ? p.at("id").get<std::string>() : std::string("?");
        return Tr::tr("interview %1: %2").arg(QString::fromStdString(id), why);
    };
    if (!p.is_object())
        return Tr::tr("an interview is not a JSON object");
    for (const char *key : {"id", "form", "form_id", "form_version", "household", "owner", "status",
                            "created", "updated", "position", "language", "origin", "checksum"})
        if (!isText(p, key))
            return refuse(Tr::tr("\"%1\" is missing or not a text").arg(QLatin1String(key)));
    for (const char *key :
         {"revision", "created_offset", "updated_offset", "answered", "unanswered", "script_line"})
        if (!isInt(p, key))
            return refuse(
                Tr::tr("\"%1\" is missing or not a whole number").arg(QLatin1String(key)));
    if (!p.contains("discarded") || !p.at("discarded").is_boolean())
        return refuse(Tr::tr("\"discarded\" is missing or not true or false"));
    if (!isTextOrNull(p, "completed") || !isIntOrNull(p, "completed_offset"))
        return refuse(Tr::tr("\"completed\" is missing or of the wrong type"));
    if (p.at("id").get<std::string>().empty() || p.at("form").get<std::string>().size() != 64)
        return refuse(Tr::tr("the interview's id or form hash is not valid"));
    if (!parseStatus(p.at("status").get<std::string>()))
        return refuse(Tr::tr("\"%1\" is not a status")
                          .arg(QString::fromStdString(p.at("status").get<std::string>())));
    if (p.at("revision").get<int64_t>() < 1)
        return refuse(Tr::tr("the revision is not a positive number"));
    if (!p.contains("rows") || !p.at("rows").is_array())
        return refuse(Tr::tr("\"rows\" is missing or not a list"));
    for (const json &r : p.at("rows"))
        if (!r.is_string() || r.get<std::string>().empty())
            return refuse(Tr::tr("a row is not a path"));
    if (!p.contains("answers") || !p.at("answers").is_array())
        return refuse(Tr::tr("\"answers\" is missing or not a list"));
    for (const json &a : p.at("answers")) {
        if (!arrayOfTexts(a, 3) || a[0].get_ref<const std::string &>().empty())
            return refuse(Tr::tr("an answer is not [path, kind, value]"));
        const std::string &kind = a[1].get_ref<const std::string &>();
        Value value;
        if (kind.size() != 1 || !decodeValue(kind[0], a[2].get_ref<const std::string &>(), value))
            return refuse(Tr::tr("the answer at %1 is not a valid value")
                              .arg(QString::fromStdString(a[0].get<std::string>())));
    }
    if (!p.contains("confirmations") || !p.at("confirmations").is_array())
        return refuse(Tr::tr("\"confirmations\" is missing or not a list"));
    for (const json &c : p.at("confirmations"))
        if (!arrayOfTexts(c, 2))
            return refuse(Tr::tr("a confirmation is not [path, reason]"));
    if (!p.contains("events") || !p.at("events").is_array())
        return refuse(Tr::tr("\"events\" is missing or not a list"));
    for (const json &e : p.at("events"))
        if (!e.is_array() || e.size() != 9 || !e[0].is_string() || !e[1].is_number_integer() ||
            !e[2].is_string() || !e[3].is_number_integer() || !e[4].is_string() ||
            !e[5].is_string() || !e[6].is_string() || !e[7].is_string() || !e[8].is_string())
            return refuse(Tr::tr("an event is not [origin, seq, at, offset, user, kind, path, "
                                 "old, new]"));
    if (!p.contains("comments") || !p.at("comments").is_array())
        return refuse(Tr::tr("\"comments\" is missing or not a list"));
    for (const json &c : p.at("comments"))
        if (!c.is_array() || c.size() != 7 || !c[0].is_string() || !c[1].is_number_integer() ||
            !c[2].is_string() || !c[3].is_string() || !c[4].is_string() || !c[5].is_string() ||
            !c[6].is_number_integer())
            return refuse(Tr::tr("a comment is not [origin, id, path, author, text, at, offset]"));
    if (contentChecksum(p) != p.at("checksum").get<std::string>())
        return refuse(Tr::tr("its checksum does not match its content (it was damaged on the "
                             "way)"));
    return std::nullopt;
}

void writeInterview(SQLite::Database &db, const json &p, const std::string &origin)
{
    Statements statements(db);
    writeInterview(statements, p, origin);
}

void writeInterview(Statements &db, const json &p, const std::string &origin)
{
    const std::string id = p.at("id").get<std::string>();
    SQLite::Statement &upsert =
        db("INSERT INTO interviews (id, form_hash, form_id, form_version, household, owner, "
           "status, discarded, revision, created_at, created_offset, updated_at, updated_offset, "
           "completed_at, completed_offset, position, language, answered, unanswered, "
           "script_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
           "ON CONFLICT (id) DO UPDATE SET form_hash = excluded.form_hash, form_id = "
           "excluded.form_id, form_version = excluded.form_version, household = "
           "excluded.household, owner = excluded.owner, status = excluded.status, discarded = "
           "excluded.discarded, revision = excluded.revision, created_at = excluded.created_at, "
           "created_offset = excluded.created_offset, updated_at = excluded.updated_at, "
           "updated_offset = excluded.updated_offset, completed_at = excluded.completed_at, "
           "completed_offset = excluded.completed_offset, position = excluded.position, "
           "language = excluded.language, answered = excluded.answered, unanswered = "
           "excluded.unanswered, script_line = excluded.script_line");
    int i = 1;
    upsert.bind(i++, id);
    for (const char *key : {"form", "form_id", "form_version", "household", "owner", "status"})
        upsert.bindNoCopy(i++, p.at(key).get_ref<const std::string &>());
    upsert.bind(i++, p.at("discarded").get<bool>() ? 1 : 0);
    upsert.bind(i++, p.at("revision").get<int>());
    upsert.bind(i++, p.at("created").get<std::string>());
    upsert.bind(i++, p.at("created_offset").get<int>());
    upsert.bind(i++, p.at("updated").get<std::string>());
    upsert.bind(i++, p.at("updated_offset").get<int>());
    if (p.at("completed").is_null())
        upsert.bind(i++);
    else
        upsert.bind(i++, p.at("completed").get<std::string>());
    if (p.at("completed_offset").is_null())
        upsert.bind(i++);
    else
        upsert.bind(i++, p.at("completed_offset").get<int>());
    upsert.bind(i++, p.at("position").get<std::string>());
    upsert.bind(i++, p.at("language").get<std::string>());
    upsert.bind(i++, p.at("answered").get<int>());
    upsert.bind(i++, p.at("unanswered").get<int>());
    upsert.bind(i++, p.at("script_line").get<int>());
    upsert.exec();

    for (const char *sql :
         {"DELETE FROM rows WHERE interview = ?", "DELETE FROM answers WHERE interview = ?",
          "DELETE FROM confirmations WHERE interview = ?"}) {
        SQLite::Statement &del = db(sql);
        del.bind(1, id);
        del.exec();
    }
    SQLite::Statement &row = db("INSERT INTO rows (interview, path) VALUES (?, ?)");
    for (const json &r : p.at("rows")) {
        row.bindNoCopy(1, id);
        row.bindNoCopy(2, r.get_ref<const std::string &>());
        row.exec();
        row.reset();
    }
    SQLite::Statement &answer = db("INSERT INTO answers (interview, path, kind, value) VALUES (?, "
                                   "?, ?, ?)");
    for (const json &a : p.at("answers")) {
        answer.bindNoCopy(1, id);
        answer.bindNoCopy(2, a[0].get_ref<const std::string &>());
        answer.bindNoCopy(3, a[1].get_ref<const std::string &>());
        answer.bindNoCopy(4, a[2].get_ref<const std::string &>());
        answer.exec();
        answer.reset();
    }
    SQLite::Statement &confirmation = db("INSERT INTO confirmations (interview, path, reason) "
                                         "VALUES (?, ?, ?)");
    for (const json &c : p.at("confirmations")) {
        confirmation.bind(1, id);
        confirmation.bindNoCopy(2, c[0].get_ref<const std::string &>());
        confirmation.bindNoCopy(3, c[1].get_ref<const std::string &>());
        confirmation.exec();
        confirmation.reset();
    }
    mergeHistory(db, p, origin);
}

void mergeHistory(SQLite::Database &db, const json &p, const std::string &origin)
{
    Statements statements(db);
    mergeHistory(statements, p, origin);
}

void mergeHistory(Statements &db, const json &p, const std::string &origin)
{
    const std::string &id = p.at("id").get_ref<const std::string &>();
    const std::string &sender = p.at("origin").get_ref<const std::string &>();
    // Events from one origin arrive in the order of that origin's log, so a mark per origin
    // (the last sequence number taken) is enough to take each one once.
    struct Mark
    {
        int64_t last = 0;
        bool moved = false;
    };
    std::map<std::pair<std::string, bool>, Mark> marks; // by origin, and events or comments
    auto markOf = [&](const std::string &from, bool events) -> Mark & {
        auto it = marks.find({from, events});
        if (it == marks.end())
            it = marks
                     .emplace(std::make_pair(from, events),
                              Mark{mark(db, id, from, events ? "event" : "comment"), false})
                     .first;
        return it->second;
    };
    // The events taken are numbered on from the interview's last here, in the order they come.
    SQLite::Statement &last = db("SELECT coalesce(max(seq), 0) FROM events WHERE interview = ?");
    last.bind(1, id);
    last.executeStep();
    int64_t next = last.getColumn(0).getInt64();
    last.reset();
    SQLite::Statement &event = db("INSERT INTO events (interview, seq, at, at_offset, user, kind, "
                                  "path, old_value, new_value, origin, origin_seq) VALUES (?, ?, "
                                  "?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bool taken = false;
    const std::string *previous = nullptr;
    Mark *current = nullptr;
    for (const json &e : p.at("events")) {
        const std::string &named = e[0].get_ref<const std::string &>();
        const std::string &from = named.empty() ? sender : named;
        if (from == origin)
            continue; // this database's own event, back from elsewhere
        if (!previous || *previous != from) {
            current = &markOf(from, true);
            previous = &from;
        }
        const int64_t seq = e[1].get<int64_t>();
        if (seq <= current->last)
            continue;
        // The texts are bound without copies: the package outlives each insert.
        event.bindNoCopy(1, id);
        event.bind(2, ++next);
        event.bindNoCopy(3, e[2].get_ref<const std::string &>());
        event.bind(4, e[3].get<int>());
        event.bindNoCopy(5, e[4].get_ref<const std::string &>());
        event.bindNoCopy(6, e[5].get_ref<const std::string &>());
        event.bindNoCopy(7, e[6].get_ref<const std::string &>());
        event.bindNoCopy(8, e[7].get_ref<const std::string &>());
        event.bindNoCopy(9, e[8].get_ref<const std::string &>());
        event.bindNoCopy(10, from);
        event.bind(11, seq);
        event.exec();
        event.reset();
        taken = true;
        current->last = seq;
        current->moved = true;
    }
    SQLite::Statement &comment = db("INSERT INTO comments (interview, path, author, text, at, "
                                    "at_offset) VALUES (?, ?, ?, ?, ?, ?)");
    SQLite::Statement &commentOrigin = db("INSERT INTO sync_comment_origins (comment, origin, "
                                          "origin_id) VALUES (?, ?, ?)");
    for (const json &c : p.at("comments")) {
        const std::string &named = c[0].get_ref<const std::string &>();
        const std::string &from = named.empty() ? sender : named;
        if (from == origin)
            continue;
        Mark &m = markOf(from, false);
        const int64_t number = c[1].get<int64_t>();
        if (number <= m.last)
            continue;
        comment.bindNoCopy(1, id);
        comment.bindNoCopy(2, c[2].get_ref<const std::string &>());
        comment.bindNoCopy(3, c[3].get_ref<const std::string &>());
        comment.bindNoCopy(4, c[4].get_ref<const std::string &>());
        comment.bindNoCopy(5, c[5].get_ref<const std::string &>());
        comment.bind(6, c[6].get<int>());
        comment.exec();
        comment.reset();
        commentOrigin.bind(1, db.database().getLastInsertRowid());
        commentOrigin.bindNoCopy(2, from);
        commentOrigin.bind(3, number);
        commentOrigin.exec();
        commentOrigin.reset();
        m.last = number;
        m.moved = true;
    }
    for (const auto &[key, m] : marks)
        if (m.moved)
            setMark(db, id, key.first, key.second ? "event" : "comment", m.last);
    if (taken) {
        SQLite::Statement &recount = db(RecountInterviewingTime);
        recount.bind(1, id);
        recount.exec();
    }
}

bool formExists(Statements &db, const std::string &hash)
{
    SQLite::Statement &s = db("SELECT 1 FROM forms WHERE hash = ?");
    s.bind(1, hash);
    const bool found = s.executeStep();
    s.reset();
    return found;
}

bool formExists(SQLite::Database &db, const std::string &hash)
{
    Statements statements(db);
    return formExists(statements, hash);
}

json readForm(SQLite::Database &db, const std::string &hash)
{
    SQLite::Statement s(db, "SELECT form_id, version, sources FROM forms WHERE hash = ?");
    s.bind(1, hash);
    if (!s.executeStep())
        throw SQLite::Exception("no such form " + hash, SQLITE_NOTFOUND);
    json sources = json::parse(s.getColumn(2).getString(), nullptr, false);
    if (!sources.is_array())
        sources = json::array();
    return {{"hash", hash},
            {"form_id", s.getColumn(0).getString()},
            {"version", s.getColumn(1).getString()},
            {"sources", std::move(sources)}};
}

std::optional<QString> checkForm(const json &form)
{
    if (!form.is_object() || !isText(form, "hash") || !isText(form, "form_id") ||
        !isText(form, "version") || !form.contains("sources") || !form.at("sources").is_array())
        return Tr::tr("a form is not {\"hash\", \"form_id\", \"version\", \"sources\"}");
    std::vector<SourceFile> files;
    for (const json &f : form.at("sources")) {
        if (!f.is_object() || !isText(f, "name") || !isText(f, "text"))
            return Tr::tr("a file of form %1 is not {\"name\", \"text\"}")
                .arg(QString::fromStdString(form.at("form_id").get<std::string>()));
        files.push_back({f.at("name").get<std::string>(), f.at("text").get<std::string>()});
    }
    LoadResult loaded = FormLoader::loadSources(files);
    const QString name = QString::fromStdString(form.at("form_id").get<std::string>() + " " +
                                                form.at("version").get<std::string>());
    if (!loaded.form)
        return Tr::tr("the form %1 does not load").arg(name);
    // The hash of the files as the sending store kept them (Store::hashOf when it saved them):
    // each name, a zero byte, its text, a zero byte.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SourceFile &f : files) {
        hash.addData(QByteArrayView(f.name.data(), qsizetype(f.name.size())));
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(QByteArrayView(f.text.data(), qsizetype(f.text.size())));
        hash.addData(QByteArrayView("\0", 1));
    }
    if (hash.result().toHex().toStdString() != form.at("hash").get<std::string>())
        return Tr::tr("the files of form %1 do not match its hash (they were damaged on the way)")
            .arg(name);
    if (loaded.form->id != form.at("form_id").get<std::string>() ||
        loaded.form->version != form.at("version").get<std::string>())
        return Tr::tr("the form %1 is not the form its files define").arg(name);
    return std::nullopt;
}

void writeForm(SQLite::Database &db, const json &form, const std::string &at)
{
    // The same text Store::saveForm keeps: the files as read, in order.
    json sources = json::array();
    for (const json &f : form.at("sources"))
        sources.push_back({{"name", f.at("name")}, {"text", f.at("text")}});
    SQLite::Statement insert(db, "INSERT OR IGNORE INTO forms (hash, form_id, version, sources, "
                                 "stored_at) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, form.at("hash").get<std::string>());
    insert.bind(2, form.at("form_id").get<std::string>());
    insert.bind(3, form.at("version").get<std::string>());
    insert.bind(4, sources.dump());
    insert.bind(5, at);
    insert.exec();
}

} // namespace enumera::sync
