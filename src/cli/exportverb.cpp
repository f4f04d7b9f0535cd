// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportverb.h"

#include "export/exporter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <iostream>

namespace enumera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr int Ok = 0;
constexpr int InputWrong = 1;
constexpr int Usage = 2;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

int exportVerb(const std::map<std::string, std::string> &named,
               const std::vector<std::string> &flags, const std::vector<std::string> &positional)
{
    if (!named.count("--db") || !named.count("--out") || !positional.empty()) {
        std::cerr << Tr::tr("export: usage: enumera export --db DB --out FILE [--status LIST] "
                            "[--since ISO-TIME] [--paradata]")
                         .toStdString()
                  << '\n';
        return Usage;
    }
    ExportOptions options;
    options.paradata = std::find(flags.begin(), flags.end(), "--paradata") != flags.end();
    if (named.count("--status")) {
        Result<std::vector<InterviewStatus>> statuses = parseStatusList(named.at("--status"));
        if (!statuses) {
            std::cerr << "export: " << statuses.error() << '\n';
            return Usage;
        }
        options.statuses = std::move(*statuses);
    }
    if (named.count("--since")) {
        Result<std::string> since = parseInstant(named.at("--since"));
        if (!since) {
            std::cerr << "export: " << since.error() << '\n';
            return Usage;
        }
        options.since = std::move(*since);
    }

    const std::string &db = named.at("--db");
    if (!QFileInfo::exists(q(db))) {
        std::cerr << Tr::tr("%1 does not exist").arg(q(db)).toStdString() << '\n';
        return InputWrong;
    }
    const std::string &out = named.at("--out");
    const QString database = QFileInfo(q(db)).canonicalFilePath();
    for (const char *suffix : {"", "-wal", "-shm"})
        if (QFileInfo(q(out)).canonicalFilePath() == database + QString::fromLatin1(suffix)) {
            std::cerr << Tr::tr("export: %1 is the database itself; give another file to --out")
                             .arg(q(out))
                             .toStdString()
                      << '\n';
            return Usage;
        }
    Store::Options storeOptions;
    storeOptions.readOnly = true;
    Result<std::unique_ptr<Store>> store = Store::open(db, storeOptions);
    if (!store) {
        std::cerr << store.error() << '\n';
        return InputWrong;
    }
    Result<ExportSummary> written = exportToFile(**store, options, out);
    if (!written) {
        std::cerr << written.error() << '\n'
                  << Tr::tr("export: %1 was not written").arg(q(out)).toStdString() << '\n';
        return InputWrong;
    }
    std::cout << Tr::tr("%n interview(s) exported to %1", nullptr, written->interviews)
                     .arg(q(out))
                     .toStdString()
              << '\n';
    return Ok;
}

} // namespace enumera
