// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <vector>

namespace enumera::app {

// What `enumera` was started with, when it opens the desktop app.
struct AppOptions
{
    QString dataDir;  // --data-dir DIR: where enumera.db and the profile live
    QString formFile; // --form FILE: a designer's preview of another form, reloaded on change
    QString language; // --language CODE: the interface language (and that of new interviews)
    QString error;    // why the arguments could not be understood
};

// True when the arguments ask for the desktop app: no verb, only app options.
bool isAppInvocation(const std::vector<std::string> &args);
AppOptions parseAppOptions(const std::vector<std::string> &args);
// The folder the data lives in: --data-dir, or the platform's AppDataLocation.
QString dataDirectory(const AppOptions &options);

} // namespace enumera::app
