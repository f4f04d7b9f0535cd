// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the app's main screens into PNG files, on a household filled in from the routing
// scenarios:  enumera_screenshots OUTDIR   (run under xvfb-run -a, or QT_QPA_PLATFORM=offscreen)
#include "support.h"

#include "core/translations.h"
#include "enumerator/pairdialog.h"
#include "interview/completedialog.h"
#include "interview/sectionpanel.h"
#include "list/interviewlistscreen.h"
#include "supervisor/conflictdialog.h"
#include "supervisor/historydialog.h"
#include "supervisor/reviewlistscreen.h"
#include "supervisor/servercontrol.h"
#include "supervisor/supervisorscreen.h"
#include "supervisor/teamscreen.h"
#include "sync/client.h"
#include "sync/review.h"
#include "sync/team.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
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
                            const std::string &household, int lastLine, bool complete = false,
                            const std::string &owner = "E-017")
{
    auto session = InterviewSession::create(store, form, household, owner);
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
    // The supervisor: a team of three (two paired, each with interviews sent), the review
    // list, the team with a pairing card, and an interview in review with a comment.
    {
        installTranslations(QStringLiteral("en"));
        QTemporaryDir data;
        Profile supervisor;
        supervisor.name = QStringLiteral("Marta Rojas");
        supervisor.code = QStringLiteral("S01");
        supervisor.role = QStringLiteral("supervisor");
        supervisor.serverAddress = QStringLiteral("127.0.0.1");
        supervisor.serverPort = 0;
        supervisor.save(data.path());
        auto window = testing::openWindow(data.path(), {}, false);
        if (!window || !window->setServerRunning(true))
            return 1;
        Store &store = window->store();
        auto form = window->formSource().form();
        sync::Team team(store);
        struct Member
        {
            const char *name;
            std::vector<std::pair<const char *, int>> households; // and how far the script goes
        };
        const std::vector<Member> members = {
            {"Ana Pérez", {{"H-0101", 200}, {"H-0102", 200}, {"H-0103", 200}}},
            {"Luis Gómez", {{"H-0201", 200}, {"H-0202", 200}}}};
        std::vector<std::string> sent;
        std::string warned;
        for (const Member &m : members) {
            Result<sync::Invitation> invitation = team.add(m.name);
            QTemporaryDir laptop;
            auto other = Store::open(laptop.filePath(QStringLiteral("e.db")).toStdString());
            if (!invitation || !other)
                return 1;
            sync::SyncClient client(**other);
            sync::PairOptions pairing;
            pairing.serverUrl = window->serverControl()->urls().front().toStdString();
            pairing.code = invitation->pairingCode;
            pairing.device = std::string("laptop-") + invitation->enumerator;
            if (Result<sync::Pairing> p = client.pairAndWait(pairing); !p) {
                std::cerr << p.error() << '\n';
                return 1;
            }
            for (const auto &[household, line] : m.households)
                sent.push_back(
                    createHousehold(**other, form, household, line, true, invitation->enumerator));
            // For the first: one with a warning confirmed, 13 hours a day, 7 days a week.
            if (warned.empty())
                if (auto session =
                        InterviewSession::create(**other, form, "H-0104", invitation->enumerator)) {
                    testing::applyScript(**session,
                                         Repo + "/forms/tests/household-validations.jsonl", 27);
                    (*session)->complete();
                    warned = (*session)->id();
                }
            if (sync::SyncReport r = client.synchroniseAndWait({}); !r.status) {
                std::cerr << r.status.error() << '\n';
                return 1;
            }
            if (sent.size() != 5)
                continue;
            // For the second: H-0201 sent back, corrected on the laptop while the supervisor
            // sends it back again: a conflict.
            sync::Review review(store, "S01");
            review.reject(sent[3], "Check the ages of the members");
            client.synchroniseAndWait({});
            if (auto session = InterviewSession::open(**other, sent[3], invitation->enumerator)) {
                InterviewSession &s = **session;
                s.setAnswer(*s.interview().resolve("members[1].age"), Value::number(36));
                s.complete();
            }
            review.reject(sent[3], "Ask also for the head's second job");
            client.synchroniseAndWait({});
        }
        if (!team.add("Rosa Quispe"))
            return 1;
        sync::Review review(store, "S01");
        review.approve(sent[1]);
        window->supervisorScreen()->reload();
        window->supervisorScreen()->reviewList()->selectInterview(QString::fromStdString(warned));
        ok = save(window.get(), out + QStringLiteral("/review-list.png")) && ok;

        TeamScreen *teamScreen = window->supervisorScreen()->team();
        window->supervisorScreen()->tabs()->setCurrentWidget(teamScreen);
        teamScreen->nameField()->setText(QStringLiteral("Jorge Mamani"));
        QTest::mouseClick(teamScreen->addButton(), Qt::LeftButton);
        ok = save(window.get(), out + QStringLiteral("/team.png")) && ok;

        window->supervisorScreen()->tabs()->setCurrentIndex(0);
        window->openReview(QString::fromStdString(sent[0]));
        InterviewScreen *screen = window->interviewScreen();
        store.addComment(sent[0], "S01", "members[1].q26",
                         "84 hours a week is a lot: ask again whether she counted both jobs");
        screen->reloadComments();
        screen->goTo(*screen->interview().resolve("members[1].q26"));
        if (QuestionWidget *q =
                screen->pageView()->question(*screen->interview().resolve("members[1].q25")))
            q->openComment();
        ok = save(window.get(), out + QStringLiteral("/review-interview.png")) && ok;
        {
            HistoryDialog history(store, QString::fromStdString(sent[3]), window.get());
            history.show();
            ok = save(&history, out + QStringLiteral("/history.png")) && ok;
        }
        if (auto conflicts = review.conflicts(true); conflicts && !conflicts->empty()) {
            ConflictDialog conflict(store, conflicts->front().id, QStringLiteral("S01"),
                                    window.get());
            conflict.show();
            ok = save(&conflict, out + QStringLiteral("/conflict.png")) && ok;
        } else {
            std::cerr << "no conflict to show\n";
            ok = false;
        }
    }
    // The enumerator's pairing dialog, with a mistyped code refused.
    {
        installTranslations(QStringLiteral("en"));
        QTemporaryDir data;
        auto window = testing::openWindow(data.path());
        if (!window)
            return 1;
        PairDialog dialog(window->store(), QStringLiteral("https://192.168.1.20:8443"),
                          window.get());
        dialog.codeField()->setText(QStringLiteral("K7QM-2XWD-9HRT"));
        dialog.fingerprintField()->setText(QStringLiteral("0F28 C7A1 93"));
        dialog.show();
        QTest::mouseClick(dialog.pairButton(), Qt::LeftButton);
        ok = save(&dialog, out + QStringLiteral("/pair.png")) && ok;
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
