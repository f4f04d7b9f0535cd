// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/script.h"
#include "session.h"

namespace enumera {

// Script steps applied to a stored interview: each one committed before the next. A refusal of
// the engine or a failure to save is the step's error.
class SessionTarget final : public StepTarget
{
public:
    explicit SessionTarget(InterviewSession &session)
        : m_session(session)
    {}

    const Interview &interview() const override { return m_session.interview(); }
    Status answer(const Instance &question, const Value &value) override;
    Status toggle(const Instance &question, int code, bool selected) override;
    Status addRow(const Instance &roster) override;
    Status removeRow(const Row &row) override;
    Status confirm(const Instance &question, const std::string &reason) override;
    Status language(int language) override;
    Status complete() override;

private:
    InterviewSession &m_session;
};

} // namespace enumera
