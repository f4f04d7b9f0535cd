// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

namespace enumera {

// enumera export --db DB --out FILE [--status LIST] [--since ISO-TIME] [--paradata]
// (docs/cli.md). `named` holds the options with a value, `flags` the others.
int exportVerb(const std::map<std::string, std::string> &named,
               const std::vector<std::string> &flags, const std::vector<std::string> &positional);

} // namespace enumera
