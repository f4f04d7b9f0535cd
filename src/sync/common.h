// SPDX-License-Identifier: GPL-3.0-or-later
// What the parts of the sync library share: the logging category, the words for a database
// failure, and instants as texts.
#pragma once

#include "form/result.h"

#include <QLoggingCategory>
#include <QString>

#include <exception>
#include <optional>
#include <string>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace enumera::sync {

// "saving the interviews failed for DB: the disk is full; nothing was changed"
Error failure(const std::exception &e, const std::string &database, const QString &what);

// An ISO 8601 UTC instant `seconds` after (or before) `utc`, in the store's format.
std::string shiftedUtc(const std::string &utc, int seconds);
// Seconds from a to b; nullopt if either is not an instant.
std::optional<double> secondsFrom(const std::string &a, const std::string &b);

QString q(const std::string &s);

} // namespace enumera::sync
