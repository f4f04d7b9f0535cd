// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include <QCoreApplication>

#include <algorithm>

namespace enumera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InterviewSession)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// "members[2].trainings[1]" -> the numbers in order, for sorting rows parents first.
std::vector<int> rowNumbers(const std::string &path)
{
    std::vector<int> out;
    for (size_t i = 0; i < path.size(); ++i) {
        if (path[i] != '[')
            continue;
        int n = 0;
        while (++i < path.size() && path[i] >= '0' && path[i] <= '9')
            n = n * 10 + (path[i] - '0');
        out.push_back(n);
    }
    return out;
}

} // namespace

std::string sectionPathOf(const Interview &interview, const Instance &instance)
{
    const Form &form = interview.form();
    for (ItemId id = form.item(instance.item).parent; id != NoItem; id = form.item(id).parent) {
        const Item &item = form.item(id);
        if (item.kind == ItemKind::Section)
            return interview.pathOf(Instance{instance.row, id});
        if (item.kind == ItemKind::Roster)
            return interview.pathOf(*instance.row);
    }
    return {};
}

InterviewSession::InterviewSession(Store &store, std::string user)
    : m_store(store)
    , m_user(std::move(user))
{}

Result<std::unique_ptr<InterviewSession>> InterviewSession::create(Store &store,
                                                                   std::shared_ptr<const Form> form,
                                                                   const std::string &household,
                                                                   const std::string &user)
{
    Result<std::string> hash = store.saveForm(*form);
    if (!hash)
        return Error{hash.error()};
    Result<InterviewRecord> record = store.createInterview(*hash, *form, household, user);
    if (!record)
        return Error{record.error()};
    std::unique_ptr<InterviewSession> session(new InterviewSession(store, user));
    session->m_record = std::move(*record);
    session->m_interview = std::make_unique<Interview>(std::move(form));
    return session;
}

Result<std::unique_ptr<InterviewSession>>
InterviewSession::open(Store &store, const std::string &id, const std::string &user)
{
    Result<InterviewContent> content = store.content(id);
    if (!content)
        return Error{content.error()};
    std::unique_ptr<InterviewSession> session(new InterviewSession(store, user));
    if (Status s = session->restore(*content); !s)
        return Error{s.error()};
    return session;
}

Status InterviewSession::restore(const InterviewContent &content)
{
    Result<std::shared_ptr<const Form>> form = m_store.loadForm(content.record.formHash);
    if (!form)
        return Error{form.error()};
    auto interview = std::make_unique<Interview>(*form);
    auto damaged = [&](const std::string &path, const std::string &why) {
        return Error{Tr::tr("interview %1 in %2 cannot be restored: %3 (%4)")
                         .arg(q(content.record.id), q(m_store.path()), q(path), q(why))
                         .toStdString()};
    };
    // The rows to make: those stored (a grown roster's rows exist even when empty), and every
    // row an answer is in (a sized or fixed roster's rows are not stored: they follow the form).
    std::vector<std::string> rows = content.rows;
    for (const StoredAnswer &a : content.answers)
        for (size_t end = a.path.find(']'); end != std::string::npos;
             end = a.path.find(']', end + 1))
            rows.push_back(a.path.substr(0, end + 1));
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    std::sort(rows.begin(), rows.end(), [](const std::string &a, const std::string &b) {
        const std::vector<int> x = rowNumbers(a), y = rowNumbers(b);
        return x.size() != y.size() ? x.size() < y.size() : x < y;
    });
    for (const std::string &path : rows) {
        const size_t bracket = path.rfind('[');
        if (bracket == std::string::npos)
            return damaged(path, "not a row");
        Result<Instance> roster = interview->resolve(path.substr(0, bracket));
        if (!roster)
            return damaged(path, roster.error());
        const std::vector<int> numbers = rowNumbers(path);
        if (Result<const Row *> r = interview->restoreRow(*roster, numbers.back()); !r)
            return damaged(path, r.error());
    }
    for (const StoredAnswer &a : content.answers) {
        Result<Instance> at = interview->resolve(a.path);
        if (!at)
            return damaged(a.path, at.error());
        if (Status s = interview->restoreAnswer(*at, a.value); !s)
            return damaged(a.path, s.error());
    }
    for (const Confirmation &c : content.confirmations) {
        Result<Instance> at = interview->resolve(c.path);
        if (!at)
            return damaged(c.path, at.error());
        interview->restoreConfirmation(*at, c.reason);
    }
    interview->finishRestore();
    const int language = interview->form().languageIndex(content.record.language);
    if (language >= 0)
        interview->setLanguage(language);
    m_record = content.record;
    m_interview = std::move(interview);
    if (!m_record.position.empty())
        if (Result<Instance> at = m_interview->resolve(m_record.position))
            m_section = sectionPathOf(*m_interview, *at);
    return {};
}

Status InterviewSession::reload()
{
    Result<InterviewContent> content = m_store.content(m_record.id);
    if (!content)
        return Error{content.error()};
    return restore(*content);
}

Status InterviewSession::failed(const Status &write)
{
    // The store is the truth: put the interview back as it is stored.
    if (Status s = reload(); !s)
        return Error{write.error() + "\n" + s.error()};
    return write;
}

bool InterviewSession::readOnly() const
{
    return m_record.status == InterviewStatus::Completed ||
           m_record.status == InterviewStatus::Approved;
}

Status InterviewSession::editable() const
{
    if (!readOnly())
        return {};
    return Error{Tr::tr("the interview is %1 and can no longer be changed; a supervisor can send "
                        "it back")
                     .arg(m_record.status == InterviewStatus::Completed ? Tr::tr("completed")
                                                                        : Tr::tr("approved"))
                     .toStdString()};
}

Store::Progress InterviewSession::progress() const
{
    Store::Progress p;
    const Interview &i = *m_interview;
    i.forEachInstance([&](const Instance &at) {
        const Item &item = i.form().item(at.item);
        if (item.isAsked() && i.isRelevant(at)) {
            if (i.answer(at).isKnown())
                ++p.answered;
            else if (item.required)
                ++p.unanswered;
        }
        return true;
    });
    return p;
}

Result<SetResult> InterviewSession::setAnswer(const Instance &question, const Value &value)
{
    if (Status s = editable(); !s)
        return Error{s.error()};
    Value stored;
    SetResult checked = m_interview->check(question, value, stored);
    if (!checked.stored())
        return checked;
    const Value old = m_interview->answer(question);
    if (old == stored) {
        if (Status s = commitScriptLine(); !s)
            return Error{s.error()};
        return SetResult{m_interview->state(question).outcome, {}};
    }
    const std::string path = m_interview->pathOf(question);
    const SetResult result = m_interview->setAnswer(question, stored);
    const int line = std::exchange(m_scriptLine, 0);
    if (Status s = m_store.writeAnswer(m_record.id, m_user, path, old, stored, progress(), line);
        !s)
        return Error{failed(s).error()};
    return result;
}

Result<SetResult> InterviewSession::clearAnswer(const Instance &question)
{
    return setAnswer(question, Value());
}

Result<SetResult> InterviewSession::toggleOption(const Instance &question, int code, bool selected)
{
    Value whole;
    SetResult checked = m_interview->toggled(question, code, selected, whole);
    if (!checked.stored())
        return checked;
    return setAnswer(question, whole);
}

Result<const Row *> InterviewSession::addRow(const Instance &roster)
{
    if (Status s = editable(); !s)
        return Error{s.error()};
    Result<const Row *> row = m_interview->addRow(roster);
    if (!row)
        return row;
    const int line = std::exchange(m_scriptLine, 0);
    if (Status s = m_store.writeRowAdded(m_record.id, m_user, m_interview->pathOf(**row),
                                         progress(), line);
        !s)
        return Error{failed(s).error()};
    return row;
}

Status InterviewSession::removeRow(const Row &row)
{
    if (Status s = editable(); !s)
        return s;
    if (!row.parent)
        return Error{Tr::tr("the top of the interview is not a row").toStdString()};
    const std::string rowPath = m_interview->pathOf(row);
    const std::string rosterPath = rowPath.substr(0, rowPath.rfind('['));
    const int number = row.number();
    if (Status s = m_interview->removeRow(row); !s)
        return s;
    const int line = std::exchange(m_scriptLine, 0);
    if (Status s =
            m_store.writeRowRemoved(m_record.id, m_user, rosterPath, number, progress(), line);
        !s)
        return failed(s);
    return {};
}

Status InterviewSession::confirmWarnings(const Instance &question, const std::string &reason)
{
    if (Status s = editable(); !s)
        return s;
    if (Status s = m_interview->confirmWarnings(question, reason); !s)
        return s;
    const int line = std::exchange(m_scriptLine, 0);
    if (Status s = m_store.writeConfirmation(m_record.id, m_user, m_interview->pathOf(question),
                                             reason, line);
        !s)
        return failed(s);
    return {};
}

Status InterviewSession::setLanguage(int language)
{
    const Form &form = m_interview->form();
    if (language < 0 || size_t(language) >= form.languages.size())
        return Error{Tr::tr("the form has no such language").toStdString()};
    const std::string from = form.languages[size_t(m_interview->language())];
    const std::string to = form.languages[size_t(language)];
    m_interview->setLanguage(language);
    const int line = std::exchange(m_scriptLine, 0);
    if (from == to && line == 0)
        return {};
    if (Status s = m_store.writeLanguage(m_record.id, m_user, from, to, line); !s)
        return failed(s);
    m_record.language = to;
    return {};
}

Status InterviewSession::setPosition(const Instance &question)
{
    const std::string path = m_interview->pathOf(question);
    if (path == m_record.position)
        return {};
    const std::string section = sectionPathOf(*m_interview, question);
    const bool entered = section != m_section;
    if (Status s = m_store.writePosition(m_record.id, m_user, path, entered ? section : ""); !s)
        return s; // the position is a convenience: a failure to save it loses no answer
    m_record.position = path;
    m_section = section;
    return {};
}

Status InterviewSession::complete()
{
    if (Status s = editable(); !s)
        return s;
    if (const std::string refusal = m_interview->completeness().refusal(); !refusal.empty())
        return Error{refusal};
    const int line = std::exchange(m_scriptLine, 0);
    if (Status s = m_store.setStatus(m_record.id, m_user, InterviewStatus::Completed, {}, line); !s)
        return s;
    Result<InterviewRecord> r = m_store.record(m_record.id);
    if (r)
        m_record = std::move(*r);
    return {};
}

Status InterviewSession::commitScriptLine()
{
    const int line = std::exchange(m_scriptLine, 0);
    if (line == 0)
        return {};
    return m_store.writeScriptLine(m_record.id, line);
}

} // namespace enumera
