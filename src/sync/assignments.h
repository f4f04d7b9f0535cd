// SPDX-License-Identifier: GPL-3.0-or-later
// Households to visit, given by the supervisor to one enumerator (with answers known
// beforehand, "preloaded"), and new form versions published to the whole team. Both travel
// at the next pull.
#pragma once

#include "form/form.h"
#include "form/result.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace enumera {
class Store;
class InterviewSession;
} // namespace enumera

namespace enumera::sync {

struct Assignment
{
    std::string id;
    std::string enumerator;
    std::string household;
    std::string formHash;
    std::string formId;
    std::string formVersion;
    nlohmann::json preload = nlohmann::json::object(); // {"path": value} as scripts write values
    std::string created;
    bool cancelled = false;
    std::string interview; // on the enumerator's laptop: the interview started from it
};

// Supervisor: an assignment for a paired or invited enumerator. Every preloaded value must be
// an answer the form takes for a question outside rosters.
Result<Assignment> assign(Store &store, const std::string &enumerator, const std::string &household,
                          const std::shared_ptr<const Form> &form, const nlohmann::json &preload);
Status cancelAssignment(Store &store, const std::string &id);
// Supervisor: a form version that every enumerator receives at the next pull.
Result<std::string> publishForm(Store &store, const Form &form);

// Either side: the assignments kept in this store.
Result<std::vector<Assignment>> assignments(Store &store);
// Enumerator: a new interview for the assigned household, its preloaded answers set.
Result<std::unique_ptr<InterviewSession>> startAssignment(Store &store, const std::string &id,
                                                          const std::string &user);

} // namespace enumera::sync
