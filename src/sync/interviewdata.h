// SPDX-License-Identifier: GPL-3.0-or-later
// Interviews and forms as they travel: read from a store's database into JSON, checked, and
// written into another store's database. Internal to the sync library: these functions work
// inside the caller's transaction and throw SQLite::Exception (or nlohmann::json::exception)
// on a database failure; the library's public functions catch them.
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace enumera::sync {

// The prepared statements of one connection, kept for reuse: preparing them is a good part of
// the cost of storing an interview. Statements are named by their SQL, a string literal.
class Statements
{
public:
    explicit Statements(SQLite::Database &db);
    ~Statements();
    SQLite::Database &database() { return m_db; }
    // The statement, reset and with its bindings cleared.
    SQLite::Statement &operator()(const char *sql);

private:
    SQLite::Database &m_db;
    std::unordered_map<const char *, std::unique_ptr<SQLite::Statement>> m_cache;
};

// This database's identity (sync_identity.database_id).
std::string databaseId(SQLite::Database &db);

// The checksum of what an interview holds: its record's lasting fields, rows, answers and
// confirmed warnings (not its position, events or comments), as lower-case hex SHA-256.
std::string contentChecksum(const nlohmann::json &interview);

// Interview `id` as a package, with its events and comments unless `history` is false;
// `origin` is this database's id. The package's "checksum" is its content checksum. Throws if
// the interview does not exist.
nlohmann::json readInterview(Statements &db, const std::string &id, const std::string &origin,
                             bool history = true);
nlohmann::json readInterview(SQLite::Database &db, const std::string &id, const std::string &origin,
                             bool history = true);
bool interviewExists(Statements &db, const std::string &id);
bool interviewExists(SQLite::Database &db, const std::string &id);

// Why a received package cannot be stored, or nothing if its structure and checksum are right.
std::optional<QString> checkInterview(const nlohmann::json &interview);

// Stores a received package: the record and the content replaced as they are in the package,
// then its events and comments merged, each once whatever the number of times it arrives.
void writeInterview(Statements &db, const nlohmann::json &interview, const std::string &origin);
void writeInterview(SQLite::Database &db, const nlohmann::json &interview,
                    const std::string &origin);
// Only merges the package's events and comments.
void mergeHistory(Statements &db, const nlohmann::json &interview, const std::string &origin);
void mergeHistory(SQLite::Database &db, const nlohmann::json &interview, const std::string &origin);

// A stored form as it travels: {"hash", "form_id", "version", "sources": [{"name", "text"}]}.
nlohmann::json readForm(SQLite::Database &db, const std::string &hash);
bool formExists(Statements &db, const std::string &hash);
bool formExists(SQLite::Database &db, const std::string &hash);
// Why a received form cannot be stored: its hash does not match its files, or it does not load.
std::optional<QString> checkForm(const nlohmann::json &form);
void writeForm(SQLite::Database &db, const nlohmann::json &form, const std::string &at);

// UTF-8 JSON text; throws nlohmann::json::type_error on invalid UTF-8 in a text.
std::string dumpJson(const nlohmann::json &value);

} // namespace enumera::sync
