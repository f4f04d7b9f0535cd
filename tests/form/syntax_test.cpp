// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/syntax.h"

#include <gtest/gtest.h>

using namespace enumera;

namespace {

// The tree as a compact text: (op a b), f(a, b), [a, b].
std::string shape(const Syntax &s)
{
    switch (s.kind) {
    case Syntax::Kind::Number:
        return s.text.empty() ? std::to_string(s.number) : s.text;
    case Syntax::Kind::String:
        return "'" + s.text + "'";
    case Syntax::Kind::Bool:
        return s.boolean ? "true" : "false";
    case Syntax::Kind::Name:
        return s.text;
    case Syntax::Kind::List: {
        std::string out = "[";
        for (size_t i = 0; i < s.args.size(); ++i)
            out += (i ? ", " : "") + shape(*s.args[i]);
        return out + "]";
    }
    case Syntax::Kind::Unary:
        return "(" + s.text + " " + shape(*s.args[0]) + ")";
    case Syntax::Kind::Binary:
        return "(" + s.text + " " + shape(*s.args[0]) + " " + shape(*s.args[1]) + ")";
    case Syntax::Kind::Call: {
        std::string out = s.text + "(";
        for (size_t i = 0; i < s.args.size(); ++i)
            out += (i ? ", " : "") + shape(*s.args[i]);
        return out + ")";
    }
    }
    return "?";
}

std::string parsed(const std::string &text)
{
    ParseResult r = parseExpression(text);
    if (auto *e = std::get_if<SyntaxError>(&r))
        return "error at " + std::to_string(e->column) + ": " + e->message;
    return shape(*std::get<std::unique_ptr<Syntax>>(r));
}

} // namespace

TEST(Syntax, precedenceFollowsTheGrammar)
{
    EXPECT_EQ(parsed("a or b and c"), "(or a (and b c))");
    EXPECT_EQ(parsed("not a == 1 and b"), "(and (not (== a 1)) b)");
    EXPECT_EQ(parsed("1 + 2 * 3 - 4"), "(- (+ 1 (* 2 3)) 4)");
    EXPECT_EQ(parsed("-x * 2"), "(* (- x) 2)");
    EXPECT_EQ(parsed("(a or b) and c"), "(and (or a b) c)");
    EXPECT_EQ(parsed("q20 in [1, 77]"), "(in q20 [1, 77])");
    EXPECT_EQ(parsed("any(trainings, q2_3 == 3)"), "any(trainings, (== q2_3 3))");
    EXPECT_EQ(parsed("row()"), "row()");
    EXPECT_EQ(parsed("name == 'O\\'Brien'"), "(== name 'O'Brien')");
    EXPECT_EQ(parsed("x >= -1.5"), "(>= x -1.5)");
}

TEST(Syntax, errorsSayWhatToWriteAndWhere)
{
    EXPECT_EQ(parsed("q1 = 1"),
              "error at 4: write '==' to compare; a single '=' is not an operator");
    EXPECT_EQ(parsed("a && b"), "error at 3: write 'and' instead of '&&'");
    EXPECT_EQ(parsed("!a"), "error at 1: write 'not' instead of '!'");
    EXPECT_EQ(parsed("1 < x < 5"),
              "error at 7: comparisons cannot be chained; join them with 'and'");
    EXPECT_EQ(parsed("(a == 1"), "error at 8: expected ')' to close the '(' at column 1, found end "
                                 "of the expression");
    EXPECT_EQ(parsed("f(a b)"),
              "error at 5: expected ',' or ')' in the arguments of f(), found 'b'");
    EXPECT_EQ(parsed("'open"), "error at 1: the text that starts here has no closing quote");
    EXPECT_EQ(parsed("a ~ b"), "error at 3: unexpected character '~'");
    EXPECT_EQ(parsed("x in 3"), "error at 6: expected a list such as [1, 2] after 'in', found '3'");
    EXPECT_EQ(parsed(""), "error at 1: expected a value, found end of the expression");
    EXPECT_EQ(parsed("a b"), "error at 3: unexpected 'b' after the end of the expression");
    EXPECT_EQ(parsed("é == 1"), "error at 1: unexpected character 'é'");
    EXPECT_EQ(parsed("x == 'ñ' and"), "error at 13: expected a value, found end of the expression")
        << "columns count characters, not bytes";
}
