// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace enumera::app {

namespace {

std::unique_ptr<QTranslator> g_own;
std::unique_ptr<QTranslator> g_qt;

} // namespace

QStringList interfaceLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt")};
}

QString installTranslations(const QString &language)
{
    if (g_own)
        QCoreApplication::removeTranslator(g_own.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_own.reset();
    g_qt.reset();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto own = std::make_unique<QTranslator>();
    if (!own->load(locale, QStringLiteral("enumera"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        // A language without a translation: English, with its plural forms.
        if (own->load(QStringLiteral(":/i18n/enumera_en.qm"))) {
            QCoreApplication::installTranslator(own.get());
            g_own = std::move(own);
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own.get());
    g_own = std::move(own);
    if (locale.language() == QLocale::English) {
        QLocale::setDefault(locale);
        return QStringLiteral("en");
    }

    // Qt's own strings (the buttons of standard dialogs), when the system has them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        g_qt = std::move(qt);
    } else {
        qCInfo(lcApp) << "no Qt translation for" << locale.name();
    }
    QLocale::setDefault(locale);
    return locale.name().left(2);
}

} // namespace enumera::app
