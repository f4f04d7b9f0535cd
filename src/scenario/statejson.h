// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interview/interview.h"

#include <nlohmann/json.hpp>

namespace enumera {

// The whole state of an interview as one JSON object, for other programs: every question with
// its path, relevance, value, outcome and shown text, and the completeness.
nlohmann::json interviewState(const Interview &interview);

} // namespace enumera
