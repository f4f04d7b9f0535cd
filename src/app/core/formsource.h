// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/formloader.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace enumera::app {

// Where the form for new interviews comes from: the household survey embedded in the app, or
// a designer's file (--form FILE), which is loaded again whenever it or a module it includes
// changes on disk.
class FormSource : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *EmbeddedPath = ":/forms/household-survey.json";

    // An empty path means the embedded household survey.
    explicit FormSource(QString file = {}, QObject *parent = nullptr);

    // Loads the form (again). False when it has errors; diagnostics() says which.
    bool load();

    bool isPreview() const { return !m_file.isEmpty(); }
    const QString &file() const { return m_file; }
    std::shared_ptr<const Form> form() const { return m_form; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    // The designer's diagnostics, one a line, as `enumera validate` prints them.
    QString diagnosticsText() const;

    // Reads a file of the embedded form (":/forms/...") or of the file system.
    static FormLoader::ReadFile reader();

signals:
    // The file changed on disk and was loaded again: `ok` false when it no longer loads.
    void reloaded(bool ok);

private:
    void watch();
    void changedOnDisk();

    QString m_file;
    std::shared_ptr<const Form> m_form;
    Diagnostics m_diagnostics;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace enumera::app
