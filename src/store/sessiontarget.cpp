// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontarget.h"

namespace enumera {

namespace {
Status outcome(const Result<SetResult> &r)
{
    if (!r)
        return Error{r.error()};
    if (!r->stored())
        return Error{r->message};
    return {};
}
} // namespace

Status SessionTarget::answer(const Instance &question, const Value &value)
{
    return outcome(m_session.setAnswer(question, value));
}

Status SessionTarget::toggle(const Instance &question, int code, bool selected)
{
    return outcome(m_session.toggleOption(question, code, selected));
}

Status SessionTarget::addRow(const Instance &roster)
{
    Result<const Row *> r = m_session.addRow(roster);
    return r ? Status() : Status(Error{r.error()});
}

Status SessionTarget::removeRow(const Row &row)
{
    return m_session.removeRow(row);
}

Status SessionTarget::confirm(const Instance &question, const std::string &reason)
{
    return m_session.confirmWarnings(question, reason);
}

Status SessionTarget::language(int language)
{
    return m_session.setLanguage(language);
}

Status SessionTarget::complete()
{
    return m_session.complete();
}

} // namespace enumera
