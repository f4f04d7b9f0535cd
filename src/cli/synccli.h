// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace enumera {

// The verbs of sync (docs/cli.md): serve, team, pair, sync, approve, reject, conflicts,
// history, assign, assignments, forms.
bool isSyncVerb(const std::string &verb);
int runSyncVerb(const std::vector<std::string> &args);

} // namespace enumera
