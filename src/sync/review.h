// SPDX-License-Identifier: GPL-3.0-or-later
// What a supervisor does with the interviews received: approve, reject with comments at the
// questions, see what was received revision by revision, and settle conflicts. Every change is
// one transaction of the supervisor's store, and reaches the enumerator at the next sync.
#pragma once

#include "form/result.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace enumera {
class Store;
}

namespace enumera::sync {

struct QuestionComment
{
    std::string path; // members[2].q5
    std::string text;
};

// One answer that differs between the two versions of a conflict (texts as stored).
struct AnswerDifference
{
    std::string path;
    std::string server;     // "" when absent
    std::string enumerator; // "" when absent
};

struct ConflictRecord
{
    int64_t id = 0;
    std::string interview;
    std::string household;
    std::string enumerator;
    std::string created;
    std::string status; // open, kept_server, took_enumerator, superseded
    std::string resolved;
    std::string resolvedBy;
    std::string serverStatus; // the server's copy as it is now
    int serverRevision = 0;
    std::string enumeratorStatus; // the enumerator's version, kept in the conflict
    int enumeratorRevision = 0;
    std::vector<AnswerDifference> differences;
    nlohmann::json enumeratorVersion; // the whole package as received
};

// What the server received of one interview, in order.
struct ReceivedRevision
{
    int revision = 0;
    std::string status;
    std::string outcome; // stored, unchanged, conflict
    int version = 0;
    std::string checksum;
    std::string at;
};

enum class Keep { Server, Enumerator };

class Review
{
public:
    Review(Store &store, std::string supervisor);

    Status approve(const std::string &interview, const std::string &comment = {});
    // A rejected interview can be rejected again with new comments: the enumerator's work that
    // started from the first rejection then comes back as a conflict.
    Status reject(const std::string &interview, const std::string &reason,
                  const std::vector<QuestionComment> &comments = {});
    Result<std::vector<ConflictRecord>> conflicts(bool openOnly = true);
    Result<ConflictRecord> conflict(int64_t id);
    Status resolve(int64_t conflict, Keep keep);
    Result<std::vector<ReceivedRevision>> received(const std::string &interview);
    // Who sent each interview the server holds: the team code its laptop paired as, by interview
    // id. (The interview's owner is whatever code the enumerator's profile gives, which need
    // not be the team's.)
    Result<std::map<std::string, std::string>> senders();

private:
    Status checkReceived(const std::string &interview);

    Store &m_store;
    std::string m_supervisor;
};

} // namespace enumera::sync
