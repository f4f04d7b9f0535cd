// SPDX-License-Identifier: GPL-3.0-or-later
// The expression language's syntax: what the parser makes of a condition, a validation check,
// a calculation or a text substitution, before names are resolved and types checked.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace enumera {

struct Syntax
{
    enum class Kind { Number, String, Bool, Name, List, Unary, Binary, Call };

    Kind kind = Kind::Number;
    int column = 1; // 1-based column of the node's first character in the expression
    std::string
        text; // Name: the name; String: the text; Unary/Binary: the operator; Call: function
    double number = 0;
    bool boolean = false;
    std::vector<std::unique_ptr<Syntax>> args; // operands, list elements or call arguments
};

struct SyntaxError
{
    std::string message;
    int column = 1;
};

using ParseResult = std::variant<std::unique_ptr<Syntax>, SyntaxError>;

// Parses one expression (the whole text must be one expression).
ParseResult parseExpression(std::string_view text);

} // namespace enumera
