// SPDX-License-Identifier: GPL-3.0-or-later
#include "app.h"

#include "core/appoptions.h"
#include "core/profile.h"
#include "core/translations.h"
#include "mainwindow.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <iostream>

static void initEnumeraResources()
{
    Q_INIT_RESOURCE(enumera);
}

namespace enumera::app {

void initResources()
{
    initEnumeraResources();
}

int runDesktopApp(int &argc, char **argv, const std::vector<std::string> &args)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Enumera"));
    QApplication::setOrganizationName(QStringLiteral("Enumera"));
    initResources();

    const AppOptions options = parseAppOptions(args);
    if (!options.error.isEmpty()) {
        std::cerr << "enumera: " << options.error.toStdString() << '\n';
        return 2;
    }
    const Profile profile = Profile::load(dataDirectory(options));
    installTranslations(options.language.isEmpty() ? profile.interfaceLanguage : options.language);
    applyTheme(app);

    MainWindow window(options);
    QString error;
    if (!window.start(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("Enumera cannot start"), error);
        std::cerr << "enumera: " << error.toStdString() << '\n';
        return 1;
    }
    window.show();
    // For measuring the start (bench/app): quit once the first screen has been painted.
    if (qEnvironmentVariableIsSet("ENUMERA_QUIT_AFTER_START"))
        QTimer::singleShot(0, &window, [&window] {
            window.repaint();
            QCoreApplication::exit(0);
        });
    return app.exec();
}

} // namespace enumera::app
