// SPDX-License-Identifier: GPL-3.0-or-later
#include "app.h"
#include "cli/cli.h"
#include "core/appoptions.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv, argv + argc);
    // Without a verb (or with app options only), the desktop app; with a verb, headless.
    if (enumera::app::isAppInvocation(args))
        return enumera::app::runDesktopApp(argc, argv, args);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Enumera"));
    QCoreApplication::setOrganizationName(QStringLiteral("Enumera"));
    return enumera::runCli(args);
}
