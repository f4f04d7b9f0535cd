// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace enumera {

// The headless verbs of `enumera`. Exit codes: 0 success, 1 the input is wrong, 2 usage error.
// Diagnostics go to stderr, results to stdout.
int runCli(const std::vector<std::string> &args);

} // namespace enumera
