// SPDX-License-Identifier: GPL-3.0-or-later
// The form model: what a loaded, checked form definition is made of.
#pragma once

#include "value.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace enumera {

using ItemId = int32_t;
using ScopeId = int32_t;
using ExprId = int32_t;
constexpr ItemId NoItem = -1;
constexpr ExprId NoExpr = -1;
constexpr ScopeId RootScope = 0;

// ---------------------------------------------------------------------------------------------
// Expressions, compiled: a typed tree stored flat in the form, evaluated by the interview.

enum class Type : uint8_t { Bool, Number, Text, Codes, Date };

enum class Op : uint8_t {
    Constant,  // constant: index into Expressions::constants
    Ref,       // the effective value of question `item`, `up` rows above the context row
    RowNumber, // row(): 1-based number of the context row in its roster
    Neg,
    Not,
    And,
    Or,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,            // args: value, then the list's constants
    Answered,      // answered(x)
    Selected,      // selected(question, code)
    CountSelected, // count_selected(question)
    Rows,          // rows(roster): roster `item`, whose parent scope is `up` rows above
    Count,         // count(roster, condition)
    Any,           // any(roster, condition)
    All,           // all(roster, condition)
    Sum,           // sum(roster, number)
    If,            // if(condition, then, else)
    Coalesce,      // coalesce(a, b)
    Min,           // min(a, b)
    Max,           // max(a, b)
};

struct ExprNode
{
    Op op = Op::Constant;
    Type type = Type::Bool;
    uint8_t argCount = 0;
    int16_t up = 0;        // Ref and roster functions: rows to climb from the context row
    int32_t firstArg = 0;  // index of the first argument in Expressions::args
    int32_t item = NoItem; // Ref: the question; roster functions: the roster
    int32_t constant = -1; // Constant: index into Expressions::constants
};

struct Expressions
{
    std::vector<ExprNode> nodes;
    std::vector<ExprId> args;
    std::vector<Value> constants;

    const ExprNode &node(ExprId id) const { return nodes[size_t(id)]; }
    ExprId arg(const ExprNode &n, int i) const { return args[size_t(n.firstArg + i)]; }
};

// ---------------------------------------------------------------------------------------------
// Texts in the form's languages, with substitutions ("You reported working {days_per_week} days").

struct TextTemplate
{
    struct Segment
    {
        std::string literal;  // shown as written, when expr is NoExpr
        ExprId expr = NoExpr; // a substitution, evaluated in the item's row
    };

    std::string source; // as written in the form
    std::vector<Segment> segments;
};

struct Text
{
    std::vector<std::optional<TextTemplate>> byLanguage; // index = language index

    bool isSet() const;
    // The text in `language`, or in the default language when that one is missing.
    const TextTemplate *in(int language, int defaultLanguage) const;
};

// ---------------------------------------------------------------------------------------------

enum class ItemKind : uint8_t { Section, Roster, Grid, Question };

enum class QuestionType : uint8_t {
    Single,
    Multiple,
    Integer,
    Decimal,
    Text,
    Date,
    Note,
    Calculated,
};

enum class RosterKind : uint8_t {
    Grown, // rows added one by one by the enumerator
    Sized, // as many rows as the answer to a question says
    Fixed, // one row for each entry of a list given in the form
};

struct Option
{
    int code = 0;
    Text label;
    bool exclusive = false;
};

struct OptionSet
{
    std::string name;
    int codeDigits = 0; // "01" for code 1 when 2
    std::vector<Option> options;

    const Option *find(int code) const;
};

struct SpecialCodeDef
{
    int code = 0;
    Text label;
};

struct Validation
{
    ExprId check = NoExpr; // must hold; fires when it is false
    Text message;
    bool warning = false; // a warning can be confirmed; an error blocks completion
    std::string pointer;
};

struct Item
{
    ItemId id = NoItem;
    ItemKind kind = ItemKind::Question;
    QuestionType type = QuestionType::Note;
    std::string name;

    ItemId parent = NoItem;       // the enclosing section, roster or grid
    std::vector<ItemId> children; // sections, rosters and grids: what they contain, in order

    ScopeId scope = RootScope; // the scope one instance of this item lives in
    int slot = -1;             // the index of its cell in a row of that scope
    ScopeId rowScope = -1;     // rosters: the scope of their rows
    int rosterSlot = -1;       // rosters: the index of their row list in the parent row

    Text label; // sections and rosters: their title; grids: the stem read before the items
    Text hint;
    Text instruction;
    std::vector<std::string> notes; // designer notes

    std::vector<ExprId> relevance; // every one must hold (own condition, skips, inherited)
    bool required = true;

    int optionSet = -1;
    std::vector<SpecialCodeDef> specialCodes;
    std::optional<double> min;
    std::optional<double> max;
    std::vector<Validation> validations;
    ExprId calculation = NoExpr;
    Type valueType = Type::Number;

    ItemId specifyOf = NoItem; // specify texts: the choice question they belong to
    int specifyCode = 0;       // ... and the option that asks for them
    std::vector<ItemId> specifyTexts;

    RosterKind rosterKind = RosterKind::Grown;
    ItemId sizeQuestion = NoItem;
    int maxRows = 0; // 0: no limit
    std::vector<Text> fixedRows;
    Text rowTitle;
    ItemId rowLabel = NoItem;

    int file = 0;        // index into Form::sources
    std::string pointer; // JSON pointer of the definition inside that file

    bool isQuestion() const { return kind == ItemKind::Question; }
    bool isContainer() const { return kind != ItemKind::Question; }
    bool isChoice() const
    {
        return kind == ItemKind::Question &&
               (type == QuestionType::Single || type == QuestionType::Multiple);
    }
    bool isNumeric() const
    {
        return kind == ItemKind::Question &&
               (type == QuestionType::Integer || type == QuestionType::Decimal);
    }
    // Asks the respondent something (not a note, not a calculation).
    bool isAsked() const
    {
        return kind == ItemKind::Question && type != QuestionType::Note &&
               type != QuestionType::Calculated;
    }
    bool hasValue() const { return kind == ItemKind::Question && type != QuestionType::Note; }
    const SpecialCodeDef *specialCode(int code) const;
};

// A scope is the top level of the form or one roster: every row of the roster holds one
// instance of each of the scope's members.
struct Scope
{
    ItemId roster = NoItem; // NoItem for the top level
    ScopeId parent = -1;
    int depth = 0;
    std::vector<ItemId> members; // by slot
    std::vector<ItemId> rosters; // the rosters whose rows are kept in a row of this scope
};

// ---------------------------------------------------------------------------------------------
// The dependency graph, built at load.

enum class Facet : uint8_t {
    Relevance, // whether an item instance is relevant
    Value,     // the value of a calculated question
    RowSet,    // which rows of a roster exist and are relevant
    Check,     // validation of a question or roster instance
    Text,      // texts with substitutions
};

// When a source changes in some row, the instances of `target` to revisit are all those in the
// rows of the target's scope below the row `up` levels above the source row, `down` levels down.
struct Edge
{
    ItemId target = NoItem;
    Facet facet = Facet::Relevance;
    int8_t up = 0;
    int8_t down = 0;
};

struct Graph
{
    std::vector<std::vector<Edge>> valueDependents;  // by question: when its value changes
    std::vector<std::vector<Edge>> rowSetDependents; // by roster: when its rows change
    std::vector<int32_t> relevanceRank;              // by item: topological order
    std::vector<int32_t> valueRank;                  // by item (calculated questions)
    std::vector<int32_t> rowSetRank;                 // by item (rosters)
    int32_t sinkRank = 0;                            // ranks of Check and Text facets

    int32_t rank(ItemId item, Facet facet) const;
};

struct SourceFile
{
    std::string name; // as the loader was given it, or as the include wrote it
    std::string text;
};

class Form
{
public:
    std::string id;
    std::string version;
    Text title;
    std::vector<std::string> languages;
    int defaultLanguage = 0;
    std::vector<std::string> notes;

    std::vector<Item> items;
    std::vector<Scope> scopes;
    std::vector<OptionSet> optionSets;
    std::vector<ItemId> sections;      // the top-level sections, in order
    std::vector<ItemId> documentOrder; // every item, depth first, in the order of the form
    Expressions expressions;
    Graph graph;
    std::vector<SourceFile> sources; // the form file first, then its includes

    const Item &item(ItemId itemId) const { return items[size_t(itemId)]; }
    ItemId find(std::string_view name) const;
    int languageIndex(std::string_view code) const; // -1 when the form has no such language
    const OptionSet *options(const Item &question) const;

    // The valid codes of a choice question: its options, then its special codes.
    bool acceptsCode(const Item &question, int code) const;

    std::unordered_map<std::string, ItemId> byName;
};

} // namespace enumera
