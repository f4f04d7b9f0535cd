// SPDX-License-Identifier: GPL-3.0-or-later
#include "formsource.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace enumera::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FormSource)
};

} // namespace

FormSource::FormSource(QString file, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
{
    // Editors save in several steps (write, rename): wait for the file to settle.
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &FormSource::changedOnDisk);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
}

FormLoader::ReadFile FormSource::reader()
{
    return [](const std::string &path, std::string &error) -> std::optional<std::string> {
        QFile f(QString::fromStdString(path));
        if (!f.open(QIODevice::ReadOnly)) {
            error = Tr::tr("cannot read %1: %2")
                        .arg(QString::fromStdString(path), f.errorString())
                        .toStdString();
            return std::nullopt;
        }
        return f.readAll().toStdString();
    };
}

bool FormSource::load()
{
    const std::string path = isPreview() ? m_file.toStdString() : std::string(EmbeddedPath);
    LoadResult result = FormLoader::load(path, reader());
    m_diagnostics = std::move(result.diagnostics);
    if (isPreview())
        watch();
    if (!result.form) {
        qCWarning(lcApp) << "the form" << QString::fromStdString(path)
                         << "does not load:" << m_diagnostics.errorCount() << "errors";
        return false;
    }
    m_form = std::move(result.form);
    return true;
}

QString FormSource::diagnosticsText() const
{
    return QString::fromStdString(m_diagnostics.formatAll()).trimmed();
}

void FormSource::watch()
{
    // The form file and its modules; a file replaced by a rename is watched again.
    QStringList files{m_file};
    if (m_form)
        for (const SourceFile &s : m_form->sources)
            files << QString::fromStdString(s.name);
    files.removeDuplicates();
    const QStringList watched = m_watcher.files();
    for (const QString &f : files)
        if (!watched.contains(f) && QFileInfo::exists(f))
            m_watcher.addPath(f);
}

void FormSource::changedOnDisk()
{
    emit reloaded(load());
}

} // namespace enumera::app
