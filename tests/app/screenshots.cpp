// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the app's main screens into PNG files, on a household filled in from the routing
// scenarios:  enumera_screenshots OUTDIR   (run under xvfb-run -a, or QT_QPA_PLATFORM=offscreen)
#include "support.h"

#include "core/translations.h"
#include "interview/completedialog.h"
#include "interview/sectionpanel.h"
#include "list/interviewlistscreen.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QDir>
#include <QTest>
#include <QTimer>

#include <iostream>

using namespace enumera;
using namespace enumera::app;

namespace {

const std::string Repo = ENUMERA_REPO;

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}

bool save(QWidget *w, const QString &file)
{
    settle();
    const bool ok = w->grab().save(file);
    std::cout << (ok ? "wrote " : "could not write ") << file.toStdString() << '\n';
    return ok;
}

std::string createHousehold(Store &store, std::shared_ptr<const Form> form,
                            const std::string &household, int lastLine, bool complete = false)
{
    auto session = InterviewSession::create(store, form, household, "E-017");
    if (!session)
        return {};
    const std::string script = Repo + "/forms/tests/household-three-members-complete.jsonl";
    if (Status s = testing::applyScript(**session, script, lastLine); !s)
        std::cerr << s.error() << '\n';
    if (complete)
        (*session)->complete();
    return (*session)->id();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    initResources();
    if (argc < 2) {
        std::cerr << "usage: enumera_screenshots OUTDIR\n";
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    applyTheme(app);
    bool ok = true;

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
        installTranslations(language);
        QTemporaryDir data;
        auto window = testing::openWindow(data.path());
        if (!window)
            return 1;
        Store &store = window->store();
        auto form = window->formSource().form();
        // A few interviews in several states.
        const std::string h1 = createHousehold(store, form, "H-0001", 75);
        createHousehold(store, form, "H-0002", 12);
        createHousehold(store, form, "H-0003", 200, true);
        const std::string h4 = createHousehold(store, form, "H-0004", 3);
        store.setDiscarded(h4, "E-017", true);
        createHousehold(store, form, "H-0005", 0);
        window->listScreen()->reload();
        if (language == QLatin1String("en"))
            ok = save(window.get(), out + QStringLiteral("/list.png")) && ok;

        window->openInterview(QString::fromStdString(h1));
        InterviewScreen *screen = window->interviewScreen();
        if (language == QLatin1String("es"))
            screen->setQuestionnaireLanguage(screen->interview().form().languageIndex("es"));
        // Ana's enrollment: a roster of two trainings, a specify text.
        Result<Instance> q1 = screen->interview().resolve("members[1].q1");
        screen->goTo(*q1);
        ok = save(window.get(), out + QStringLiteral("/interview-%1.png").arg(language)) && ok;

        // Ana's treatment effect questions, with the 84-hour warning.
        Result<Instance> q26 = screen->interview().resolve("members[1].q26");
        QString refusal;
        screen->setAnswer(*screen->interview().resolve("members[1].q25"), Value::number(14),
                          &refusal);
        screen->setAnswer(*q26, Value::number(7), &refusal);
        screen->goTo(*q26);
        ok = save(window.get(), out + QStringLiteral("/warning-%1.png").arg(language)) && ok;
        // The grid of Q29.
        Result<Instance> q29 = screen->interview().resolve("members[1].q29a");
        screen->goTo(*q29);
        ok = save(window.get(), out + QStringLiteral("/grid-%1.png").arg(language)) && ok;
        // What is missing before completing.
        {
            CompleteDialog review(screen->interview(), false, window.get());
            review.show();
            ok = save(&review, out + QStringLiteral("/complete-%1.png").arg(language)) && ok;
        }
        // The household's first page and the members.
        Result<Instance> name = screen->interview().resolve("members[2].name");
        screen->goTo(*name);
        ok = save(window.get(), out + QStringLiteral("/member-%1.png").arg(language)) && ok;
    }
    // The first start: who is working.
    {
        installTranslations(QStringLiteral("en"));
        QTemporaryDir data;
        auto window = testing::openWindow(data.path(), {}, false);
        if (window)
            ok = save(window.get(), out + QStringLiteral("/first-start.png")) && ok;
    }
    return ok ? 0 : 1;
}
