// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluator.h"

#include <algorithm>
#include <cmath>

namespace enumera {

namespace {
const Value unknown;

// Kleene's three-valued logic, with unknown as the third value.
enum class Truth { False, True, Unknown };
Truth truth(const Value &v)
{
    if (v.kind() != Value::Kind::Bool)
        return Truth::Unknown;
    return v.asBool() ? Truth::True : Truth::False;
}
} // namespace

const Row *Evaluator::ancestor(const Row *row, int up) const
{
    for (int i = 0; i < up; ++i)
        row = row->parent;
    return row;
}

const Value &Evaluator::effective(ItemId question, const Row *row) const
{
    const Cell &cell = row->cells[size_t(m_form.item(question).slot)];
    return cell.relevant ? cell.value : unknown;
}

const std::vector<std::unique_ptr<Row>> &Evaluator::rosterRows(const ExprNode &n,
                                                               const Row *context) const
{
    const Row *owner = ancestor(context, n.up);
    return owner->rosters[size_t(m_form.item(n.item).rosterSlot)];
}

const Value &Evaluator::operand(ExprId e, const Row *context, Value &scratch) const
{
    const ExprNode &n = m_ex.node(e);
    if (n.op == Op::Ref)
        return effective(n.item, ancestor(context, n.up));
    if (n.op == Op::Constant)
        return m_ex.constants[size_t(n.constant)];
    scratch = evaluate(e, context);
    return scratch;
}

// Equality knows special codes: a special code equals its own code, and is known to differ
// from every other number. Ordering treats a special code as unknown.
Value Evaluator::compare(Op op, const Value &a, const Value &b) const
{
    if (a.isMissing() || b.isMissing())
        return unknown;
    const bool equality = op == Op::Eq || op == Op::Ne;
    auto number = [](const Value &v, double &out) {
        if (v.kind() == Value::Kind::Number) {
            out = v.asNumber();
            return true;
        }
        if (v.kind() == Value::Kind::Special) {
            out = v.specialCode();
            return true;
        }
        return false;
    };
    if (equality) {
        bool same = false;
        double x = 0, y = 0;
        if (number(a, x) && number(b, y)) {
            const bool aSpecial = a.kind() == Value::Kind::Special;
            const bool bSpecial = b.kind() == Value::Kind::Special;
            same = x == y && !(aSpecial && bSpecial && a.specialCode() != b.specialCode());
        } else {
            same = a == b;
        }
        return Value::boolean(op == Op::Eq ? same : !same);
    }
    if (a.kind() == Value::Kind::Special || b.kind() == Value::Kind::Special)
        return unknown;
    if (a.kind() == Value::Kind::Date && b.kind() == Value::Kind::Date) {
        const int32_t x = a.asDate().days, y = b.asDate().days;
        return Value::boolean(op == Op::Lt   ? x < y
                              : op == Op::Le ? x <= y
                              : op == Op::Gt ? x > y
                                             : x >= y);
    }
    if (a.kind() != Value::Kind::Number || b.kind() != Value::Kind::Number)
        return unknown;
    const double x = a.asNumber(), y = b.asNumber();
    return Value::boolean(op == Op::Lt   ? x < y
                          : op == Op::Le ? x <= y
                          : op == Op::Gt ? x > y
                                         : x >= y);
}

Value Evaluator::evaluate(ExprId e, const Row *context) const
{
    const ExprNode &n = m_ex.node(e);
    auto arg = [&](int i) {
        return m_ex.arg(n, i);
    };
    switch (n.op) {
    case Op::Constant:
        return m_ex.constants[size_t(n.constant)];
    case Op::Ref:
        return effective(n.item, ancestor(context, n.up));
    case Op::RowNumber:
        return Value::number(context->number());
    case Op::Neg: {
        const Value v = evaluate(arg(0), context);
        return v.kind() == Value::Kind::Number ? Value::number(-v.asNumber()) : unknown;
    }
    case Op::Not: {
        const Truth t = truth(evaluate(arg(0), context));
        return t == Truth::Unknown ? unknown : Value::boolean(t == Truth::False);
    }
    case Op::And: {
        const Truth a = truth(evaluate(arg(0), context));
        if (a == Truth::False)
            return Value::boolean(false);
        const Truth b = truth(evaluate(arg(1), context));
        if (b == Truth::False)
            return Value::boolean(false);
        return a == Truth::True && b == Truth::True ? Value::boolean(true) : unknown;
    }
    case Op::Or: {
        const Truth a = truth(evaluate(arg(0), context));
        if (a == Truth::True)
            return Value::boolean(true);
        const Truth b = truth(evaluate(arg(1), context));
        if (b == Truth::True)
            return Value::boolean(true);
        return a == Truth::False && b == Truth::False ? Value::boolean(false) : unknown;
    }
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
    case Op::Mod: {
        Value sa, sb;
        const Value &a = operand(arg(0), context, sa);
        if (a.kind() != Value::Kind::Number)
            return unknown; // unanswered, not relevant, or a special code
        const Value &b = operand(arg(1), context, sb);
        if (b.kind() != Value::Kind::Number)
            return unknown;
        const double x = a.asNumber(), y = b.asNumber();
        switch (n.op) {
        case Op::Add:
            return Value::number(x + y);
        case Op::Sub:
            return Value::number(x - y);
        case Op::Mul:
            return Value::number(x * y);
        case Op::Div:
            return y == 0 ? unknown : Value::number(x / y);
        default:
            return y == 0 ? unknown : Value::number(std::fmod(x, y));
        }
    }
    case Op::Eq:
    case Op::Ne:
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge: {
        Value sa, sb;
        const Value &a = operand(arg(0), context, sa);
        const Value &b = operand(arg(1), context, sb);
        return compare(n.op, a, b);
    }
    case Op::In: {
        Value sa;
        const Value &a = operand(arg(0), context, sa);
        if (a.isMissing())
            return unknown;
        for (int i = 1; i < n.argCount; ++i) {
            const Value &c = m_ex.constants[size_t(m_ex.node(arg(i)).constant)];
            if (compare(Op::Eq, a, c).isTrue())
                return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    case Op::Answered: {
        Value sa;
        return Value::boolean(operand(arg(0), context, sa).isKnown());
    }
    case Op::Selected: {
        Value sa;
        const Value &a = operand(arg(0), context, sa);
        const int code = int(m_ex.constants[size_t(m_ex.node(arg(1)).constant)].asNumber());
        switch (a.kind()) {
        case Value::Kind::Codes: {
            const CodeSet &codes = a.asCodes();
            return Value::boolean(std::binary_search(codes.begin(), codes.end(), code));
        }
        case Value::Kind::Number:
            return Value::boolean(a.asNumber() == code);
        case Value::Kind::Special:
            return Value::boolean(a.specialCode() == code);
        default:
            return unknown;
        }
    }
    case Op::CountSelected: {
        Value sa;
        const Value &a = operand(arg(0), context, sa);
        return a.kind() == Value::Kind::Codes ? Value::number(double(a.asCodes().size())) : unknown;
    }
    case Op::Rows: {
        int count = 0;
        for (const auto &row : rosterRows(n, context))
            count += row->relevant;
        return Value::number(count);
    }
    case Op::Count: {
        int count = 0;
        for (const auto &row : rosterRows(n, context))
            if (row->relevant && holds(arg(0), row.get()))
                ++count;
        return Value::number(count);
    }
    case Op::Any:
    case Op::All: {
        const bool any = n.op == Op::Any;
        bool sawUnknown = false;
        for (const auto &row : rosterRows(n, context)) {
            if (!row->relevant)
                continue;
            const Truth t = truth(evaluate(arg(0), row.get()));
            if (t == Truth::Unknown)
                sawUnknown = true;
            else if ((t == Truth::True) == any)
                return Value::boolean(any);
        }
        return sawUnknown ? unknown : Value::boolean(!any);
    }
    case Op::Sum: {
        double sum = 0;
        for (const auto &row : rosterRows(n, context)) {
            if (!row->relevant)
                continue;
            Value s;
            const Value &v = operand(arg(0), row.get(), s);
            if (v.kind() == Value::Kind::Number)
                sum += v.asNumber();
        }
        return Value::number(sum);
    }
    case Op::If:
        return holds(arg(0), context) ? evaluate(arg(1), context) : evaluate(arg(2), context);
    case Op::Coalesce: {
        Value a = evaluate(arg(0), context);
        return a.isKnown() ? a : evaluate(arg(1), context);
    }
    case Op::Min:
    case Op::Max: {
        const Value a = evaluate(arg(0), context);
        const Value b = evaluate(arg(1), context);
        const bool min = n.op == Op::Min;
        if (a.kind() == Value::Kind::Number && b.kind() == Value::Kind::Number)
            return Value::number(min ? std::min(a.asNumber(), b.asNumber())
                                     : std::max(a.asNumber(), b.asNumber()));
        if (a.kind() == Value::Kind::Date && b.kind() == Value::Kind::Date)
            return (a.asDate() < b.asDate()) == min ? a : b;
        return unknown;
    }
    }
    return unknown;
}

} // namespace enumera
