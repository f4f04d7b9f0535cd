// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace enumera::app {

// Opens the desktop app (`enumera` without a verb, or with app options only). Returns the exit
// status.
int runDesktopApp(int &argc, char **argv, const std::vector<std::string> &args);

// Makes the embedded form and translations available (needed once, from a static library).
void initResources();

} // namespace enumera::app
