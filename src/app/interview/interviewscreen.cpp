// SPDX-License-Identifier: GPL-3.0-or-later
#include "interviewscreen.h"

#include "completedialog.h"
#include "core/logging.h"
#include "pageview.h"
#include "sectionpanel.h"
#include "widgets/questionwidget.h"
#include "widgets/rosterwidget.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace enumera::app {

namespace {

void collectRows(const Row &row, std::vector<uint64_t> &out)
{
    for (const auto &list : row.rosters) {
        out.push_back(0); // a separator between rosters
        for (const auto &child : list) {
            out.push_back(child->id);
            collectRows(*child, out);
        }
    }
}

QString languageName(const std::string &code)
{
    // The language's own name, without a country ("Español", not "Español de España").
    if (code == "en")
        return QStringLiteral("English");
    if (code == "es")
        return QStringLiteral("Español");
    if (code == "pt")
        return QStringLiteral("Português");
    const QLocale locale(qs(code));
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return qs(code);
    name[0] = name[0].toUpper();
    return name;
}

} // namespace

InterviewScreen::InterviewScreen(std::unique_ptr<InterviewSession> session, QWidget *parent)
    : InterviewScreen(std::move(session), Options{}, parent)
{}

InterviewScreen::InterviewScreen(std::unique_ptr<InterviewSession> session, Options options,
                                 QWidget *parent)
    : QWidget(parent)
    , m_options(std::move(options))
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("interviewScreen"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // The top bar: back to the list, the household, language, completion.
    auto *top = new QFrame(this);
    top->setObjectName(QStringLiteral("topBar"));
    auto *bar = new QHBoxLayout(top);
    bar->setContentsMargins(12, 8, 12, 8);
    bar->setSpacing(12);
    auto *back = new QPushButton(tr("‹ Interviews"), top);
    back->setObjectName(QStringLiteral("backToList"));
    back->setToolTip(tr("Back to the list of interviews (answers are already saved)"));
    back->setFocusPolicy(Qt::NoFocus);
    connect(back, &QPushButton::clicked, this, [this] {
        commitPending();
        emit closeRequested();
    });
    m_household = new QLabel(top);
    m_household->setObjectName(QStringLiteral("household"));
    m_status = new QLabel(top);
    m_status->setObjectName(QStringLiteral("statusChip"));
    m_progress = new QLabel(top);
    m_progress->setObjectName(QStringLiteral("progressText"));
    auto *languageLabel = new QLabel(tr("Questionnaire language"), top);
    languageLabel->setObjectName(QStringLiteral("barLabel"));
    m_language = new QComboBox(top);
    m_language->setObjectName(QStringLiteral("questionnaireLanguage"));
    m_language->setFocusPolicy(Qt::NoFocus);
    for (const std::string &code : interview().form().languages)
        m_language->addItem(languageName(code), qs(code));
    m_language->setCurrentIndex(interview().language());
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { setQuestionnaireLanguage(index); });
    languageLabel->setBuddy(m_language);
    m_complete = new QPushButton(tr("Complete…"), top);
    m_complete->setObjectName(QStringLiteral("completeInterview"));
    m_complete->setToolTip(tr("See what is missing and complete the interview (Ctrl+Return)"));
    m_complete->setFocusPolicy(Qt::NoFocus);
    connect(m_complete, &QPushButton::clicked, this, &InterviewScreen::reviewAndComplete);
    bar->addWidget(back);
    bar->addWidget(m_household);
    bar->addWidget(m_status);
    bar->addWidget(m_progress);
    bar->addStretch(1);
    bar->addWidget(languageLabel);
    bar->addWidget(m_language);
    bar->addWidget(m_complete);
    outer->addWidget(top);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    outer->addWidget(m_banner);

    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("split"));
    split->setChildrenCollapsible(false);
    m_panel = new SectionPanel(split);
    m_panel->setMinimumWidth(260);
    connect(m_panel, &SectionPanel::pageChosen, this, [this](int page) { openPage(page); });
    connect(m_panel, &SectionPanel::leave, this, [this] {
        if (m_current)
            m_current->focusEditor();
        else if (m_view)
            openPage(m_view->page());
    });

    auto *main = new QWidget(split);
    main->setObjectName(QStringLiteral("mainArea"));
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(0);
    m_scroll = new QScrollArea(main);
    m_scroll->setObjectName(QStringLiteral("pageScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mainLayout->addWidget(m_scroll, 1);
    auto *nav = new QFrame(main);
    nav->setObjectName(QStringLiteral("navBar"));
    auto *navLayout = new QHBoxLayout(nav);
    navLayout->setContentsMargins(16, 8, 16, 8);
    m_previousPage = new QPushButton(tr("‹ Previous section"), nav);
    m_previousPage->setObjectName(QStringLiteral("previousSection"));
    m_previousPage->setFocusPolicy(Qt::NoFocus);
    m_nextPage = new QPushButton(tr("Next section ›"), nav);
    m_nextPage->setObjectName(QStringLiteral("nextSection"));
    m_nextPage->setFocusPolicy(Qt::NoFocus);
    auto *keys = new QLabel(tr("Enter: next question · Ctrl+L: sections · Ctrl+K: confirm"), nav);
    keys->setObjectName(QStringLiteral("keysHint"));
    navLayout->addWidget(m_previousPage);
    navLayout->addStretch(1);
    navLayout->addWidget(keys);
    navLayout->addStretch(1);
    navLayout->addWidget(m_nextPage);
    mainLayout->addWidget(nav);
    auto step = [this](int direction) {
        if (!m_view)
            return;
        for (int p = m_view->page() + direction; p >= 0 && p < m_pages->count(); p += direction)
            if (m_pages->isRelevant(p)) {
                commitPending();
                openPage(p);
                return;
            }
    };
    connect(m_previousPage, &QPushButton::clicked, this, [step] { step(-1); });
    connect(m_nextPage, &QPushButton::clicked, this, [step] { step(1); });
    split->addWidget(m_panel);
    split->addWidget(main);
    split->setStretchFactor(1, 1);
    split->setSizes({340, 940});
    outer->addWidget(split, 1);

    auto *sections = new QShortcut(QKeySequence(tr("Ctrl+L")), this);
    connect(sections, &QShortcut::activated, this, [this] {
        commitPending();
        m_panel->setFocus(Qt::ShortcutFocusReason);
    });
    auto *nextSection = new QShortcut(QKeySequence(tr("Ctrl+PgDown")), this);
    connect(nextSection, &QShortcut::activated, this, [step] { step(1); });
    auto *previousSection = new QShortcut(QKeySequence(tr("Ctrl+PgUp")), this);
    connect(previousSection, &QShortcut::activated, this, [step] { step(-1); });
    auto *complete = new QShortcut(QKeySequence(tr("Ctrl+Return")), this);
    connect(complete, &QShortcut::activated, this, &InterviewScreen::reviewAndComplete);
    if (m_options.review) {
        auto *comment = new QShortcut(QKeySequence(tr("Ctrl+M")), this);
        connect(comment, &QShortcut::activated, this, [this] {
            if (m_current)
                m_current->openComment();
        });
        keys->setText(tr("Enter: next question · Ctrl+L: sections · Ctrl+M: comment"));
    }

    readComments();
    m_pages = std::make_unique<PageModel>(interview());
    m_rowSignature = rowSignature();
    m_panel->rebuild(*m_pages);
    markComments();
    updateHeader();

    // Resume where the enumerator was.
    const std::string &position = m_session->record().position;
    Instance resume;
    if (!position.empty())
        if (Result<Instance> at = interview().resolve(position))
            resume = *at;
    if (!resume.valid() || !interview().isRelevant(resume))
        resume = interview().first();
    if (resume.valid())
        goTo(resume);
    else
        openPage(0);
}

InterviewScreen::~InterviewScreen() = default;

std::vector<uint64_t> InterviewScreen::rowSignature() const
{
    std::vector<uint64_t> out;
    collectRows(interview().root(), out);
    return out;
}

void InterviewScreen::readComments()
{
    m_comments.clear();
    m_reason = {};
    Result<std::vector<Comment>> comments = m_session->store().comments(m_session->id());
    if (!comments) {
        qCWarning(lcApp) << "the comments of interview" << qs(m_session->id())
                         << "could not be read:" << qs(comments.error());
        return;
    }
    for (Comment &c : *comments) {
        if (c.path.empty())
            m_reason = c; // the latest general comment: the reason of the last decision
        else
            m_comments[c.path].push_back(std::move(c));
    }
    markComments();
}

void InterviewScreen::markComments()
{
    if (!m_pages)
        return;
    std::vector<int> counts(size_t(m_pages->count()), 0);
    for (const auto &[path, list] : m_comments)
        if (Result<Instance> at = interview().resolve(path))
            if (const int page = m_pages->pageOf(*at); page >= 0)
                counts[size_t(page)] += int(list.size());
    m_panel->setComments(*m_pages, std::move(counts));
}

void InterviewScreen::reloadComments()
{
    readComments();
    if (m_view)
        for (QuestionWidget *q : m_view->questions())
            q->showComments();
    updateHeader();
}

std::vector<Comment> InterviewScreen::commentsAt(const Instance &question) const
{
    const auto it = m_comments.find(interview().pathOf(question));
    return it == m_comments.end() ? std::vector<Comment>() : it->second;
}

bool InterviewScreen::addComment(const Instance &question, const QString &text)
{
    if (!m_options.review)
        return false;
    const std::string path = interview().pathOf(question);
    Result<int64_t> added = m_session->store().addComment(
        m_session->id(), m_options.commentAuthor.toStdString(), path, text.toStdString());
    if (!added) {
        QMessageBox::warning(this, tr("Comment not saved"), qs(added.error()));
        return false;
    }
    readComments();
    return true;
}

void InterviewScreen::addBarWidget(QWidget *widget)
{
    auto *bar = qobject_cast<QHBoxLayout *>(m_complete->parentWidget()->layout());
    bar->insertWidget(bar->indexOf(m_complete), widget);
}

void InterviewScreen::setBanner(const QString &text, const QString &kind)
{
    m_bannerSet = !text.isEmpty();
    m_banner->setText(text);
    m_banner->setProperty("kind", kind);
    m_banner->style()->unpolish(m_banner);
    m_banner->style()->polish(m_banner);
    m_banner->setVisible(m_bannerSet);
    if (!m_bannerSet)
        updateHeader();
}

void InterviewScreen::updateHeader()
{
    // An answer may have made sections relevant, or taken them away.
    updateSectionButtons();
    const InterviewRecord &r = m_session->record();
    m_household->setText(tr("Household %1").arg(qs(r.household)));
    QString status;
    switch (r.status) {
    case InterviewStatus::InProgress:
        status = tr("In progress");
        break;
    case InterviewStatus::Completed:
        status = tr("Completed");
        break;
    case InterviewStatus::Rejected:
        status = tr("Sent back");
        break;
    case InterviewStatus::Approved:
        status = tr("Approved");
        break;
    }
    m_status->setText(status);
    m_status->setProperty("status", qs(statusName(r.status)));
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    PageStats all;
    for (int i = 0; i < m_pages->count(); ++i)
        if (m_pages->page(i).parent < 0 && m_pages->isRelevant(i))
            all += m_pages->page(i).total;
    m_progress->setText(tr("%1 of %2 answered").arg(all.answered).arg(all.asked));
    const bool ro = readOnly();
    m_complete->setVisible(!ro);
    if (m_bannerSet)
        return; // the review's own words
    QString banner;
    QString kind = QStringLiteral("info");
    if (ro) {
        banner = tr("This interview is %1 and can no longer be changed. A supervisor can send it "
                    "back if something needs correcting.")
                     .arg(status.toLower());
    } else if (r.status == InterviewStatus::Rejected) {
        size_t comments = 0;
        for (const auto &[path, list] : m_comments)
            comments += list.size();
        const QDateTime at =
            QDateTime::fromString(qs(m_reason.at.utc), Qt::ISODateWithMs).toLocalTime();
        banner = m_reason.text.empty()
                     ? tr("Sent back by the supervisor.")
                     : tr("Sent back by %1 on %2: “%3”.")
                           .arg(qs(m_reason.author), QLocale().toString(at, QLocale::ShortFormat),
                                qs(m_reason.text));
        if (comments > 0)
            banner += QLatin1Char(' ') + tr("The supervisor's comments are shown at their "
                                            "questions (%n).",
                                            nullptr, int(comments));
        banner += QLatin1Char(' ') + tr("Correct what is needed, then complete it again.");
        kind = QStringLiteral("rejected");
    }
    m_banner->setText(banner);
    m_banner->setProperty("kind", kind);
    m_banner->style()->unpolish(m_banner);
    m_banner->style()->polish(m_banner);
    m_banner->setVisible(!banner.isEmpty());
}

void InterviewScreen::showView(int page)
{
    if (m_view) {
        // The old page may be inside a call of one of its widgets: delete it later, and keep
        // its widgets from saving or navigating meanwhile.
        PageView *old = m_view;
        m_view = nullptr;
        for (QWidget *w : old->findChildren<QWidget *>())
            w->blockSignals(true);
        m_scroll->takeWidget();
        old->hide();
        old->deleteLater();
    }
    m_current = nullptr;
    m_view = new PageView(*this, *m_pages, page);
    m_view->setReadOnly(readOnly());
    m_scroll->setWidget(m_view);
    // Enter, Tab and Shift+Tab on a roster's add button.
    for (QPushButton *b : m_view->findChildren<QPushButton *>(QStringLiteral("addRow")))
        b->installEventFilter(this);
    m_panel->setCurrentPage(page);
    updateSectionButtons();
}

void InterviewScreen::updateSectionButtons()
{
    if (!m_view)
        return;
    const int page = m_view->page();
    bool before = false;
    bool after = false;
    for (int p = 0; p < m_pages->count(); ++p) {
        if (!m_pages->isRelevant(p))
            continue;
        before = before || p < page;
        after = after || p > page;
    }
    m_previousPage->setEnabled(before);
    m_nextPage->setEnabled(after);
}

void InterviewScreen::openPage(int page, const Instance &focus)
{
    if (page < 0 || page >= m_pages->count())
        return;
    if (!m_view || m_view->page() != page)
        showView(page);
    QuestionWidget *target = focus.valid() ? m_view->question(focus) : nullptr;
    if (!target && !focus.valid()) {
        // The page's first question the engine asks.
        const Page &p = m_pages->page(page);
        const Instance first = p.kind == Page::Kind::Row ? interview().firstInRow(*p.container.row)
                                                         : interview().firstIn(p.container);
        if (first.valid() && m_pages->pageOf(first) == page)
            target = m_view->question(first);
        if (!target) {
            if (QPushButton *add = m_view->firstAddButton()) {
                focusStop(add);
                return;
            }
        }
    }
    if (target)
        focusStop(target);
    else
        m_view->setFocus();
}

void InterviewScreen::focusStop(QWidget *stop)
{
    if (auto *q = qobject_cast<QuestionWidget *>(stop)) {
        q->focusEditor();
        questionFocused(q);
    } else {
        stop->setFocus(Qt::TabFocusReason);
    }
    // Keep the question in view with some of what follows, once the page is laid out.
    m_view->layout()->activate();
    QPointer<QWidget> target = stop;
    auto show = [this, target] {
        if (target && m_view && m_view->isAncestorOf(target))
            m_scroll->ensureWidgetVisible(target, 0, 120);
    };
    show();
    QTimer::singleShot(0, this, show);
}

void InterviewScreen::goTo(const Instance &at)
{
    const int page = m_pages->pageOf(at);
    if (page < 0)
        return;
    const Item &item = interview().form().item(at.item);
    if (item.isQuestion()) {
        openPage(page, at);
        return;
    }
    // A roster (at least one row, ...): its first question, or its add button.
    if (!m_view || m_view->page() != page)
        showView(page);
    const Instance first = interview().firstIn(at);
    if (first.valid() && m_view->question(first)) {
        focusStop(m_view->question(first));
        return;
    }
    if (QPushButton *add = m_view->firstAddButton())
        focusStop(add);
}

bool InterviewScreen::commitPending()
{
    return m_current ? m_current->commitPending() : true;
}

// --- changes --------------------------------------------------------------------------------

bool InterviewScreen::handle(const Result<SetResult> &result, QString *refusal)
{
    if (!result) {
        storeFailed(result.error());
        return false;
    }
    if (!result->stored()) {
        if (refusal)
            *refusal = qs(result->message);
        return false;
    }
    if (refusal)
        refusal->clear();
    afterChange();
    return true;
}

bool InterviewScreen::setAnswer(const Instance &question, const Value &value, QString *refusal)
{
    return handle(m_session->setAnswer(question, value), refusal);
}

bool InterviewScreen::toggleOption(const Instance &question, int code, bool selected,
                                   QString *refusal)
{
    return handle(m_session->toggleOption(question, code, selected), refusal);
}

bool InterviewScreen::confirmWarnings(const Instance &question, const QString &reason)
{
    if (Status s = m_session->confirmWarnings(question, reason.toStdString()); !s) {
        storeFailed(s.error());
        return false;
    }
    afterChange();
    return true;
}

void InterviewScreen::afterChange()
{
    m_clock.start();
    const std::vector<Change> changes = interview().changes();
    bool rows = false;
    for (const Change &c : changes)
        rows = rows || (c.what & Change::Rows);
    if (rows) {
        std::vector<uint64_t> signature = rowSignature();
        if (signature != m_rowSignature) {
            // Rows came or went: the pages are cut again.
            const std::string path =
                m_current ? interview().pathOf(m_current->instance()) : std::string();
            rebuild(path);
            m_lastRedrawNs = m_clock.nsecsElapsed();
            return;
        }
        // The same rows, shown or hidden (a roster that is no longer asked).
        m_pages->refreshAll();
        std::vector<int> all(size_t(m_pages->count()));
        for (int i = 0; i < m_pages->count(); ++i)
            all[size_t(i)] = i;
        m_panel->update(*m_pages, all);
        m_view->apply(changes);
        updateHeader();
        m_lastRedrawNs = m_clock.nsecsElapsed();
        return;
    }
    m_view->apply(changes);
    const std::vector<int> touched = m_pages->apply(changes);
    m_panel->update(*m_pages, touched);
    updateHeader();
    m_lastRedrawNs = m_clock.nsecsElapsed();
}

void InterviewScreen::rebuild(const std::string &focusPath)
{
    const std::string pagePath = m_view ? m_pages->pathOf(m_view->page()) : std::string();
    m_pages = std::make_unique<PageModel>(interview());
    m_rowSignature = rowSignature();
    m_panel->rebuild(*m_pages);
    markComments();
    int page = m_pages->findPath(pagePath);
    Instance focus;
    if (!focusPath.empty())
        if (Result<Instance> at = interview().resolve(focusPath))
            focus = *at;
    if (page < 0 && focus.valid())
        page = m_pages->pageOf(focus);
    if (page < 0)
        page = 0;
    showView(page);
    if (focus.valid() && m_view->question(focus))
        focusStop(m_view->question(focus));
    else
        openPage(page);
    updateHeader();
}

void InterviewScreen::storeFailed(const std::string &error)
{
    qCWarning(lcApp) << "a change to interview" << qs(m_session->id())
                     << "could not be saved; the interview was read back from the store";
    // The session put the interview back as stored: every Instance on screen is stale.
    rebuild(std::string());
    QMessageBox::warning(this, tr("Not saved"),
                         tr("The last change could not be saved, and the interview is shown as "
                            "it was saved before it.\n\n%1")
                             .arg(qs(error)));
}

// --- rows -----------------------------------------------------------------------------------

void InterviewScreen::addRow(const Instance &roster)
{
    commitPending();
    Result<const Row *> row = m_session->addRow(roster);
    if (!row) {
        if (m_session->interview().isRelevant(roster))
            QMessageBox::information(this, tr("No row added"), qs(row.error()));
        return;
    }
    const Row *added = *row;
    const std::string rowPath = interview().pathOf(*added);
    rebuild(std::string());
    // The new row: its page, or its first question here.
    Result<const Row *> again = interview().resolveRow(rowPath);
    if (!again)
        return;
    const Row &r = **again;
    const ItemId rosterItem = interview().form().scopes[size_t(r.scope)].roster;
    if (m_pages->hasPagedRows(rosterItem)) {
        openRow(r);
        return;
    }
    const Instance first = interview().firstInRow(r);
    if (first.valid() && m_view->question(first))
        focusStop(m_view->question(first));
}

void InterviewScreen::removeRow(const Row &row)
{
    commitPending();
    if (Status s = m_session->removeRow(row); !s) {
        storeFailed(s.error());
        return;
    }
    m_current = nullptr;
    rebuild(std::string());
}

void InterviewScreen::openRow(const Row &row)
{
    const ItemId roster = interview().form().scopes[size_t(row.scope)].roster;
    const int page = m_pages->find(Page::Kind::Row, {&row, roster});
    if (page >= 0)
        openPage(page);
}

// --- keyboard -------------------------------------------------------------------------------

int InterviewScreen::rowPageOf(int page) const
{
    for (int p = page; p >= 0; p = m_pages->page(p).parent)
        if (m_pages->page(p).kind == Page::Kind::Row)
            return p;
    return -1;
}

void InterviewScreen::moveNext(QuestionWidget *from)
{
    if (!m_view)
        return;
    const Instance target = interview().next(from->instance());
    if (QWidget *stop = m_view->nextStop(from, target)) {
        if (m_view->rosterOfAddButton(stop))
            m_afterAdd = target;
        focusStop(stop);
        return;
    }
    leavingRosterRow(m_view->page(), target);
}

// Past the last question of a page. Leaving the last row of a roster whose rows are pages
// (the last household member) first offers to add another row; otherwise the target's page
// opens. After the last question of the interview, the Complete review opens.
void InterviewScreen::leavingRosterRow(int fromPage, const Instance &target)
{
    const int rowPage = rowPageOf(fromPage);
    if (rowPage >= 0) {
        const Page &rp = m_pages->page(rowPage);
        const int targetPage = target.valid() ? m_pages->pageOf(target) : -1;
        const int targetRow = targetPage >= 0 ? rowPageOf(targetPage) : -1;
        const bool sameRoster =
            targetRow >= 0 && m_pages->page(targetRow).container.item == rp.container.item &&
            m_pages->page(targetRow).container.row->parent == rp.container.row->parent;
        const Item &roster = interview().form().item(rp.container.item);
        if (!sameRoster && roster.rosterKind == RosterKind::Grown && !readOnly() &&
            rp.parent >= 0) {
            showView(rp.parent);
            const Instance rosterAt{rp.container.row->parent, rp.container.item};
            for (QPushButton *b : m_view->findChildren<QPushButton *>(QStringLiteral("addRow"))) {
                auto *w = qobject_cast<RosterWidget *>(b->parentWidget());
                if (w && w->instance() == rosterAt && b->isEnabled()) {
                    m_afterAdd = target;
                    focusStop(b);
                    return;
                }
            }
        }
    }
    // A roster on a page on the way that can take a row (the household members, before the
    // first one is added): its add button comes first.
    const int targetPage = target.valid() ? m_pages->pageOf(target) : m_pages->count();
    for (int p = fromPage + 1; !readOnly() && p < targetPage; ++p) {
        if (!m_pages->isRelevant(p))
            continue;
        bool canAdd = false;
        m_pages->forEachOnPage(p, [&](const Instance &at) {
            const Item &item = interview().form().item(at.item);
            if (item.kind == ItemKind::Roster && item.rosterKind == RosterKind::Grown &&
                interview().isRelevant(at) &&
                (item.maxRows == 0 || int(interview().rows(at).size()) < item.maxRows))
                canAdd = true;
        });
        if (!canAdd)
            continue;
        showView(p);
        if (QPushButton *add = m_view->firstAddButton()) {
            m_afterAdd = target;
            focusStop(add);
            return;
        }
    }
    if (target.valid()) {
        openPage(m_pages->pageOf(target), target);
        return;
    }
    if (!readOnly())
        QTimer::singleShot(0, this, &InterviewScreen::reviewAndComplete);
}

void InterviewScreen::movePrevious(QuestionWidget *from)
{
    const Instance target = interview().previous(from->instance());
    if (!target.valid())
        return;
    const int page = m_pages->pageOf(target);
    if (m_view && m_view->page() == page && m_view->question(target))
        focusStop(m_view->question(target));
    else
        openPage(page, target);
}

void InterviewScreen::questionFocused(QuestionWidget *question)
{
    if (m_current == question)
        return;
    if (m_current)
        m_current->setCurrent(false);
    m_current = question;
    question->setCurrent(true);
    // Where the enumerator is: a killed app opens here again.
    if (!readOnly())
        if (Status s = m_session->setPosition(question->instance()); !s)
            qCWarning(lcApp) << "the position could not be saved:" << qs(s.error());
}

bool InterviewScreen::eventFilter(QObject *watched, QEvent *event)
{
    auto *button = qobject_cast<QPushButton *>(watched);
    if (button && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            button->click();
            return true;
        case Qt::Key_Tab: {
            const Instance target = m_afterAdd;
            m_afterAdd = {};
            if (target.valid())
                goTo(target);
            else if (!readOnly())
                reviewAndComplete();
            return true;
        }
        case Qt::Key_Backtab:
            if (m_current)
                m_current->focusEditor();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// --- language and completion ----------------------------------------------------------------

void InterviewScreen::setQuestionnaireLanguage(int language)
{
    if (m_options.review) {
        // What is shown only: the interview's stored language is the enumerator's.
        if (language < 0 || size_t(language) >= interview().form().languages.size())
            return;
        m_session->interview().setLanguage(language);
        m_language->setCurrentIndex(language);
        afterChange();
        return;
    }
    commitPending();
    if (Status s = m_session->setLanguage(language); !s) {
        storeFailed(s.error());
        return;
    }
    m_language->setCurrentIndex(interview().language());
    afterChange();
}

void InterviewScreen::reviewAndComplete()
{
    commitPending();
    CompleteDialog dialog(interview(), readOnly(), this);
    const int result = dialog.exec();
    window()->activateWindow();
    if (result == CompleteDialog::GoTo) {
        goTo(dialog.chosen());
        return;
    }
    if (result != CompleteDialog::Complete)
        return;
    if (Status s = m_session->complete(); !s) {
        QMessageBox::warning(this, tr("Not completed"), qs(s.error()));
        return;
    }
    m_view->setReadOnly(true);
    updateHeader();
    emit completed();
}

} // namespace enumera::app
