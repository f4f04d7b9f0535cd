// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace enumera::app {

// Installs the interface translations (Enumera's own and Qt's) for `language` ("es", "pt"),
// or for the system language when it is empty. Returns the language in force ("en" when no
// translation applies). Calling it again replaces the previous translations.
QString installTranslations(const QString &language);

// The interface languages shipped, as codes.
QStringList interfaceLanguages();

} // namespace enumera::app
