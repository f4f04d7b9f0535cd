// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiler.h"

#include <QCoreApplication>

namespace enumera {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Expression)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

ExpressionCompiler::ExpressionCompiler(Form &form, Diagnostics &diagnostics,
                                       const std::unordered_map<std::string, Value> &constants,
                                       EnsureTyped ensureTyped)
    : m_form(form)
    , m_diagnostics(diagnostics)
    , m_constants(constants)
    , m_ensureTyped(std::move(ensureTyped))
{}

std::string ExpressionCompiler::typeName(Type type)
{
    switch (type) {
    case Type::Bool:
        return Tr::tr("a condition").toStdString();
    case Type::Number:
        return Tr::tr("a number").toStdString();
    case Type::Text:
        return Tr::tr("a text").toStdString();
    case Type::Codes:
        return Tr::tr("a multiple-choice answer").toStdString();
    case Type::Date:
        return Tr::tr("a date").toStdString();
    }
    return {};
}

void ExpressionCompiler::error(int column, const std::string &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_diagnostics.error(m_place->file, m_place->pointer, message, m_place->columnOffset + column);
}

std::optional<ExpressionCompiler::Typed> ExpressionCompiler::fail(int column,
                                                                  const std::string &message)
{
    error(column, message);
    return std::nullopt;
}

ExprId ExpressionCompiler::compile(std::string_view source, ScopeId scope,
                                   std::optional<Type> expected, const Place &place)
{
    m_place = &place;
    m_failed = false;
    ParseResult parsed = parseExpression(source);
    if (auto *syntaxError = std::get_if<SyntaxError>(&parsed)) {
        error(syntaxError->column, Tr::tr("syntax error in %1: %2")
                                       .arg(q(place.what), q(syntaxError->message))
                                       .toStdString());
        return NoExpr;
    }
    const Syntax &root = *std::get<std::unique_ptr<Syntax>>(parsed);
    std::optional<Typed> typed = visit(root, scope);
    if (!typed)
        return NoExpr;
    if (expected && typed->type != *expected) {
        error(root.column, Tr::tr("type mismatch in %1: expected %2, found %3")
                               .arg(q(place.what), q(typeName(*expected)), q(typeName(typed->type)))
                               .toStdString());
        return NoExpr;
    }
    return typed->id;
}

ExprId ExpressionCompiler::push(Op op, Type type, std::initializer_list<ExprId> args)
{
    ExprNode node;
    node.op = op;
    node.type = type;
    node.firstArg = int32_t(m_form.expressions.args.size());
    node.argCount = uint8_t(args.size());
    for (ExprId a : args)
        m_form.expressions.args.push_back(a);
    m_form.expressions.nodes.push_back(node);
    return ExprId(m_form.expressions.nodes.size() - 1);
}

ExprId ExpressionCompiler::pushConstant(Value value, Type type)
{
    ExprId id = push(Op::Constant, type, {});
    m_form.expressions.nodes[size_t(id)].constant = int32_t(m_form.expressions.constants.size());
    m_form.expressions.constants.push_back(std::move(value));
    return id;
}

ExprId ExpressionCompiler::makeNot(ExprId operand)
{
    return push(Op::Not, Type::Bool, {operand});
}

ExprId ExpressionCompiler::makeAnd(ExprId left, ExprId right)
{
    return push(Op::And, Type::Bool, {left, right});
}

Type ExpressionCompiler::typeOf(const Item &question) const
{
    switch (question.type) {
    case QuestionType::Multiple:
        return Type::Codes;
    case QuestionType::Text:
        return Type::Text;
    case QuestionType::Date:
        return Type::Date;
    case QuestionType::Calculated:
        return question.valueType;
    default:
        return Type::Number;
    }
}

bool ExpressionCompiler::isAncestorOrSelf(ScopeId ancestor, ScopeId scope) const
{
    for (ScopeId s = scope; s >= 0; s = m_form.scopes[size_t(s)].parent)
        if (s == ancestor)
            return true;
    return false;
}

std::optional<ExpressionCompiler::Typed> ExpressionCompiler::visit(const Syntax &node,
                                                                   ScopeId scope)
{
    switch (node.kind) {
    case Syntax::Kind::Number:
        return Typed{pushConstant(Value::number(node.number), Type::Number), Type::Number, NoItem,
                     true};
    case Syntax::Kind::String:
        return Typed{pushConstant(Value::text(node.text), Type::Text), Type::Text, NoItem, true};
    case Syntax::Kind::Bool:
        return Typed{pushConstant(Value::boolean(node.boolean), Type::Bool), Type::Bool, NoItem,
                     true};
    case Syntax::Kind::Name:
        return visitName(node, scope);
    case Syntax::Kind::List:
        return fail(node.column, Tr::tr("a list such as [1, 2] can only follow 'in' (in %1)")
                                     .arg(q(m_place->what))
                                     .toStdString());
    case Syntax::Kind::Unary:
        return visitUnary(node, scope);
    case Syntax::Kind::Binary:
        return node.text == "in" ? visitIn(node, scope) : visitBinary(node, scope);
    case Syntax::Kind::Call:
        return visitCall(node, scope);
    }
    return std::nullopt;
}

std::optional<ExpressionCompiler::Typed> ExpressionCompiler::visitName(const Syntax &node,
                                                                       ScopeId scope)
{
    if (auto c = m_constants.find(node.text); c != m_constants.end()) {
        const Value &v = c->second;
        const Type type = v.kind() == Value::Kind::Text   ? Type::Text
                          : v.kind() == Value::Kind::Bool ? Type::Bool
                                                          : Type::Number;
        return Typed{pushConstant(v, type), type, NoItem, true};
    }
    const ItemId id = m_form.find(node.text);
    if (id == NoItem)
        return fail(
            node.column,
            Tr::tr("unknown name '%1' in %2").arg(q(node.text), q(m_place->what)).toStdString());
    const Item &item = m_form.item(id);
    if (item.kind == ItemKind::Roster)
        return fail(node.column,
                    Tr::tr("'%1' is a roster, not a value (in %2); use rows(%1), count(%1, ...), "
                           "any(%1, ...), all(%1, ...) or sum(%1, ...)")
                        .arg(q(node.text), q(m_place->what))
                        .toStdString());
    if (item.kind != ItemKind::Question)
        return fail(node.column,
                    Tr::tr("'%1' is a %2 and has no value (in %3)")
                        .arg(q(node.text),
                             item.kind == ItemKind::Grid ? Tr::tr("grid") : Tr::tr("section"),
                             q(m_place->what))
                        .toStdString());
    if (item.type == QuestionType::Note)
        return fail(node.column, Tr::tr("'%1' is a note and has no value (in %2)")
                                     .arg(q(node.text), q(m_place->what))
                                     .toStdString());
    if (!isAncestorOrSelf(item.scope, scope)) {
        const Item &roster = m_form.item(m_form.scopes[size_t(item.scope)].roster);
        return fail(node.column,
                    Tr::tr("'%1' is in roster '%2' and cannot be used in %3, which is outside "
                           "it; use an aggregate such as any(%2, ...), count(%2, ...) or "
                           "sum(%2, ...)")
                        .arg(q(node.text), q(roster.name), q(m_place->what))
                        .toStdString());
    }
    if (item.type == QuestionType::Calculated && m_ensureTyped && !m_ensureTyped(id)) {
        m_failed = true; // the calculation's own error has been reported
        return std::nullopt;
    }
    const Type type = typeOf(item);
    ExprId e = push(Op::Ref, type, {});
    ExprNode &n = m_form.expressions.nodes[size_t(e)];
    n.item = id;
    n.up = int16_t(m_form.scopes[size_t(scope)].depth - m_form.scopes[size_t(item.scope)].depth);
    return Typed{e, type, id, false};
}

std::optional<ExpressionCompiler::Typed> ExpressionCompiler::visitUnary(const Syntax &node,
                                                                        ScopeId scope)
{
    auto operand = visit(*node.args[0], scope);
    if (!operand)
        return std::nullopt;
    if (node.text == "not") {
        if (operand->type != Type::Bool)
            return fail(node.args[0]->column,
                        Tr::tr("type mismatch in %1: 'not' needs a condition, found %2")
                            .arg(q(m_place->what), q(typeName(operand->type)))
                            .toStdString());
        return Typed{push(Op::Not, Type::Bool, {operand->id}), Type::Bool};
    }
    if (operand->type != Type::Number)
        return fail(node.args[0]->column,
                    Tr::tr("type mismatch in %1: '-' needs a number, found %2")
                        .arg(q(m_place->what), q(typeName(operand->type)))
                        .toStdString());
    return Typed{push(Op::Neg, Type::Number, {operand->id}), Type::Number};
}

bool ExpressionCompiler::checkCode(const Typed &question, const Syntax &literal)
{
    if (question.question == NoItem || literal.kind != Syntax::Kind::Number)
        return true;
    const Item &item = m_form.item(question.question);
    if (!item.isChoice() && item.specialCodes.empty())
        return true;
    const double v = literal.number;
    if (item.isChoice()) {
        if (v == double(int(v)) && m_form.acceptsCode(item, int(v)))
            return true;
        error(literal.column, Tr::tr("'%1' has no option or special code %2 (in %3)")
                                  .arg(q(item.name), q(literal.text), q(m_place->what))
                                  .toStdString());
        return false;
    }
    return true;
}

std::optional<ExpressionCompiler::Typed> ExpressionCompiler::visitBinary(const Syntax &node,
                                                                         ScopeId scope)
{
    auto left = visit(*node.args[0], scope);
    if (!left)
        return std::nullopt;
    auto right = visit(*node.args[1], scope);
    if (!right)
        return std::nullopt;
    const std::string &op = node.text;
    const QString what = q(m_place->what);

    if (op == "and" || op == "or") {
        for (const Typed *side : {&*left, &*right})
            if (side->type != Type::Bool)
                return fail(node.args[side == &*left ? 0 : 1]->column,
                            Tr::tr("type mismatch in %1: '%2' joins conditions, found %3")
                                .arg(what, q(op), q(typeName(side->type)))
                                .toStdString());
        return Typed{push(op == "and" ? Op::And : Op::Or, Type::Bool, {left->id, right->id}),
                     Type::Bool};
    }

    if (op == "+" || op == "-" || op == "*" || op == "/" || op == "%") {
        for (const Typed *side : {&*left, &*right})
            if (side->type != Type::Number)
                return fail(node.args[side == &*left ? 0 : 1]->column,
                            Tr::tr("type mismatch in %1: '%2' needs numbers, found %3")
                                .arg(what, q(op), q(typeName(side->type)))
                                .toStdString());
        const Op o = op == "+"   ? Op::Add
                     : op == "-" ? Op::Sub
                     : op == "*" ? Op::Mul
                     : op == "/" ? Op::Div
                                 : Op::Mod;
        return Typed{push(o, Type::Number, {left->id, right->id}), Type::Number};
    }

    // Comparisons.
    for (const Typed *side : {&*left, &*right}) {
        if (side->type == Type::Codes) {
            const std::string name =
                side->question != NoItem ? m_form.item(side->question).name : std::string("...");
            return fail(node.args[side == &*left ? 0 : 1]->column,
                        Tr::tr("type mismatch in %1: '%2' is a multiple-choice answer and cannot "
                               "be compared with '%3'; use selected(%2, code)")
                            .arg(what, q(name), q(op))
                            .toStdString());
        }
    }
    if (left->type != right->type)
        return fail(node.column,
                    Tr::tr("type mismatch in %1: '%2' compares %3 with %4")
                        .arg(what, q(op), q(typeName(left->type)), q(typeName(right->type)))
                        .toStdString());
    const bool ordering = op != "==" && op != "!=";
    if (ordering && left->type != Type::Number && left->type != Type::Date)
        return fail(node.column, Tr::tr("type mismatch in %1: '%2' orders numbers or dates, not "
                                        "%3")
                                     .arg(what, q(op), q(typeName(left->type)))
                                     .toStdString());
    if (!ordering) {
        if (!checkCode(*left, *node.args[1]) || !checkCode(*right, *node.args[0]))
            return std::nullopt;
    }
    const Op o = op == "=="   ? Op::Eq
                 : op == "!=" ? Op::Ne
                 : op == "<"  ? Op::Lt
                 : op == "<=" ? Op::Le
                 : op == ">"  ? Op::Gt
                              : Op::Ge;
    return Typed{push(o, Type::Bool, {left->id, right->id}), Type::Bool};
}

std::optional<ExpressionCompiler::Typed> ExpressionCompiler::visitIn(const Syntax &node,
                                                                     ScopeId scope)
{
    auto left = visit(*node.args[0], scope);
    if (!left)
        return std::nullopt;
    if (left->type != Type::Number && left->type != Type::Text)
        return fail(node.args[0]->column,
                    Tr::tr("type mismatch in %1: 'in' needs a number or a text on its left, "
                           "found %2")
                        .arg(q(m_place->what), q(typeName(left->type)))
                        .toStdString());
    const Syntax &list = *node.args[1];
    if (list.args.empty())
        return fail(
            list.column,
            Tr::tr("the list after 'in' is empty (in %1)").arg(q(m_place->what)).toStdString());
    ExprNode in;
    in.op = Op::In;
    in.type = Type::Bool;
    std::vector<ExprId> args{left->id};
    for (const auto &element : list.args) {
        const bool isNumber = element->kind == Syntax::Kind::Number;
        const bool isText = element->kind == Syntax::Kind::String;
        if ((!isNumber && !isText) || (isNumber != (left->type == Type::Number)))
            return fail(element->column,
                        Tr::tr("type mismatch in %1: the list after 'in' must hold %2 written "
                               "as such")
                            .arg(q(m_place->what), q(typeName(left->type)))
                            .toStdString());
        if (!checkCode(*left, *element))
            return std::nullopt;
        args.push_back(isNumber ? pushConstant(Value::number(element->number), Type::Number)
                                : pushConstant(Value::text(element->text), Type::Text));
    }
    in.firstArg = int32_t(m_form.expressions.args.size());
    in.argCount = uint8_t(std::min<size_t>(args.size(), 255));
    if (args.size() > 255)
        return fail(list.column, Tr::tr("the list after 'in' has more than 254 values (in %1)")
                                     .arg(q(m_place->what))
                                     .toStdString());
    m_form.expressions.args.insert(m_form.expressions.args.end(), args.begin(), args.end());
    m_form.expressions.nodes.push_back(in);
    return Typed{ExprId(m_form.expressions.nodes.size() - 1), Type::Bool};
}

std::optional<ExpressionCompiler::Typed> ExpressionCompiler::visitRosterCall(const Syntax &node,
                                                                             Op op, ScopeId scope)
{
    const QString what = q(m_place->what);
    const size_t wanted = op == Op::Rows ? 1 : 2;
    if (node.args.size() != wanted)
        return fail(node.column,
                    (wanted == 1 ? Tr::tr("%1() takes one argument, a roster (in %2)")
                                 : Tr::tr("%1() takes two arguments, a roster and an expression "
                                          "(in %2)"))
                        .arg(q(node.text), what)
                        .toStdString());
    const Syntax &first = *node.args[0];
    const ItemId rosterId = first.kind == Syntax::Kind::Name ? m_form.find(first.text) : NoItem;
    if (rosterId == NoItem || m_form.item(rosterId).kind != ItemKind::Roster) {
        if (first.kind == Syntax::Kind::Name && rosterId == NoItem &&
            !m_constants.count(first.text))
            return fail(first.column,
                        Tr::tr("unknown name '%1' in %2").arg(q(first.text), what).toStdString());
        return fail(first.column, Tr::tr("the first argument of %1() must be a roster (in %2)")
                                      .arg(q(node.text), what)
                                      .toStdString());
    }
    const Item &roster = m_form.item(rosterId);
    if (!isAncestorOrSelf(roster.scope, scope)) {
        const Item &outer = m_form.item(m_form.scopes[size_t(roster.scope)].roster);
        return fail(first.column,
                    Tr::tr("roster '%1' is inside roster '%2' and cannot be used in %3, which is "
                           "outside it")
                        .arg(q(roster.name), q(outer.name), what)
                        .toStdString());
    }
    ExprId inner = NoExpr;
    Type resultType = op == Op::Any || op == Op::All ? Type::Bool : Type::Number;
    if (op != Op::Rows) {
        auto body = visit(*node.args[1], roster.rowScope);
        if (!body)
            return std::nullopt;
        const Type needed = op == Op::Sum ? Type::Number : Type::Bool;
        if (body->type != needed)
            return fail(node.args[1]->column,
                        Tr::tr("type mismatch in %1: the second argument "
                               "of %2() must be %3, found %4")
                            .arg(what, q(node.text), q(typeName(needed)), q(typeName(body->type)))
                            .toStdString());
        inner = body->id;
    }
    ExprId e = op == Op::Rows ? push(op, resultType, {}) : push(op, resultType, {inner});
    ExprNode &n = m_form.expressions.nodes[size_t(e)];
    n.item = rosterId;
    n.up = int16_t(m_form.scopes[size_t(scope)].depth - m_form.scopes[size_t(roster.scope)].depth);
    return Typed{e, resultType};
}

std::optional<ExpressionCompiler::Typed> ExpressionCompiler::visitCall(const Syntax &node,
                                                                       ScopeId scope)
{
    const std::string &f = node.text;
    const QString what = q(m_place->what);
    if (f == "rows")
        return visitRosterCall(node, Op::Rows, scope);
    if (f == "count")
        return visitRosterCall(node, Op::Count, scope);
    if (f == "any")
        return visitRosterCall(node, Op::Any, scope);
    if (f == "all")
        return visitRosterCall(node, Op::All, scope);
    if (f == "sum")
        return visitRosterCall(node, Op::Sum, scope);

    auto arity = [&](size_t n) {
        if (node.args.size() == n)
            return true;
        error(node.column, Tr::tr("%1() takes %n argument(s), found %2 (in %3)", nullptr, int(n))
                               .arg(q(f))
                               .arg(node.args.size())
                               .arg(what)
                               .toStdString());
        return false;
    };

    if (f == "row") {
        if (!arity(0))
            return std::nullopt;
        if (scope == RootScope)
            return fail(
                node.column,
                Tr::tr("row() is only meaningful inside a roster (in %1)").arg(what).toStdString());
        return Typed{push(Op::RowNumber, Type::Number, {}), Type::Number};
    }
    if (f == "answered") {
        if (!arity(1))
            return std::nullopt;
        auto a = visit(*node.args[0], scope);
        if (!a)
            return std::nullopt;
        return Typed{push(Op::Answered, Type::Bool, {a->id}), Type::Bool};
    }
    if (f == "selected" || f == "count_selected") {
        if (!arity(f == "selected" ? 2 : 1))
            return std::nullopt;
        auto a = visit(*node.args[0], scope);
        if (!a)
            return std::nullopt;
        const bool choice = a->question != NoItem && m_form.item(a->question).isChoice();
        if (!choice || (f == "count_selected" && a->type != Type::Codes))
            return fail(node.args[0]->column,
                        (f == "selected"
                             ? Tr::tr("the first argument of selected() must be a choice question "
                                      "(in %1)")
                             : Tr::tr("the argument of count_selected() must be a multiple-choice "
                                      "question (in %1)"))
                            .arg(what)
                            .toStdString());
        if (f == "count_selected")
            return Typed{push(Op::CountSelected, Type::Number, {a->id}), Type::Number};
        const Syntax &code = *node.args[1];
        if (code.kind != Syntax::Kind::Number || code.number != double(int(code.number)))
            return fail(code.column, Tr::tr("the second argument of selected() must be an option "
                                            "code written as a number (in %1)")
                                         .arg(what)
                                         .toStdString());
        if (!checkCode(*a, code))
            return std::nullopt;
        ExprId c = pushConstant(Value::number(code.number), Type::Number);
        return Typed{push(Op::Selected, Type::Bool, {a->id, c}), Type::Bool};
    }
    if (f == "if") {
        if (!arity(3))
            return std::nullopt;
        auto c = visit(*node.args[0], scope);
        if (!c)
            return std::nullopt;
        if (c->type != Type::Bool)
            return fail(node.args[0]->column,
                        Tr::tr("type mismatch in %1: the first argument of if() must be a "
                               "condition, found %2")
                            .arg(what, q(typeName(c->type)))
                            .toStdString());
        auto a = visit(*node.args[1], scope);
        if (!a)
            return std::nullopt;
        auto b = visit(*node.args[2], scope);
        if (!b)
            return std::nullopt;
        if (a->type != b->type)
            return fail(node.args[2]->column,
                        Tr::tr("type mismatch in %1: the two values of if() are %2 and %3")
                            .arg(what, q(typeName(a->type)), q(typeName(b->type)))
                            .toStdString());
        return Typed{push(Op::If, a->type, {c->id, a->id, b->id}), a->type};
    }
    if (f == "coalesce" || f == "min" || f == "max") {
        if (!arity(2))
            return std::nullopt;
        auto a = visit(*node.args[0], scope);
        if (!a)
            return std::nullopt;
        auto b = visit(*node.args[1], scope);
        if (!b)
            return std::nullopt;
        if (a->type != b->type)
            return fail(node.args[1]->column,
                        Tr::tr("type mismatch in %1: the two arguments of %2() are %3 and %4")
                            .arg(what, q(f), q(typeName(a->type)), q(typeName(b->type)))
                            .toStdString());
        if (f != "coalesce" && a->type != Type::Number && a->type != Type::Date)
            return fail(node.args[0]->column,
                        Tr::tr("type mismatch in %1: %2() needs numbers or dates, found %3")
                            .arg(what, q(f), q(typeName(a->type)))
                            .toStdString());
        const Op op = f == "coalesce" ? Op::Coalesce : f == "min" ? Op::Min : Op::Max;
        return Typed{push(op, a->type, {a->id, b->id}), a->type};
    }
    if (f == "date") {
        if (!arity(1))
            return std::nullopt;
        const Syntax &text = *node.args[0];
        Date d;
        if (text.kind != Syntax::Kind::String || !Date::parse(text.text, d))
            return fail(text.column, Tr::tr("date() takes a date written as 'YYYY-MM-DD' (in %1)")
                                         .arg(what)
                                         .toStdString());
        return Typed{pushConstant(Value::date(d), Type::Date), Type::Date, NoItem, true};
    }
    return fail(node.column, Tr::tr("unknown function '%1' in %2").arg(q(f), what).toStdString());
}

} // namespace enumera
