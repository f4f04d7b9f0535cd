// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Enumera"));
    QCoreApplication::setOrganizationName(QStringLiteral("Enumera"));
    std::vector<std::string> args(argv, argv + argc);
    return enumera::runCli(args);
}
