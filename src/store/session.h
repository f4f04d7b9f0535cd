// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interview/interview.h"
#include "store.h"

#include <memory>
#include <string>

namespace enumera {

// An interview open for work: the engine's state and its stored copy, kept equal.
//
// Every change is checked and applied by the engine, then committed to the store as one
// durable transaction with its event, before the call returns. If the commit fails (a full
// disk, a read-only folder), the interview is read back from the store, as it was before the
// change, and the error says why; the caller's Instance and Row pointers are then stale.
class InterviewSession
{
public:
    static Result<std::unique_ptr<InterviewSession>> create(Store &store,
                                                            std::shared_ptr<const Form> form,
                                                            const std::string &household,
                                                            const std::string &user);
    static Result<std::unique_ptr<InterviewSession>> open(Store &store, const std::string &id,
                                                          const std::string &user);

    Interview &interview() { return *m_interview; }
    const Interview &interview() const { return *m_interview; }
    const InterviewRecord &record() const { return m_record; }
    const std::string &id() const { return m_record.id; }
    Store &store() { return m_store; }

    // Completed and approved interviews cannot be changed by the enumerator (until rejected).
    bool readOnly() const;

    // The refusals of the engine (not an option, wrong type, ...) come back as a SetResult;
    // an Error means that nothing could be saved.
    Result<SetResult> setAnswer(const Instance &question, const Value &value);
    Result<SetResult> clearAnswer(const Instance &question);
    Result<SetResult> toggleOption(const Instance &question, int code, bool selected);
    Result<const Row *> addRow(const Instance &roster);
    Status removeRow(const Row &row);
    Status confirmWarnings(const Instance &question, const std::string &reason);
    Status setLanguage(int language);
    // Where the enumerator is; entering another section is an event.
    Status setPosition(const Instance &question);
    Status complete();

    // For scripts: the line the next change belongs to, committed with it.
    void setScriptLine(int line) { m_scriptLine = line; }
    Status commitScriptLine();

private:
    InterviewSession(Store &store, std::string user);
    Status restore(const InterviewContent &content);
    Status reload();
    Status editable() const;
    Store::Progress progress() const;
    Status failed(const Status &write);

    Store &m_store;
    std::string m_user;
    InterviewRecord m_record;
    std::unique_ptr<Interview> m_interview;
    std::string m_section; // the section of the last position
    int m_scriptLine = 0;
};

// The section (or roster row) an instance belongs to, as a path: where "section entered"
// events point.
std::string sectionPathOf(const Interview &interview, const Instance &instance);

} // namespace enumera
