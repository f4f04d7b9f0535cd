// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "codebook.h"
#include "interview/interview.h"
#include "jsonwriter.h"
#include "store/valuecodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimeZone>

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <unordered_map>

#ifndef ENUMERA_VERSION
#define ENUMERA_VERSION "unknown"
#endif

Q_LOGGING_CATEGORY(lcExport, "enumera.export", QtWarningMsg)

namespace enumera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

constexpr size_t FlushSize = 1 << 16;

const InterviewStatus AllStatuses[] = {InterviewStatus::InProgress, InterviewStatus::Completed,
                                       InterviewStatus::Rejected, InterviewStatus::Approved};

struct NameHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct NameEqual
{
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};

// The instances that stored paths name, found quickly: the names of the form are looked up
// without copying, and the rows of a path are found once for all the answers that share them
// (a table's paths come sorted). A path that does not resolve is handed to the engine for its
// message.
//
// The store keeps the rows of grown rosters only (the rows table); the rows of a sized roster
// follow its size question and are made by the engine once relevance is worked out, which
// during a restore is after the answers. So a row of a sized roster that an answer names is
// restored here, when the answer names it.
class PathResolver
{
public:
    explicit PathResolver(const Form &form)
        : m_form(form)
    {
        for (const Item &item : form.items)
            m_names.emplace(item.name, item.id);
    }

    void reset()
    {
        m_prefix.clear();
        m_prefixRow = nullptr;
    }

    Result<Instance> resolve(Interview &interview, std::string_view path)
    {
        const Row *row = &interview.root();
        size_t pos = 0;
        if (m_prefixRow && path.size() > m_prefix.size() && path.starts_with(m_prefix)) {
            row = m_prefixRow;
            pos = m_prefix.size();
        }
        while (true) {
            const size_t dot = path.find('.', pos);
            const std::string_view segment = path.substr(
                pos, dot == std::string_view::npos ? std::string_view::npos : dot - pos);
            const size_t bracket = segment.find('[');
            const auto found = m_names.find(segment.substr(0, bracket));
            if (found == m_names.end())
                break;
            const Item &item = m_form.item(found->second);
            if (item.scope != row->scope)
                break;
            if (dot == std::string_view::npos) {
                if (bracket != std::string_view::npos)
                    break;
                m_prefix.assign(path.substr(0, pos));
                m_prefixRow = row;
                return Instance{row, item.id};
            }
            if (bracket == std::string_view::npos || segment.back() != ']' ||
                item.kind != ItemKind::Roster)
                break;
            int number = 0;
            const char *first = segment.data() + bracket + 1;
            const char *last = segment.data() + segment.size() - 1;
            const auto [end, ec] = std::from_chars(first, last, number);
            const auto &list = row->rosters[size_t(item.rosterSlot)];
            if (ec != std::errc() || end != last || number < 1)
                break;
            if (size_t(number) > list.size()) {
                if (item.rosterKind != RosterKind::Sized ||
                    !interview.restoreRow(Instance{row, item.id}, number))
                    break;
            }
            row = list[size_t(number - 1)].get();
            pos = dot + 1;
        }
        Result<Instance> r = interview.resolve(path);
        if (r)
            return r;
        return Error{r.error()};
    }

private:
    const Form &m_form;
    std::unordered_map<std::string, ItemId, NameHash, NameEqual> m_names;
    std::string m_prefix;
    const Row *m_prefixRow = nullptr;
};

// One table's rows, read in the order of the interviews they belong to. The table is read
// whole, without a join: the rows of interviews that are not exported are passed over here,
// which costs less than looking each row's interview up in SQLite. Columns are read through
// SQLite's own interface, as texts that stay valid until the next step: this is the loop that
// runs for every answer and event of the database.
class Cursor
{
public:
    Cursor(SQLite::Database &db, const std::string &sql)
        : m_db(db.getHandle())
    {
        if (const int rc = sqlite3_prepare_v2(m_db, sql.c_str(), -1, &m_statement, nullptr);
            rc != SQLITE_OK)
            throw SQLite::Exception(sqlite3_errmsg(m_db), rc);
        step();
    }
    ~Cursor() { sqlite3_finalize(m_statement); }
    Cursor(const Cursor &) = delete;
    Cursor &operator=(const Cursor &) = delete;

    // Whether the current row belongs to interview `id`; the rows of interviews before it (those
    // that are not exported) are passed over.
    bool at(std::string_view id)
    {
        while (m_has && m_interview < id)
            step();
        return m_has && m_interview == id;
    }
    void step()
    {
        const int rc = sqlite3_step(m_statement);
        m_has = rc == SQLITE_ROW;
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            throw SQLite::Exception(sqlite3_errmsg(m_db), rc);
        m_interview = m_has ? text(0) : std::string_view();
    }
    std::string_view text(int column) const
    {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return t ? std::string_view(t, size_t(sqlite3_column_bytes(m_statement, column)))
                 : std::string_view();
    }
    int64_t integer(int column) const { return sqlite3_column_int64(m_statement, column); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    std::string_view m_interview; // valid until the next step
    bool m_has = false;
};

void writeTimestamp(JsonWriter &out, std::string_view name, const Timestamp &t)
{
    out.key(name);
    out.beginObject();
    out.member("utc", t.utc);
    out.member("offset_minutes", t.offsetMinutes);
    out.endObject();
}

void writeValue(JsonWriter &out, const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Missing:
        out.null();
        break;
    case Value::Kind::Bool:
        out.boolean(value.asBool());
        break;
    case Value::Kind::Number:
        out.number(value.asNumber());
        break;
    case Value::Kind::Special:
        out.integer(value.specialCode());
        break;
    case Value::Kind::Text:
        out.string(value.asText());
        break;
    case Value::Kind::Codes:
        out.beginArray();
        for (int code : value.asCodes())
            out.integer(code);
        out.endArray();
        break;
    case Value::Kind::Date:
        out.string(value.asDate().iso());
        break;
    }
}

// A JSON text of the event log (an old or new value) as JSON.
void writeLoggedValue(JsonWriter &out, std::string_view name, const std::string &logged)
{
    if (logged.empty())
        return;
    out.key(name);
    const nlohmann::json parsed = nlohmann::json::parse(logged, nullptr, false);
    if (parsed.is_discarded())
        out.string(logged);
    else
        out.json(parsed);
}

struct Warning
{
    Instance at;
    std::vector<int> validations;
    bool confirmed = false;
};

class Exporter
{
public:
    Exporter(Store &store, const ExportOptions &options, const ExportSink &sink)
        : m_store(store)
        , m_options(options)
        , m_sink(sink)
        , m_out(m_buffer)
    {}

    Result<ExportSummary> run();

private:
    struct FormEntry
    {
        std::shared_ptr<const Form> form;
        std::unique_ptr<PathResolver> paths;
        std::vector<JsonKey> names; // by item, quoted once
    };

    std::string filter() const;
    std::string select(const std::string &columns, const std::string &table,
                       const std::string &order) const;
    Status flush();
    Status readForms(SQLite::Database &db);
    Status exportInterview(const InterviewRecord &record, Cursor &rows, Cursor &answers,
                           Cursor &confirmations, Cursor *events);
    void writeHeader();
    void writeItems(const Interview &interview, const std::vector<ItemId> &items, const Row &row);
    Error damaged(const InterviewRecord &record, std::string_view path, const std::string &why);

    Store &m_store;
    const ExportOptions &m_options;
    const ExportSink &m_sink;
    std::string m_buffer;
    JsonWriter m_out;
    std::map<std::string, FormEntry> m_forms; // by hash
    std::vector<std::string> m_formOrder;
    const std::vector<JsonKey> *m_names = nullptr; // of the interview's form
    std::vector<Event> m_events;
    std::vector<Warning> m_warnings;
    std::string m_valueText;
};

// The interviews exported. The unary + keeps SQLite from reading them through the index by
// status, which would have it sort them; they are read in the order of their ids, the order of
// the other tables' keys.
std::string Exporter::filter() const
{
    std::string where = "+i.discarded = 0 AND +i.status IN (";
    for (size_t k = 0; k < m_options.statuses.size(); ++k)
        where += std::string(k ? ", '" : "'") + statusName(m_options.statuses[k]) + "'";
    where += ")";
    if (!m_options.since.empty())
        where += " AND julianday(i.updated_at) >= julianday(?)";
    return where;
}

// Every row of `table`, in the order of the interviews (the order of its key or of an index).
std::string Exporter::select(const std::string &columns, const std::string &table,
                             const std::string &order) const
{
    return "SELECT " + columns + " FROM " + table + " ORDER BY " + order;
}

Status Exporter::flush()
{
    if (m_buffer.empty())
        return {};
    if (!m_sink(m_buffer))
        return Error{Tr::tr("the export could not be written").toStdString()};
    m_buffer.clear();
    return {};
}

Error Exporter::damaged(const InterviewRecord &record, std::string_view path,
                        const std::string &why)
{
    qCWarning(lcExport) << "export: interview" << q(record.id) << "cannot be rebuilt at" << q(path);
    return Error{Tr::tr("interview %1 in %2 cannot be exported: %3 (%4)")
                     .arg(q(record.id), q(m_store.path()), q(path), q(why))
                     .toStdString()};
}

Status Exporter::readForms(SQLite::Database &db)
{
    SQLite::Statement forms(db, "SELECT DISTINCT i.form_hash, i.form_id, i.form_version FROM "
                                "interviews i WHERE " +
                                    filter() + " ORDER BY i.form_id, i.form_version, i.form_hash");
    if (!m_options.since.empty())
        forms.bind(1, m_options.since);
    while (forms.executeStep()) {
        const std::string hash = forms.getColumn(0).getString();
        Result<std::shared_ptr<const Form>> form = m_store.loadForm(hash);
        if (!form)
            return Error{form.error()};
        FormEntry entry;
        entry.form = *form;
        entry.paths = std::make_unique<PathResolver>(**form);
        for (const Item &item : (*form)->items)
            entry.names.emplace_back(item.name);
        m_forms.emplace(hash, std::move(entry));
        m_formOrder.push_back(hash);
    }
    return {};
}

void Exporter::writeHeader()
{
    m_out.beginObject();
    m_out.member("format", "enumera-export");
    m_out.member("format_version", 1);
    m_out.key("producer");
    m_out.beginObject();
    m_out.member("application", "Enumera");
    m_out.member("version", ENUMERA_VERSION);
    m_out.endObject();
    writeTimestamp(m_out, "exported_at", m_options.exportedAt.value_or(Timestamp::now()));
    m_out.key("filter");
    m_out.beginObject();
    m_out.key("statuses");
    m_out.beginArray();
    for (InterviewStatus s : m_options.statuses)
        m_out.string(statusName(s));
    m_out.endArray();
    m_out.key("since");
    if (m_options.since.empty())
        m_out.null();
    else
        m_out.string(m_options.since);
    m_out.member("paradata", m_options.paradata);
    m_out.endObject();
    m_out.key("forms");
    m_out.beginArray();
    for (const std::string &hash : m_formOrder)
        writeCodebook(m_out, *m_forms.at(hash).form, hash);
    m_out.endArray();
}

// The answers of the relevant questions among `items` in `row`, in the order of the form:
// sections and grids are looked through, each roster is an array of its relevant rows.
void Exporter::writeItems(const Interview &interview, const std::vector<ItemId> &items,
                          const Row &row)
{
    const Form &form = interview.form();
    for (ItemId id : items) {
        const Item &item = form.item(id);
        const Cell &cell = row.cells[size_t(item.slot)];
        if (!cell.relevant)
            continue; // nor is anything inside it
        if ((item.isQuestion() || item.kind == ItemKind::Roster) && cell.failing) {
            Warning w{Instance{&row, id}, {}, cell.confirmed};
            for (size_t v = 0; v < item.validations.size(); ++v)
                if (item.validations[v].warning && (cell.failing & (uint64_t(1) << v)))
                    w.validations.push_back(int(v));
            if (!w.validations.empty())
                m_warnings.push_back(std::move(w));
        }
        switch (item.kind) {
        case ItemKind::Section:
        case ItemKind::Grid:
            writeItems(interview, item.children, row);
            break;
        case ItemKind::Roster:
            m_out.key((*m_names)[size_t(id)]);
            m_out.beginArray();
            for (const auto &child : row.rosters[size_t(item.rosterSlot)]) {
                if (!child->relevant)
                    continue;
                m_out.beginObject();
                writeItems(interview, item.children, *child);
                m_out.endObject();
            }
            m_out.endArray();
            break;
        case ItemKind::Question:
            if (!item.hasValue())
                break;
            m_out.key((*m_names)[size_t(id)]);
            writeValue(m_out, cell.value);
            break;
        }
    }
}

Status Exporter::exportInterview(const InterviewRecord &record, Cursor &rows, Cursor &answers,
                                 Cursor &confirmations, Cursor *events)
{
    FormEntry &entry = m_forms.at(record.formHash);
    PathResolver &paths = *entry.paths;
    m_names = &entry.names;
    Interview interview(entry.form);

    // The rows first. They come in the order of their paths, so a row comes after the row that
    // holds it ("members[1]" before "members[1].trainings[1]"); restoring row 10 of a roster
    // makes rows 1 to 9 as well, so "members[10]" before "members[2]" does no harm.
    paths.reset();
    for (; rows.at(record.id); rows.step()) {
        const std::string_view path = rows.text(1);
        const size_t bracket = path.rfind('[');
        int number = 0;
        if (bracket == std::string_view::npos || path.back() != ']' ||
            std::from_chars(path.data() + bracket + 1, path.data() + path.size() - 1, number).ptr !=
                path.data() + path.size() - 1)
            return damaged(record, path, Tr::tr("not a row").toStdString());
        Result<Instance> roster = paths.resolve(interview, path.substr(0, bracket));
        if (!roster)
            return damaged(record, path, roster.error());
        if (Result<const Row *> r = interview.restoreRow(*roster, number); !r)
            return damaged(record, path, r.error());
    }

    // The answers, as they were stored, relevant or not.
    paths.reset();
    for (; answers.at(record.id); answers.step()) {
        const std::string_view path = answers.text(1);
        const std::string_view kind = answers.text(2);
        m_valueText.assign(answers.text(3));
        Value value;
        if (kind.size() != 1 || !decodeValue(kind[0], m_valueText, value))
            return damaged(record, path, Tr::tr("the stored answer is damaged").toStdString());
        Result<Instance> at = paths.resolve(interview, path);
        if (!at)
            return damaged(record, path, at.error());
        // The engine's reason would quote the answer; the message says what is wrong without it.
        if (!interview.restoreAnswer(*at, value))
            return damaged(
                record, path,
                Tr::tr("the stored answer is not an answer to this question").toStdString());
    }
    paths.reset();
    for (; confirmations.at(record.id); confirmations.step()) {
        const std::string_view path = confirmations.text(1);
        Result<Instance> at = paths.resolve(interview, path);
        if (!at)
            return damaged(record, path, at.error());
        if (Status s = interview.restoreConfirmation(*at, std::string(confirmations.text(2))); !s)
            return damaged(record, path, s.error());
    }
    // Relevance, calculations and checks, worked out once in the order of the dependencies.
    interview.finishRestore();

    m_events.clear();
    for (; events && events->at(record.id); events->step()) {
        const Cursor &e = *events;
        Event event;
        event.sequence = e.integer(1);
        event.at = {std::string(e.text(2)), int(e.integer(3))};
        event.user = e.text(4);
        event.kind = e.text(5);
        event.path = e.text(6);
        event.oldValue = e.text(7);
        event.newValue = e.text(8);
        m_events.push_back(std::move(event));
    }

    m_out.beginObject();
    m_out.member("id", record.id);
    m_out.key("form");
    m_out.beginObject();
    m_out.member("id", record.formId);
    m_out.member("version", record.formVersion);
    m_out.member("hash", record.formHash);
    m_out.endObject();
    m_out.member("household", record.household);
    m_out.member("owner", record.owner);
    m_out.member("status", statusName(record.status));
    m_out.member("revision", record.revision);
    writeTimestamp(m_out, "created", record.created);
    writeTimestamp(m_out, "updated", record.updated);
    if (record.completed) {
        writeTimestamp(m_out, "completed", *record.completed);
    } else {
        m_out.key("completed");
        m_out.null();
    }
    m_out.key("duration_seconds");
    m_out.integer(record.interviewingSeconds().value_or(0));
    m_out.member("language", record.language);

    m_warnings.clear();
    m_out.key("answers");
    m_out.beginObject();
    writeItems(interview, interview.form().sections, interview.root());
    m_out.endObject();

    m_out.key("warnings");
    m_out.beginArray();
    for (const Warning &w : m_warnings) {
        m_out.beginObject();
        m_out.member("path", interview.pathOf(w.at));
        m_out.key("messages");
        m_out.beginArray();
        for (int v : w.validations)
            m_out.string(interview.validationMessage(w.at, v));
        m_out.endArray();
        m_out.member("confirmed", w.confirmed);
        if (w.confirmed)
            m_out.member("reason", interview.confirmationReason(w.at));
        m_out.endObject();
    }
    m_out.endArray();

    if (m_options.paradata) {
        m_out.key("events");
        m_out.beginArray();
        for (const Event &e : m_events) {
            m_out.beginObject();
            m_out.member("sequence", e.sequence);
            writeTimestamp(m_out, "at", e.at);
            m_out.member("user", e.user);
            m_out.member("kind", e.kind);
            // A status change keeps the supervisor's reason where other events keep a path.
            if (!e.path.empty())
                m_out.member(e.kind == "status_changed" ? "reason" : "path", e.path);
            writeLoggedValue(m_out, "old", e.oldValue);
            writeLoggedValue(m_out, "new", e.newValue);
            m_out.endObject();
        }
        m_out.endArray();
    }
    m_out.endObject();
    return {};
}

InterviewRecord readRecord(SQLite::Statement &s)
{
    InterviewRecord r;
    r.id = s.getColumn(0).getString();
    r.formHash = s.getColumn(1).getString();
    r.formId = s.getColumn(2).getString();
    r.formVersion = s.getColumn(3).getString();
    r.household = s.getColumn(4).getString();
    r.owner = s.getColumn(5).getString();
    r.status = parseStatus(s.getColumn(6).getString()).value_or(InterviewStatus::InProgress);
    r.revision = s.getColumn(7).getInt();
    r.created = {s.getColumn(8).getString(), s.getColumn(9).getInt()};
    r.updated = {s.getColumn(10).getString(), s.getColumn(11).getInt()};
    if (!s.getColumn(12).isNull())
        r.completed = Timestamp{s.getColumn(12).getString(), s.getColumn(13).getInt()};
    r.language = s.getColumn(14).getString();
    if (!s.getColumn(16).isNull())
        r.interviewingMs = s.getColumn(15).getInt64();
    return r;
}

Result<ExportSummary> Exporter::run()
{
    ExportSummary summary;
    if (m_options.statuses.empty())
        return Error{Tr::tr("no status to export").toStdString()};
    try {
        // A connection of the export's own: read-only and used by this thread alone, so that
        // SQLite takes no lock on every column it hands over (a tenth of the export's work on
        // the household survey).
        const std::unique_ptr<SQLite::Database> connection =
            openForReading(m_store.path(), SQLITE_OPEN_NOMUTEX);
        SQLite::Database &db = *connection;
        sqlite3_trace_v2(
            db.getHandle(), SQLITE_TRACE_STMT,
            [](unsigned, void *count, void *, void *) {
                ++*static_cast<int *>(count);
                return 0;
            },
            &summary.statements);
        // One read transaction: every cursor sees the same database, whatever is written
        // meanwhile.
        SQLite::Transaction snapshot(db);
        if (Status s = readForms(db); !s)
            return Error{s.error()};
        writeHeader();

        const std::string &since = m_options.since;
        SQLite::Statement list(
            db, "SELECT i.id, i.form_hash, i.form_id, i.form_version, i.household, i.owner, "
                "i.status, i.revision, i.created_at, i.created_offset, i.updated_at, "
                "i.updated_offset, i.completed_at, i.completed_offset, i.language, "
                "i.interviewing_ms, i.owner_last_ms FROM "
                "interviews i WHERE " +
                    filter() + " ORDER BY i.id");
        if (!since.empty())
            list.bind(1, since);
        Cursor rows(db, select("interview, path", "rows", "interview, path"));
        Cursor answers(db, select("interview, path, kind, value", "answers", "interview, path"));
        Cursor confirmations(db,
                             select("interview, path, reason", "confirmations", "interview, path"));
        // The event log only with the paradata: the interviewing time is kept in the
        // interview's row.
        std::optional<Cursor> events;
        if (m_options.paradata)
            events.emplace(db, select("interview, seq, at, at_offset, user, kind, path, "
                                      "old_value, new_value",
                                      "events", "interview, seq"));

        m_out.key("interviews");
        m_out.beginArray();
        while (list.executeStep()) {
            const InterviewRecord record = readRecord(list);
            if (Status s = exportInterview(record, rows, answers, confirmations,
                                           events ? &*events : nullptr);
                !s)
                return Error{s.error()};
            ++summary.interviews;
            if (m_buffer.size() >= FlushSize)
                if (Status s = flush(); !s)
                    return Error{s.error()};
        }
        m_out.endArray();
        m_out.member("interview_count", summary.interviews);
        m_out.endObject();
        m_buffer += '\n';
        if (Status s = flush(); !s)
            return Error{s.error()};
        snapshot.commit();
    } catch (const SQLite::Exception &e) {
        qCWarning(lcExport) << "export: reading the database failed:" << e.what();
        return Error{
            Tr::tr("reading %1 failed: %2").arg(q(m_store.path()), q(e.what())).toStdString()};
    }
    summary.forms = int(m_formOrder.size());
    return summary;
}

} // namespace

Result<ExportSummary> writeExport(Store &store, const ExportOptions &options,
                                  const ExportSink &sink)
{
    Exporter exporter(store, options, sink);
    return exporter.run();
}

Result<ExportSummary> exportToFile(Store &store, const ExportOptions &options,
                                   const std::string &path)
{
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("%1 cannot be written: %2")
                         .arg(QString::fromStdString(path), file.errorString())
                         .toStdString()};
    Result<ExportSummary> written = writeExport(store, options, [&](std::string_view piece) {
        return file.write(piece.data(), qint64(piece.size())) == qint64(piece.size());
    });
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error{Tr::tr("%1 cannot be written: %2")
                         .arg(QString::fromStdString(path), file.errorString())
                         .toStdString()};
    return written;
}

Result<std::string> parseInstant(std::string_view text)
{
    const QString s = q(text).trimmed();
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), QTimeZone::utc());
    } else if (t.timeSpec() == Qt::LocalTime) {
        t = QDateTime(t.date(), t.time(), QTimeZone::utc());
    }
    if (!t.isValid())
        return Error{Tr::tr("'%1' is not a date or time (ISO 8601, such as 2026-03-01 or "
                            "2026-03-01T08:00:00Z)")
                         .arg(q(text))
                         .toStdString()};
    return t.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

Result<std::vector<InterviewStatus>> parseStatusList(std::string_view text)
{
    std::vector<bool> chosen(std::size(AllStatuses), false);
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t comma = text.find(',', pos);
        if (comma == std::string_view::npos)
            comma = text.size();
        std::string name(text.substr(pos, comma - pos));
        name.erase(0, name.find_first_not_of(' '));
        name.erase(name.find_last_not_of(' ') + 1);
        const std::optional<InterviewStatus> status = parseStatus(name);
        if (!status)
            return Error{Tr::tr("'%1' is not a status; the statuses are in_progress, completed, "
                                "rejected and approved")
                             .arg(q(name))
                             .toStdString()};
        chosen[size_t(*status)] = true;
        pos = comma + 1;
    }
    std::vector<InterviewStatus> out;
    for (size_t k = 0; k < chosen.size(); ++k)
        if (chosen[k])
            out.push_back(AllStatuses[k]);
    return out;
}

} // namespace enumera
