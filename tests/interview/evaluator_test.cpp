// SPDX-License-Identifier: GPL-3.0-or-later
// The expression language's meaning for every operator, with known and unknown operands.
#include "interview/interview.h"
#include "support/inlineform.h"

#include <gtest/gtest.h>

using namespace enumera;
using namespace enumera::testing;

namespace {

// A form with answered questions (a = 4, t = "hi", m = {1, 3}, s = 77 as a special code, d a
// date), unanswered ones (u, um) and one that is not relevant (h, with a stored answer), plus a
// roster; each expression under test becomes a calculated question.
class Evaluation : public ::testing::Test
{
protected:
    Value eval(const std::string &expression)
    {
        const std::string items = R"(
            {"name": "a", "type": "integer", "label": "a"},
            {"name": "u", "type": "integer", "label": "u"},
            {"name": "h", "type": "integer", "label": "h", "relevant": "a > 100"},
            {"name": "s", "type": "integer", "label": "s", "range": {"min": 0, "max": 10},
             "special_codes": [{"code": 77, "label": "Don't know"}]},
            {"name": "t", "type": "text", "label": "t"},
            {"name": "d", "type": "date", "label": "d"},
            {"name": "c", "type": "single", "label": "c", "options": [{"code": 1, "label": "x"},
             {"code": 2, "label": "y"}]},
            {"name": "m", "type": "multiple", "label": "m", "options": [{"code": 1, "label": "x"},
             {"code": 2, "label": "y"}, {"code": 3, "label": "z"}]},
            {"name": "um", "type": "multiple", "label": "um", "options": [{"code": 1, "label": "x"}]},
            {"roster": "r", "title": "r", "items": [{"name": "v", "type": "integer", "label": "v"}]},
            {"name": "result", "type": "calculated", "calculate": ")" +
                                  expression + R"("})";
        LoadResult loaded = loadInline(formWith(items));
        if (loaded.diagnostics.hasErrors()) {
            ADD_FAILURE() << expression << ": " << loaded.diagnostics.formatAll();
            return Value::text("(does not load)");
        }
        Interview i(loaded.form);
        const Form &f = *loaded.form;
        auto top = [&](const char *name) {
            return i.top(f.find(name));
        };
        i.setAnswer(top("a"), Value::number(4));
        i.restoreAnswer(top("h"), Value::number(9)); // stored, though not relevant
        i.finishRestore();
        i.setAnswer(top("s"), Value::number(77));
        i.setAnswer(top("t"), Value::text("hi"));
        i.setAnswer(top("d"), Value::text("2024-02-29"));
        i.setAnswer(top("c"), Value::number(2));
        i.setAnswer(top("m"), Value::codes({1, 3}));
        for (double v : {5.0, 7.0}) {
            const Row *row = *i.addRow(top("r"));
            i.setAnswer(i.at(*row, f.find("v")), Value::number(v));
        }
        i.addRow(top("r")); // a third row, unanswered
        return i.effectiveValue(top("result"));
    }

    static Value yes() { return Value::boolean(true); }
    static Value no() { return Value::boolean(false); }
    static Value unknown() { return Value(); }
    static Value n(double x) { return Value::number(x); }
};

} // namespace

TEST_F(Evaluation, arithmeticWithUnknownIsUnknown)
{
    EXPECT_EQ(eval("a + 1"), n(5));
    EXPECT_EQ(eval("a * 2 - 1"), n(7));
    EXPECT_EQ(eval("a / 8"), n(0.5));
    EXPECT_EQ(eval("a % 3"), n(1));
    EXPECT_EQ(eval("-a"), n(-4));
    EXPECT_EQ(eval("u + 1"), unknown());
    EXPECT_EQ(eval("h + 1"), unknown()) << "not relevant counts as unanswered";
    EXPECT_EQ(eval("s + 1"), unknown()) << "a special code never becomes a number";
    EXPECT_EQ(eval("a / 0"), unknown());
}

TEST_F(Evaluation, comparisons)
{
    EXPECT_EQ(eval("a > 3"), yes());
    EXPECT_EQ(eval("a <= 3"), no());
    EXPECT_EQ(eval("u > 3"), unknown());
    EXPECT_EQ(eval("u == 3"), unknown());
    EXPECT_EQ(eval("u != 3"), unknown());
    EXPECT_EQ(eval("s == 77"), yes()) << "a special code equals its own code";
    EXPECT_EQ(eval("s == 3"), no());
    EXPECT_EQ(eval("s != 77"), no());
    EXPECT_EQ(eval("s > 5"), unknown()) << "but it is unknown in ordering";
    EXPECT_EQ(eval("s in [1, 77]"), yes());
    EXPECT_EQ(eval("c in [1, 2]"), yes());
    EXPECT_EQ(eval("u in [1, 2]"), unknown());
    EXPECT_EQ(eval("t == 'hi'"), yes());
    EXPECT_EQ(eval("t in ['a', 'hi']"), yes());
    EXPECT_EQ(eval("d > date('2024-01-01')"), yes());
    EXPECT_EQ(eval("d == date('2024-02-29')"), yes());
}

TEST_F(Evaluation, kleeneLogic)
{
    EXPECT_EQ(eval("u > 1 and a > 100"), no()) << "a false side decides";
    EXPECT_EQ(eval("u > 1 and a > 1"), unknown());
    EXPECT_EQ(eval("u > 1 or a > 1"), yes()) << "a true side decides";
    EXPECT_EQ(eval("u > 1 or a > 100"), unknown());
    EXPECT_EQ(eval("not (u > 1)"), unknown());
    EXPECT_EQ(eval("not (a > 1)"), no());
}

TEST_F(Evaluation, functions)
{
    EXPECT_EQ(eval("answered(a)"), yes());
    EXPECT_EQ(eval("answered(u)"), no());
    EXPECT_EQ(eval("answered(h)"), no());
    EXPECT_EQ(eval("answered(s)"), yes());
    EXPECT_EQ(eval("selected(m, 3)"), yes());
    EXPECT_EQ(eval("selected(m, 2)"), no());
    EXPECT_EQ(eval("selected(um, 1)"), unknown());
    EXPECT_EQ(eval("selected(c, 2)"), yes());
    EXPECT_EQ(eval("count_selected(m)"), n(2));
    EXPECT_EQ(eval("count_selected(um)"), unknown());
    EXPECT_EQ(eval("if(a > 1, 10, 20)"), n(10));
    EXPECT_EQ(eval("if(u > 1, 10, 20)"), n(20)) << "an unknown condition takes the else branch";
    EXPECT_EQ(eval("coalesce(u, 3)"), n(3));
    EXPECT_EQ(eval("coalesce(a, 3)"), n(4));
    EXPECT_EQ(eval("min(a, 2)"), n(2));
    EXPECT_EQ(eval("max(a, u)"), unknown());
}

TEST_F(Evaluation, rosterFunctionsLookAtRelevantRows)
{
    EXPECT_EQ(eval("rows(r)"), n(3));
    EXPECT_EQ(eval("sum(r, v)"), n(12)) << "the unanswered row adds nothing";
    EXPECT_EQ(eval("count(r, v > 5)"), n(1));
    EXPECT_EQ(eval("count(r, v > 100 or a > 1)"), n(3));
    EXPECT_EQ(eval("any(r, v == 7)"), yes());
    EXPECT_EQ(eval("any(r, v == 9)"), unknown()) << "the third row might be 9";
    EXPECT_EQ(eval("all(r, v > 10)"), no());
    EXPECT_EQ(eval("all(r, v > 1)"), unknown());
    EXPECT_EQ(eval("sum(r, v * a)"), n(48)) << "an outer name means the enclosing row";
}
