// SPDX-License-Identifier: GPL-3.0-or-later
// One test per kind of designer error, each asserting the exact message and where it points.
#include "support/inlineform.h"

#include <gmock/gmock.h>

using namespace enumera;
using namespace enumera::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {

const std::string yesNo =
    R"~(, "option_sets": {"yn": [{"code": 1, "label": "Yes"}, {"code": 0, "label": "No"}]})~";

const Diagnostic &onlyError(const LoadResult &r)
{
    static const Diagnostic none;
    for (const Diagnostic &d : r.diagnostics.all())
        if (d.isError())
            return d;
    ADD_FAILURE() << "no error reported";
    return none;
}

} // namespace

TEST(DesignerErrors, syntaxErrorInAnExpressionGivesTheColumn)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "q1", "type": "single", "label": "Q1", "options": "yn"},
        {"name": "q2", "type": "text", "label": "Q2", "relevant": "q1 == 1 and"})~",
                                             yesNo));
    EXPECT_THAT(errors(r), ElementsAre("syntax error in the relevance of 'q2': expected a value, "
                                       "found end of the expression"));
    const Diagnostic &d = onlyError(r);
    EXPECT_EQ(d.pointer, "/sections/0/items/1/relevant");
    EXPECT_EQ(d.expressionColumn, 12);
    EXPECT_EQ(d.line, 3);
    // The column in the file is that of the character inside the expression's string.
    const std::string line3 =
        R"~(        {"name": "q2", "type": "text", "label": "Q2", "relevant": "q1 == 1 and"})~";
    EXPECT_EQ(d.column, int(line3.find("q1 == 1 and")) + 12);
}

TEST(DesignerErrors, unknownNameIsNamedWithWhereItIsUsed)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "q1", "type": "integer", "label": "Q1"},
        {"name": "q2", "type": "text", "label": "Q2", "relevant": "q1 > 2 and q9 == 1"})~"));
    EXPECT_THAT(errors(r), ElementsAre("unknown name 'q9' in the relevance of 'q2'"));
    EXPECT_EQ(onlyError(r).expressionColumn, 12);
}

TEST(DesignerErrors, typeMismatchNamesTheOperatorAndBothTypes)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "q1", "type": "single", "label": "Q1", "options": "yn"},
        {"name": "q2", "type": "text", "label": "Q2", "relevant": "q1 == 'yes'"})~",
                                             yesNo));
    EXPECT_THAT(errors(r), ElementsAre("type mismatch in the relevance of 'q2': '==' compares a "
                                       "number with a text"));
}

TEST(DesignerErrors, multipleChoiceComparedWithANumberSuggestsSelected)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "q1", "type": "multiple", "label": "Q1", "options": "yn"},
        {"name": "q2", "type": "text", "label": "Q2", "relevant": "q1 == 1"})~",
                                             yesNo));
    EXPECT_THAT(errors(r),
                ElementsAre("type mismatch in the relevance of 'q2': 'q1' is a multiple-choice "
                            "answer and cannot be compared with '=='; use selected(q1, code)"));
}

TEST(DesignerErrors, cycleNamesEveryMember)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "a", "type": "integer", "label": "A", "relevant": "answered(c)"},
        {"name": "b", "type": "integer", "label": "B", "relevant": "a > 1"},
        {"name": "c", "type": "integer", "label": "C", "relevant": "b > 1"})~"));
    EXPECT_THAT(errors(r), ElementsAre("these items depend on each other in a cycle: 'a' "
                                       "(relevance) -> 'b' (relevance) -> 'c' (relevance) -> 'a'"));
}

TEST(DesignerErrors, calculationThatDependsOnItself)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "x", "type": "calculated", "calculate": "x + 1"})~"));
    EXPECT_THAT(errors(r), ElementsAre("the calculation of 'x' depends on itself"));
}

TEST(DesignerErrors, calculationsInACycleAreAllNamed)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "c1", "type": "calculated", "calculate": "c2 + 1"},
        {"name": "c2", "type": "calculated", "calculate": "c3 * 2"},
        {"name": "c3", "type": "calculated", "calculate": "c1 - 1"})~"));
    EXPECT_THAT(errors(r),
                ElementsAre("these items depend on each other in a cycle: 'c1' (calculation) -> "
                            "'c2' (calculation) -> 'c3' (calculation) -> 'c1'"));
    EXPECT_EQ(onlyError(r).pointer, "/sections/0/items/0/calculate");
}

TEST(DesignerErrors, sectionWhoseRelevanceReadsAQuestionInsideItIsACycle)
{
    const LoadResult r = loadInline(R"~({"form": "t", "version": "1", "title": "T",
        "languages": ["en"], "sections": [{"section": "s", "title": "S",
        "relevant": "q1 > 1", "items": [{"name": "q1", "type": "integer", "label": "Q1"}]}]})~");
    EXPECT_THAT(errors(r), ElementsAre("these items depend on each other in a cycle: 's' "
                                       "(relevance) -> 'q1' (relevance) -> 's'"));
}

TEST(DesignerErrors, rosterQuestionUsedOutsideItsRosterWithoutAnAggregate)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"roster": "people", "title": "People", "items": [
            {"name": "age", "type": "integer", "label": "Age"}]},
        {"name": "q2", "type": "text", "label": "Q2", "relevant": "age > 15"})~"));
    EXPECT_THAT(errors(r),
                ElementsAre("'age' is in roster 'people' and cannot be used in the relevance of "
                            "'q2', which is outside it; use an aggregate such as any(people, "
                            "...), count(people, ...) or sum(people, ...)"));
}

TEST(DesignerErrors, skipToAnEarlierQuestion)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "q1", "type": "single", "label": "Q1", "options": "yn"},
        {"name": "q2", "type": "single", "label": "Q2", "options": "yn",
         "skip": [{"if": "q2 == 0", "to": "q1"}]})~",
                                             yesNo));
    EXPECT_THAT(errors(r), ElementsAre("the skip of 'q2' goes back to 'q1', which comes before "
                                       "it; a skip can only go forward"));
    EXPECT_EQ(onlyError(r).pointer, "/sections/0/items/1/skip/0/to");
}

TEST(DesignerErrors, skipToAnUnknownQuestion)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "q1", "type": "single", "label": "Q1", "options": "yn",
         "skip": [{"if": "q1 == 0", "to": "q8"}]})~",
                                             yesNo));
    EXPECT_THAT(errors(r), ElementsAre("the skip of 'q1' goes to 'q8', which is not in the form"));
}

TEST(DesignerErrors, skipIntoARoster)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "q1", "type": "single", "label": "Q1", "options": "yn",
         "skip": [{"if": "q1 == 0", "to": "age"}]},
        {"roster": "people", "title": "People", "items": [
            {"name": "name", "type": "text", "label": "Name"},
            {"name": "age", "type": "integer", "label": "Age"}]})~",
                                             yesNo));
    EXPECT_THAT(errors(r), ElementsAre("the skip of 'q1' goes to 'age', inside roster 'people', "
                                       "which 'q1' is not in; a skip cannot enter a roster"));
}

TEST(DesignerErrors, skipOutOfARosterPastOtherItems)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"roster": "people", "title": "People", "items": [
            {"name": "name", "type": "text", "label": "Name"},
            {"name": "q1", "type": "single", "label": "Q1", "options": "yn",
             "skip": [{"if": "q1 == 0", "to": "q3"}]},
            {"name": "age", "type": "integer", "label": "Age"}]},
        {"name": "q2", "type": "text", "label": "Q2"},
        {"name": "q3", "type": "text", "label": "Q3"})~",
                                             yesNo));
    EXPECT_THAT(errors(r), ElementsAre("the skip of 'q1' leaves roster 'people' for 'q3', but "
                                       "'q2' comes between the end of the roster and 'q3'; skip "
                                       "to the item right after the roster"));
}

TEST(DesignerErrors, duplicateNameGivesBothPlaces)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "q1", "type": "text", "label": "Q1"},
        {"name": "q1", "type": "integer", "label": "Q1 again"})~"));
    EXPECT_THAT(errors(r), ElementsAre("the name 'q1' is used twice: here and at form.json "
                                       "/sections/0/items/0"));
    EXPECT_EQ(onlyError(r).pointer, "/sections/0/items/1");
}

TEST(DesignerErrors, duplicateNameBetweenAFormAndItsModule)
{
    const std::string module = R"~({"module": "m", "sections": [{"section": "ms", "title": "M",
        "items": [{"name": "q1", "type": "text", "label": "Q1 in the module"}]}]})~";
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "q1", "type": "text", "label": "Q1"},
        {"include": "modules/m.json"})~"),
                                    {{"modules/m.json", module}});
    EXPECT_THAT(errors(r), ElementsAre("the name 'q1' is used twice: here and at form.json "
                                       "/sections/0/items/0"));
    EXPECT_EQ(onlyError(r).file, "modules/m.json");
}

TEST(DesignerErrors, missingInclude)
{
    const LoadResult r = loadInline(formWith(R"~({"include": "modules/absent.json"})~"));
    EXPECT_THAT(errors(r), ElementsAre("cannot read the included file 'modules/absent.json': not "
                                       "among the stored files of the form"));
    EXPECT_EQ(onlyError(r).pointer, "/sections/0/items/0/include");
}

TEST(DesignerErrors, missingIncludeOnDisk)
{
    const LoadResult r = FormLoader::loadFile("/nonexistent/form.json");
    EXPECT_THAT(errors(r), ElementsAre("cannot read the form: no such file"));
}

TEST(DesignerErrors, moduleIncludingItself)
{
    const std::string module = R"~({"module": "m", "sections": [{"section": "ms", "title": "M",
        "items": [{"include": "m.json"}]}]})~";
    const LoadResult r =
        loadInline(formWith(R"~({"include": "modules/m.json"})~"), {{"modules/m.json", module}});
    EXPECT_THAT(errors(r), ElementsAre("'modules/m.json' includes itself (through "
                                       "modules/m.json)"));
}

TEST(DesignerErrors, optionCodeUsedTwice)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "q1", "type": "single", "label": "Q1", "options": [
            {"code": 1, "label": "Yes"}, {"code": 2, "label": "No"},
            {"code": 1, "label": "Maybe"}]})~"));
    EXPECT_THAT(errors(r), ElementsAre("option code 1 is used twice in question 'q1': here and at "
                                       "/sections/0/items/0/options/0"));
    EXPECT_EQ(onlyError(r).pointer, "/sections/0/items/0/options/2/code");
}

TEST(DesignerErrors, specialCodeInsideTheQuestionsOwnRange)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "q10", "type": "integer", "label": "Score", "range": {"min": 0, "max": 100},
         "special_codes": ["dont_know"]})~",
                                             R"~(, "special_codes": {"dont_know": {"code": 77,
                                                  "label": "Don't know"}})~"));
    EXPECT_THAT(errors(r), ElementsAre("special code 77 of 'q10' is inside its range 0 to 100, so "
                                       "an answer of 77 could not be told from the special code"));
}

TEST(DesignerErrors, missingTranslationIsAWarning)
{
    const LoadResult r = loadInline(R"~({"form": "t", "version": "1", "title": {"en": "T",
        "es": "T"}, "languages": ["en", "es"], "sections": [{"section": "s", "title": {"en": "S",
        "es": "S"}, "items": [{"name": "q1", "type": "text", "label": {"en": "Name"}}]}]})~");
    EXPECT_THAT(errors(r), IsEmpty());
    EXPECT_THAT(warnings(r), ElementsAre("missing translation: the label of 'q1' has no 'es' "
                                         "text; the 'en' text is shown instead"));
    ASSERT_TRUE(r.form);
}

TEST(DesignerErrors, validationThatCanNeverFireIsAWarning)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "q10", "type": "integer", "label": "Score", "range": {"min": 0, "max": 100},
         "validations": [{"check": "q10 <= 100", "message": "Too high"}]},
        {"name": "q11", "type": "integer", "label": "Other",
         "validations": [{"check": "1 < 2", "message": "Never"}]})~"));
    EXPECT_THAT(errors(r), IsEmpty());
    EXPECT_THAT(
        warnings(r),
        ElementsAre("a validation of 'q10' can never fire: every answer inside the range "
                    "of 'q10' passes it",
                    "a validation of 'q11' does not depend on any answer, so it fires always "
                    "or never"));
}

TEST(DesignerErrors, codeThatIsNotAnOptionInAComparison)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "q1", "type": "single", "label": "Q1", "options": "yn"},
        {"name": "q2", "type": "text", "label": "Q2", "relevant": "q1 == 2"})~",
                                             yesNo));
    EXPECT_THAT(errors(r), ElementsAre("'q1' has no option or special code 2 (in the relevance "
                                       "of 'q2')"));
}

TEST(DesignerErrors, unknownKeySuggestsTheNearestOne)
{
    const LoadResult r = loadInline(formWith(R"~({"name": "q1", "type": "text", "lable": "Q1"})~"));
    EXPECT_THAT(errors(r), ElementsAre("unknown key 'lable' in question 'q1'; did you mean "
                                       "'label'?",
                                       "question 'q1' has no 'label'"));
}

TEST(DesignerErrors, keyWrittenTwice)
{
    const LoadResult r = loadInline(
        formWith(R"~({"name": "q1", "type": "text", "label": "Q1", "label": "Again"})~"));
    EXPECT_THAT(errors(r), ElementsAre("the key 'label' is written twice in the same object; only "
                                       "one is allowed"));
}

TEST(DesignerErrors, notJsonGivesLineAndColumn)
{
    const LoadResult r = loadInline("{\n  \"form\": \"t\",\n  \"version\" \"1\"\n}");
    ASSERT_EQ(r.diagnostics.all().size(), 1u);
    const Diagnostic &d = r.diagnostics.all().front();
    EXPECT_EQ(d.line, 3);
    EXPECT_EQ(d.column, 13);
    EXPECT_EQ(d.message.rfind("the file is not valid JSON: ", 0), 0u) << d.message;
}

TEST(DesignerErrors, formattedLikeACompiler)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "q2", "type": "text", "label": "Q2", "relevant": "q9 == 1"})~"));
    ASSERT_EQ(r.diagnostics.all().size(), 1u);
    EXPECT_EQ(r.diagnostics.all().front().format(),
              "form.json:2:68: error: unknown name 'q9' in the relevance of 'q2' "
              "[/sections/0/items/0/relevant]");
}

// Found by fuzzing: a grid question without a name once read a missing key unchecked.
TEST(DesignerErrors, gridQuestionWithoutAName)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"grid": "g", "label": "G", "options": [{"code": 1, "label": "x"}],
         "questions": [{"labe": "g0", "label": "x"}]})~"));
    EXPECT_THAT(errors(r), ElementsAre("the name of a question must be a text"));
}

TEST(DesignerErrors, skipThatPassesOverNothingIsAWarning)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "q20", "type": "single", "label": "Q20", "options": "yn",
         "skip": [{"if": "q20 == 1", "to": "q21"}]},
        {"name": "q21", "type": "text", "label": "Q21"})~",
                                             yesNo));
    EXPECT_THAT(errors(r), IsEmpty());
    EXPECT_THAT(warnings(r),
                ElementsAre("the skip of 'q20' to 'q21' passes over nothing: 'q21' "
                            "comes next anyway; did the skip mean the item after it?"));
}

// Found by fuzzing: a number too large to parse once escaped the loader as an exception.
TEST(DesignerErrors, numberTooLargeToParse)
{
    const LoadResult r = loadInline(R"~({"form": 1e999999})~");
    ASSERT_EQ(errors(r).size(), 1u);
    EXPECT_EQ(errors(r).front().rfind("the file is not valid JSON: ", 0), 0u) << errors(r).front();
}

TEST(DesignerErrors, codeDigitsOutOfRange)
{
    const LoadResult r = loadInline(formWith(R"~(
        {"name": "q1", "type": "single", "label": "Q1", "options": [{"code": 1, "label": "x"}],
         "code_digits": 4294967296},
        {"name": "q2", "type": "single", "label": "Q2",
         "options": [{"code": 12345678901, "label": "x"}]})~"));
    EXPECT_THAT(errors(r), ElementsAre("'code_digits' must be a whole number from 0 to 9",
                                       "an option code of question 'q2' must be a whole number"));
}
