// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "form.h"
#include "syntax.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace enumera {

// Resolves the names of parsed expressions and checks their types, writing the typed tree
// into the form. Needs the form's items and scopes; reports to the loader's diagnostics.
class ExpressionCompiler
{
public:
    // Where an expression is written, for messages: "the relevance of 'q5'".
    struct Place
    {
        std::string file;
        std::string pointer;
        std::string what;
        int columnOffset = 0; // for substitutions: where the expression starts in the text
    };

    // Called when an expression refers to a calculated question whose type is not known yet;
    // returns false when it cannot be known (the error is reported).
    using EnsureTyped = std::function<bool(ItemId)>;

    ExpressionCompiler(Form &form, Diagnostics &diagnostics,
                       const std::unordered_map<std::string, Value> &constants,
                       EnsureTyped ensureTyped = {});

    // Parses and compiles `source` in `scope`. With `expected`, the result must have that type.
    // Returns NoExpr after reporting the error.
    ExprId compile(std::string_view source, ScopeId scope, std::optional<Type> expected,
                   const Place &place);

    ExprId makeNot(ExprId operand);
    ExprId makeAnd(ExprId left, ExprId right);

    static std::string typeName(Type type);

private:
    struct Typed
    {
        ExprId id = NoExpr;
        Type type = Type::Bool;
        ItemId question = NoItem; // a bare reference to a question
        bool literal = false;     // a number or text written as such
    };

    std::optional<Typed> visit(const Syntax &node, ScopeId scope);
    std::optional<Typed> visitName(const Syntax &node, ScopeId scope);
    std::optional<Typed> visitUnary(const Syntax &node, ScopeId scope);
    std::optional<Typed> visitBinary(const Syntax &node, ScopeId scope);
    std::optional<Typed> visitIn(const Syntax &node, ScopeId scope);
    std::optional<Typed> visitCall(const Syntax &node, ScopeId scope);
    std::optional<Typed> visitRosterCall(const Syntax &node, Op op, ScopeId scope);

    ExprId push(Op op, Type type, std::initializer_list<ExprId> args);
    ExprId pushConstant(Value value, Type type);
    Type typeOf(const Item &question) const;
    bool isAncestorOrSelf(ScopeId ancestor, ScopeId scope) const;
    bool checkCode(const Typed &question, const Syntax &literal);

    void error(int column, const std::string &message);
    std::optional<Typed> fail(int column, const std::string &message);

    Form &m_form;
    Diagnostics &m_diagnostics;
    const std::unordered_map<std::string, Value> &m_constants;
    EnsureTyped m_ensureTyped;
    const Place *m_place = nullptr;
    bool m_failed = false;
};

} // namespace enumera
