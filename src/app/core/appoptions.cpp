// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace enumera::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)
};

bool isAppOption(const std::string &a)
{
    return a == "--data-dir" || a == "--form" || a == "--language";
}

} // namespace

bool isAppInvocation(const std::vector<std::string> &args)
{
    return args.size() < 2 || isAppOption(args[1]);
}

AppOptions parseAppOptions(const std::vector<std::string> &args)
{
    AppOptions o;
    for (size_t i = 1; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (!isAppOption(a)) {
            o.error = Tr::tr("unknown option %1").arg(QString::fromStdString(a));
            return o;
        }
        if (i + 1 >= args.size()) {
            o.error = Tr::tr("%1 needs a value").arg(QString::fromStdString(a));
            return o;
        }
        const QString value = QString::fromStdString(args[++i]);
        if (a == "--data-dir")
            o.dataDir = value;
        else if (a == "--form")
            o.formFile = value;
        else
            o.language = value;
    }
    return o;
}

QString dataDirectory(const AppOptions &options)
{
    if (!options.dataDir.isEmpty())
        return options.dataDir;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace enumera::app
