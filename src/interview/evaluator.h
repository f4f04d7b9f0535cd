// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/form.h"
#include "row.h"

namespace enumera {

// Evaluates compiled expressions in a row, with the language's rules for unknown values:
// a question that is unanswered or not relevant is unknown; unknown in, unknown out, except
// for and/or (which a known side can decide), answered(), and the roster functions, which
// look only at the relevant rows.
class Evaluator
{
public:
    explicit Evaluator(const Form &form)
        : m_form(form)
        , m_ex(form.expressions)
    {}

    Value evaluate(ExprId e, const Row *context) const;
    // A condition holds only when it is known to be true.
    bool holds(ExprId e, const Row *context) const { return evaluate(e, context).isTrue(); }

    // The effective value of a question in a row: its answer when relevant, otherwise unknown.
    const Value &effective(ItemId question, const Row *row) const;

private:
    const Value &operand(ExprId e, const Row *context, Value &scratch) const;
    const Row *ancestor(const Row *row, int up) const;
    const std::vector<std::unique_ptr<Row>> &rosterRows(const ExprNode &n,
                                                        const Row *context) const;
    Value compare(Op op, const Value &a, const Value &b) const;

    const Form &m_form;
    const Expressions &m_ex;
};

} // namespace enumera
