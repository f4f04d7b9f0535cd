// SPDX-License-Identifier: GPL-3.0-or-later
// What the app's tests share: a data folder with an enumerator, a window on it, and a script
// applied through a session (to set up an interview quickly where the test is about something
// else).
#pragma once

#include "app.h"
#include "core/profile.h"
#include "interview/interviewscreen.h"
#include "interview/pageview.h"
#include "mainwindow.h"
#include "scenario/script.h"
#include "store/session.h"
#include "widgets/questionwidget.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include "store/sessiontarget.h"
#include <memory>
#include <string>

namespace enumera::app::testing {

inline Profile enumerator()
{
    Profile p;
    p.name = QStringLiteral("Rosa Quispe");
    p.code = QStringLiteral("E-017");
    return p;
}

// A window on a data folder that already knows who is working.
inline std::unique_ptr<MainWindow> openWindow(const QString &dataDir, const QString &form = {},
                                              bool withProfile = true)
{
    if (withProfile)
        enumerator().save(dataDir);
    AppOptions options;
    options.dataDir = dataDir;
    options.formFile = form;
    auto window = std::make_unique<MainWindow>(options);
    QString error;
    if (!window->start(&error))
        return nullptr;
    window->resize(1280, 820);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

// Applies the steps of a script (expectations skipped); an error names the line.
inline Status applyScript(InterviewSession &session, const std::string &file,
                          int lastLine = 1 << 30)
{
    Result<Script> script = readScript(file);
    if (!script)
        return Error{script.error()};
    SessionTarget target(session);
    for (const Step &step : script->steps) {
        if (step.line > lastLine)
            break;
        if (step.kind == Step::Kind::Expect)
            continue;
        if (Status s = applyStep(target, step); !s)
            return Error{file + ":" + std::to_string(step.line) + ": " + s.error()};
    }
    return {};
}

} // namespace enumera::app::testing
