// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's rules, each a specification: a small form built inline, answered step by step,
// and the exact dependent value asserted.
#include "interview/interview.h"
#include "support/inlineform.h"

#include <gmock/gmock.h>

using namespace enumera;
using namespace enumera::testing;

namespace {

const std::string sets = R"~(, "option_sets": {
    "yn": {"code_digits": 2, "options": [{"code": 1, "label": "Yes"}, {"code": 0, "label": "No"}]},
    "platforms": [{"code": 1, "label": "Coursera"}, {"code": 2, "label": "edX"},
                  {"code": 6, "label": "Others"}, {"code": 0, "label": "None", "exclusive": true}]},
    "special_codes": {"dk": {"code": 77, "label": "Don't know"}})~";

// An interview on an inline form, with helpers that read like the scenario steps.
struct Scenario
{
    explicit Scenario(const std::string &items, const std::string &extra = sets)
        : interview(mustLoad(formWith(items, extra)))
    {}

    Instance at(const std::string &path)
    {
        Result<Instance> r = interview.resolve(path);
        EXPECT_TRUE(r.ok()) << path << ": " << (r.ok() ? "" : r.error());
        return r.ok() ? *r : Instance{};
    }
    SetResult answer(const std::string &path, Value v) { return interview.setAnswer(at(path), v); }
    SetResult answer(const std::string &path, double n) { return answer(path, Value::number(n)); }
    bool relevant(const std::string &path) { return interview.isRelevant(at(path)); }
    const Value &value(const std::string &path) { return interview.effectiveValue(at(path)); }
    const Row *addRow(const std::string &roster)
    {
        Result<const Row *> r = interview.addRow(at(roster));
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error());
        return r.ok() ? *r : nullptr;
    }

    Interview interview;
};

} // namespace

// --- A question that is not relevant counts as unanswered in every expression -----------------

TEST(NotRelevant, hidingPropagatesDownAChain)
{
    Scenario run(R"~({"name": "a", "type": "single", "label": "A", "options": "yn"},
               {"name": "b", "type": "integer", "label": "B", "relevant": "a == 1"},
               {"name": "c", "type": "text", "label": "C", "relevant": "b > 3"},
               {"name": "d", "type": "text", "label": "D", "relevant": "not answered(c)"})~");
    run.answer("a", 1);
    run.answer("b", 5);
    run.answer("c", Value::text("x"));
    EXPECT_TRUE(run.relevant("c"));
    EXPECT_FALSE(run.relevant("d"));

    run.answer("a", 0); // hides b; so c's condition reads an unknown b and c is hidden too
    EXPECT_FALSE(run.relevant("b"));
    EXPECT_FALSE(run.relevant("c"));
    EXPECT_TRUE(run.relevant("d")) << "c is not relevant, so it counts as unanswered";
    EXPECT_TRUE(run.value("b").isMissing());
}

TEST(NotRelevant, storedValueIsKeptAndRestoredWhenTheAnswerFlipsBack)
{
    Scenario run(R"~({"name": "a", "type": "single", "label": "A", "options": "yn"},
               {"name": "b", "type": "integer", "label": "B", "relevant": "a == 1"})~");
    run.answer("a", 1);
    run.answer("b", 4);
    run.answer("a", 0);
    EXPECT_TRUE(run.value("b").isMissing());
    EXPECT_EQ(run.interview.answer(run.at("b")), Value::number(4));
    run.answer("a", 1);
    EXPECT_EQ(run.value("b"), Value::number(4));
}

TEST(NotRelevant, isNotValidatedAndNotRequired)
{
    Scenario run(R"~({"name": "a", "type": "single", "label": "A", "options": "yn"},
               {"name": "b", "type": "integer", "label": "B", "relevant": "a == 1",
                "range": {"min": 0, "max": 10}},
               {"name": "c", "type": "text", "label": "C", "relevant": "a == 1"})~");
    run.answer("a", 1);
    EXPECT_EQ(run.answer("b", 50).outcome, Outcome::OutOfRange);
    EXPECT_EQ(run.interview.completeness().errors.size(), 1u);
    run.answer("a", 0);
    EXPECT_EQ(run.interview.state(run.at("b")).outcome, Outcome::Ok);
    const Completeness c = run.interview.completeness();
    EXPECT_TRUE(c.errors.empty());
    EXPECT_TRUE(c.unanswered.empty()) << "c is not relevant, so not required";
    EXPECT_TRUE(c.complete());
}

TEST(NotRelevant, answeringAQuestionThatIsNotAskedIsRefused)
{
    Scenario run(R"~({"name": "a", "type": "single", "label": "A", "options": "yn"},
               {"name": "b", "type": "integer", "label": "B", "relevant": "a == 1"})~");
    const SetResult r = run.answer("b", 3);
    EXPECT_EQ(r.outcome, Outcome::NotRelevant);
    EXPECT_EQ(r.message, "'b' is not asked here, as the interview stands");
}

// --- Relevance is computed for each roster row on its own, at every nesting level ---------------

TEST(RosterRelevance, eachRowOnItsOwnWhateverTheOrderOfVisits)
{
    Scenario run(R"~({"roster": "members", "title": "Members", "items": [
                  {"name": "age", "type": "integer", "label": "Age"},
                  {"name": "work", "type": "single", "label": "Work", "options": "yn",
                   "relevant": "age >= 15"},
                  {"roster": "jobs", "title": "Jobs", "relevant": "work == 1", "items": [
                      {"name": "hours", "type": "integer", "label": "Hours"},
                      {"name": "overtime", "type": "single", "label": "Overtime",
                       "options": "yn", "relevant": "hours > 40 and age < 65"}]}]})~");
    run.addRow("members");
    run.addRow("members");
    run.addRow("members");
    // Visit rows out of order.
    run.answer("members[3].age", 70);
    run.answer("members[1].age", 30);
    run.answer("members[2].age", 10);
    EXPECT_TRUE(run.relevant("members[1].work"));
    EXPECT_FALSE(run.relevant("members[2].work"));
    EXPECT_TRUE(run.relevant("members[3].work"));
    run.answer("members[3].work", 1);
    run.answer("members[1].work", 1);
    run.addRow("members[3].jobs");
    run.addRow("members[1].jobs");
    run.addRow("members[1].jobs");
    run.answer("members[1].jobs[2].hours", 50);
    run.answer("members[3].jobs[1].hours", 50);
    run.answer("members[1].jobs[1].hours", 20);
    EXPECT_FALSE(run.relevant("members[1].jobs[1].overtime"));
    EXPECT_TRUE(run.relevant("members[1].jobs[2].overtime"));
    EXPECT_FALSE(run.relevant("members[3].jobs[1].overtime")) << "the member is 70";
    // An outer answer reaches every inner row of that member only.
    run.answer("members[1].age", 66);
    EXPECT_FALSE(run.relevant("members[1].jobs[2].overtime"));
    run.answer("members[3].age", 40);
    EXPECT_TRUE(run.relevant("members[3].jobs[1].overtime"));
    EXPECT_FALSE(run.relevant("members[1].jobs[2].overtime"));
}

TEST(RosterRelevance, aggregatesFollowRowsAddedAndRemoved)
{
    Scenario run(R"~({"roster": "trainings", "title": "Trainings", "items": [
                  {"name": "done", "type": "single", "label": "Done", "options": "yn"}]},
               {"name": "q17", "type": "text", "label": "Q17",
                "relevant": "any(trainings, done == 1)"},
               {"name": "n", "type": "calculated", "calculate": "count(trainings, done == 1)"})~");
    run.addRow("trainings");
    run.addRow("trainings");
    run.answer("trainings[1].done", 0);
    EXPECT_FALSE(run.relevant("q17")) << "row 2 is unknown, row 1 false: any() is unknown";
    run.answer("trainings[2].done", 1);
    EXPECT_TRUE(run.relevant("q17"));
    EXPECT_EQ(run.value("n"), Value::number(1));
    ASSERT_TRUE(run.interview.removeRow(*run.interview.resolveRow("trainings[2]").value()).ok());
    EXPECT_FALSE(run.relevant("q17"));
    EXPECT_EQ(run.value("n"), Value::number(0));
}

// --- Special codes -----------------------------------------------------------------------------

TEST(SpecialCodes, acceptedWhateverTheRangeAndShownWithTheirLabel)
{
    Scenario run(
        R"~({"name": "days", "type": "integer", "label": "Days", "range": {"min": 1, "max": 7},
                "special_codes": ["dk"]},
               {"name": "n", "type": "note", "label": "You said {days}."})~");
    EXPECT_EQ(run.answer("days", 77).outcome, Outcome::Ok);
    EXPECT_EQ(run.interview.answer(run.at("days")), Value::special(77));
    EXPECT_EQ(run.interview.label(run.at("n")), "You said Don't know.");
    EXPECT_EQ(run.answer("days", 78).outcome, Outcome::OutOfRange);
}

TEST(SpecialCodes, equalToTheirCodeButUnknownInArithmeticAndOrdering)
{
    Scenario run(R"~({"name": "q20", "type": "single", "label": "Q20", "options": "yn",
                "special_codes": ["dk"]},
               {"name": "routed", "type": "text", "label": "R", "relevant": "q20 == 77"},
               {"name": "yes", "type": "text", "label": "Y", "relevant": "q20 == 1"},
               {"name": "hours", "type": "integer", "label": "H", "range": {"min": 1, "max": 24},
                "special_codes": ["dk"]},
               {"name": "big", "type": "text", "label": "B", "relevant": "hours > 10"},
               {"name": "small", "type": "text", "label": "S", "relevant": "not (hours > 10)"},
               {"name": "double", "type": "calculated", "calculate": "hours * 2"})~");
    run.answer("q20", 77);
    EXPECT_TRUE(run.relevant("routed"));
    EXPECT_FALSE(run.relevant("yes"));
    run.answer("hours", 77);
    EXPECT_FALSE(run.relevant("big"));
    EXPECT_FALSE(run.relevant("small")) << "a don't-know is neither more nor less than 10";
    EXPECT_TRUE(run.value("double").isMissing());
    run.answer("hours", 12);
    EXPECT_EQ(run.value("double"), Value::number(24));
}

TEST(SpecialCodes, aWarningOnAProductDoesNotFireOnADontKnow)
{
    Scenario run(
        R"~({"name": "q25", "type": "integer", "label": "Hours", "range": {"min": 1, "max": 24},
                "special_codes": ["dk"]},
               {"name": "q26", "type": "integer", "label": "Days", "range": {"min": 1, "max": 7},
                "special_codes": ["dk"], "validations": [{"check": "q25 * q26 <= 84",
                "message": "More than 84 hours a week", "severity": "warning"}]})~");
    run.answer("q25", 14);
    EXPECT_EQ(run.answer("q26", 7).outcome, Outcome::Warning);
    run.answer("q25", 77);
    EXPECT_EQ(run.interview.state(run.at("q26")).outcome, Outcome::Ok);
}

// --- Multiple choice: exclusive options and specify texts ---------------------------------------

TEST(MultipleChoice, exclusiveOptionClearsTheOthersAndIsClearedByThem)
{
    Scenario run(R"~({"name": "q3", "type": "multiple", "label": "Q3", "options": "platforms"})~");
    const Instance q3 = run.at("q3");
    run.interview.toggleOption(q3, 1, true);
    run.interview.toggleOption(q3, 2, true);
    EXPECT_EQ(run.value("q3"), Value::codes({1, 2}));
    run.interview.toggleOption(q3, 0, true);
    EXPECT_EQ(run.value("q3"), Value::codes({0}));
    run.interview.toggleOption(q3, 6, true);
    EXPECT_EQ(run.value("q3"), Value::codes({6}));
    run.interview.toggleOption(q3, 6, false);
    EXPECT_TRUE(run.value("q3").isMissing());
}

TEST(MultipleChoice, wholeValueWithTheExclusiveOptionAndAnotherIsRefused)
{
    Scenario run(R"~({"name": "q3", "type": "multiple", "label": "Q3", "options": "platforms"})~");
    const SetResult r = run.answer("q3", Value::codes({0, 1}));
    EXPECT_EQ(r.outcome, Outcome::NotAnOption);
    EXPECT_EQ(r.message, "option 0 of 'q3' excludes every other option");
    EXPECT_TRUE(run.value("q3").isMissing());
}

TEST(MultipleChoice, specifyTextExistsOnlyWhileItsOptionIsChosen)
{
    Scenario run(R"~({"name": "q3", "type": "multiple", "label": "Q3", "options": "platforms",
                "specify": [{"option": 6, "name": "q3_other", "label": "Which?"}]})~");
    EXPECT_FALSE(run.relevant("q3_other"));
    run.answer("q3", Value::codes({1, 6}));
    EXPECT_TRUE(run.relevant("q3_other"));
    run.answer("q3_other", Value::text("Khan Academy"));
    run.answer("q3", Value::codes({1}));
    EXPECT_FALSE(run.relevant("q3_other"));
    EXPECT_TRUE(run.value("q3_other").isMissing());
    EXPECT_TRUE(run.interview.completeness().unanswered.empty());
}

// --- Rows ---------------------------------------------------------------------------------------

TEST(Rows, deletingARowDeletesThatRowAndNoOther)
{
    Scenario run(R"~({"roster": "people", "title": "People", "row_title": "Person {row()}",
                "row_label": "name", "items": [
                  {"name": "name", "type": "text", "label": "Name"}]})~");
    for (const char *name : {"Ana", "Bruno", "Carla"}) {
        const Row *row = run.addRow("people");
        run.interview.setAnswer(run.interview.at(*row, run.interview.form().find("name")),
                                Value::text(name));
    }
    ASSERT_TRUE(run.interview.removeRow(*run.interview.resolveRow("people[2]").value()).ok());
    EXPECT_EQ(run.value("people[1].name"), Value::text("Ana"));
    EXPECT_EQ(run.value("people[2].name"), Value::text("Carla"));
    EXPECT_FALSE(run.interview.resolve("people[3].name").ok());
    EXPECT_EQ(run.interview.rowTitle(*run.interview.resolveRow("people[2]").value()),
              "Person 2: Carla");
}

TEST(Rows, reducingARostersSizeNeverDestroysAnswers)
{
    Scenario run(
        R"~({"name": "n", "type": "integer", "label": "How many?", "range": {"min": 0, "max": 10}},
               {"roster": "kids", "title": "Kids", "size": "n", "items": [
                  {"name": "kid", "type": "text", "label": "Name"}]},
               {"name": "total", "type": "calculated", "calculate": "rows(kids)"})~");
    run.answer("n", 3);
    run.answer("kids[3].kid", Value::text("Zoé"));
    run.answer("n", 2);
    EXPECT_EQ(run.value("total"), Value::number(2));
    EXPECT_FALSE(run.relevant("kids[3].kid"));
    EXPECT_EQ(run.interview.answer(run.at("kids[3].kid")), Value::text("Zoé"));
    run.answer("n", 3);
    EXPECT_EQ(run.value("kids[3].kid"), Value::text("Zoé"));
}

TEST(Rows, fixedRowsAreTitledByTheirList)
{
    Scenario run(
        R"~({"roster": "crops", "title": "Crops", "fixed_rows": ["Maize", "Beans"], "items": [
                  {"name": "area", "type": "decimal", "label": "Area of {row()}"}]})~");
    EXPECT_EQ(run.interview.rows(run.at("crops")).size(), 2u);
    EXPECT_EQ(run.interview.rowTitle(*run.interview.resolveRow("crops[2]").value()), "Beans");
    EXPECT_FALSE(run.interview.addRow(run.at("crops")).ok());
}

// --- Substitution ------------------------------------------------------------------------------

TEST(Substitution, missingValueShowsANeutralPlaceholder)
{
    Scenario run(R"~({"name": "days", "type": "integer", "label": "Days"},
               {"name": "q24", "type": "integer", "label": "You reported working {days} days."})~");
    EXPECT_EQ(run.interview.label(run.at("q24")), "You reported working … days.");
    run.answer("days", 5);
    EXPECT_EQ(run.interview.label(run.at("q24")), "You reported working 5 days.");
}

TEST(Substitution, numbersAreFormattedForPeopleInTheLanguage)
{
    const auto form = mustLoad(R"~({"form": "t", "version": "1", "title": "T",
        "languages": ["en", "es"], "sections": [{"section": "s", "title": "S", "items": [
        {"name": "income", "type": "decimal", "label": {"en": "E", "es": "E"}},
        {"name": "n", "type": "note", "label": {"en": "You earn {income}.", "es": "Gana {income}."}}]}]})~");
    Interview interview(form);
    interview.setAnswer(interview.top(form->find("income")), Value::number(12500.5));
    EXPECT_EQ(interview.label(interview.top(form->find("n"))), "You earn 12,500.5.");
    interview.setLanguage(form->languageIndex("es"));
    EXPECT_EQ(interview.label(interview.top(form->find("n"))), "Gana 12.500,5.");
}

TEST(Substitution, choiceShowsTheOptionLabel)
{
    Scenario run(R"~({"name": "a", "type": "single", "label": "A", "options": "yn"},
               {"name": "n", "type": "note", "label": "You said {a}."})~");
    run.answer("a", 0);
    EXPECT_EQ(run.interview.label(run.at("n")), "You said No.");
}

// --- Validation strengths and what is kept -------------------------------------------------------

TEST(Validation, errorBlocksCompletionAndWarningCanBeConfirmed)
{
    Scenario run(
        R"~({"name": "age", "type": "integer", "label": "Age", "range": {"min": 0, "max": 120},
                "validations": [{"check": "age < 100", "message": "Over 100?",
                                 "severity": "warning"}]},
               {"name": "kids", "type": "integer", "label": "Kids",
                "validations": [{"check": "kids < 20", "message": "Too many"}]})~");
    EXPECT_EQ(run.answer("age", 104).outcome, Outcome::Warning);
    EXPECT_EQ(run.answer("kids", 25).outcome, Outcome::Error);
    Completeness c = run.interview.completeness();
    EXPECT_FALSE(c.canComplete());
    EXPECT_EQ(c.warnings.size(), 1u);
    ASSERT_TRUE(run.interview.confirmWarnings(run.at("age"), "Saw the ID card").ok());
    c = run.interview.completeness();
    EXPECT_TRUE(c.warnings.empty());
    EXPECT_EQ(run.interview.confirmationReason(run.at("age")), "Saw the ID card");
    run.answer("kids", 3);
    EXPECT_TRUE(run.interview.completeness().complete());
    run.answer("age", 105);
    EXPECT_EQ(run.interview.completeness().warnings.size(), 1u)
        << "a new answer takes the confirmation away";
}

TEST(Validation, outOfRangeIsStoredWithItsErrorAndWrongTypeIsRefused)
{
    Scenario run(
        R"~({"name": "days", "type": "integer", "label": "Days", "range": {"min": 1, "max": 7}},
               {"name": "a", "type": "single", "label": "A", "options": "yn"})~");
    EXPECT_EQ(run.answer("days", 9).outcome, Outcome::OutOfRange);
    EXPECT_EQ(run.interview.answer(run.at("days")), Value::number(9));
    const SetResult wrong = run.answer("days", Value::text("nine"));
    EXPECT_EQ(wrong.outcome, Outcome::WrongType);
    EXPECT_EQ(wrong.message, "'days' takes a whole number, not \"nine\"");
    EXPECT_EQ(run.answer("days", 2.5).outcome, Outcome::WrongType);
    EXPECT_EQ(run.interview.answer(run.at("days")), Value::number(9));
    const SetResult notAnOption = run.answer("a", 5);
    EXPECT_EQ(notAnOption.outcome, Outcome::NotAnOption);
    EXPECT_EQ(notAnOption.message, "5 is not an option of 'a'");
}

// --- Grids, codes, translations -----------------------------------------------------------------

TEST(Grid, eachItemIsItsOwnQuestion)
{
    Scenario run(R"~({"grid": "q29", "label": "How satisfied?", "options": "yn",
                "special_codes": [{"code": 88, "label": "Does not apply"}], "questions": [
                  {"name": "q29a", "label": "Pay"}, {"name": "q29b", "label": "Hours"}]})~");
    EXPECT_EQ(run.answer("q29a", 1).outcome, Outcome::Ok);
    EXPECT_EQ(run.answer("q29b", 88).outcome, Outcome::Ok);
    EXPECT_EQ(run.value("q29a"), Value::number(1));
    EXPECT_EQ(run.value("q29b"), Value::special(88));
    EXPECT_EQ(run.answer("q29a", 5).outcome, Outcome::NotAnOption);
}

TEST(Codes, areIntegersDisplayedByTheirOptionSet)
{
    Scenario run(R"~({"name": "a", "type": "single", "label": "A", "options": "yn"})~");
    const Item &a = run.interview.form().item(run.interview.form().find("a"));
    EXPECT_EQ(run.interview.codeText(a, 1), "01");
    EXPECT_EQ(run.interview.codeText(a, 0), "00");
    EXPECT_EQ(run.answer("a", 1).outcome, Outcome::Ok);
    EXPECT_EQ(run.value("a"), Value::number(1));
}

TEST(Translations, missingTextFallsBackToTheDefaultLanguage)
{
    const LoadResult r = loadInline(R"~({"form": "t", "version": "1", "title": {"en": "T",
        "es": "T"}, "languages": ["en", "es"], "sections": [{"section": "s", "title": {"en": "S",
        "es": "S"}, "items": [{"name": "q1", "type": "text", "label": {"en": "Name"}}]}]})~");
    ASSERT_TRUE(r.form);
    Interview interview(r.form);
    interview.setLanguage(r.form->languageIndex("es"));
    EXPECT_EQ(interview.label(interview.top(r.form->find("q1"))), "Name");
    EXPECT_EQ(r.diagnostics.warningCount(), 1);
}

// --- Skips compile into relevance ----------------------------------------------------------------

TEST(Skips, passOverTheItemsBetweenAndEndARosterRow)
{
    Scenario run(R"~({"name": "q1", "type": "single", "label": "Q1", "options": "yn",
                "skip": [{"if": "q1 == 0", "to": "q8"}]},
               {"roster": "trainings", "title": "T", "items": [
                  {"name": "q2_3", "type": "single", "label": "Done?", "options": [
                     {"code": 1, "label": "Still attending"}, {"code": 2, "label": "Left"},
                     {"code": 3, "label": "Completed"}],
                   "skip": [{"if": "q2_3 == 1", "to": "q3"}, {"if": "q2_3 == 3", "to": "q2_5"}]},
                  {"name": "q2_4", "type": "text", "label": "Why?"},
                  {"name": "q2_5", "type": "single", "label": "Certificate?", "options": "yn"}]},
               {"name": "q3", "type": "text", "label": "Q3"},
               {"name": "q8", "type": "text", "label": "Q8"})~");
    EXPECT_FALSE(run.relevant("q3")) << "q1 unanswered: what the skip passes over waits for it";
    EXPECT_TRUE(run.relevant("q8"));
    run.answer("q1", 1);
    run.addRow("trainings");
    run.addRow("trainings");
    run.answer("trainings[1].q2_3", 1);
    run.answer("trainings[2].q2_3", 3);
    EXPECT_FALSE(run.relevant("trainings[1].q2_4"));
    EXPECT_FALSE(run.relevant("trainings[1].q2_5"));
    EXPECT_FALSE(run.relevant("trainings[2].q2_4"));
    EXPECT_TRUE(run.relevant("trainings[2].q2_5"));
    EXPECT_TRUE(run.relevant("q3"))
        << "the skip out of a row does not skip what follows the roster";
    run.answer("q1", 0);
    EXPECT_FALSE(run.relevant("trainings"));
    EXPECT_FALSE(run.relevant("q3"));
    EXPECT_TRUE(run.relevant("q8"));
}

// --- Updates follow the dependency graph ---------------------------------------------------------

TEST(Graph, anAnswerRevisitsOnlyWhatDependsOnIt)
{
    Scenario run(R"~({"name": "a", "type": "integer", "label": "A"},
               {"name": "b", "type": "integer", "label": "B"},
               {"name": "c", "type": "text", "label": "C", "relevant": "a > 1"},
               {"name": "d", "type": "text", "label": "D", "relevant": "b > 1"},
               {"name": "e", "type": "text", "label": "E: {a}"})~");
    run.answer("a", 5);
    std::vector<std::string> changed;
    for (const Change &c : run.interview.changes())
        changed.push_back(run.interview.pathOf(c.instance));
    EXPECT_THAT(changed, ::testing::UnorderedElementsAre("a", "c", "e"));
}

// --- Found while writing the household survey
// ------------------------------------------------------

TEST(RosterRelevance, anAggregateReadInsideItsOwnRosterFollowsEveryRow)
{
    Scenario run(R"~({"roster": "people", "title": "People", "items": [
                  {"name": "head", "type": "single", "label": "Head?", "options": "yn"},
                  {"name": "heads", "type": "calculated", "calculate": "count(people, head == 1)"},
                  {"name": "who", "type": "text", "label": "W", "relevant": "rows(people) > 2"}]})~");
    run.addRow("people");
    run.addRow("people");
    run.answer("people[1].head", 1);
    run.answer("people[2].head", 1);
    EXPECT_EQ(run.value("people[1].heads"), Value::number(2));
    EXPECT_EQ(run.value("people[2].heads"), Value::number(2));
    EXPECT_FALSE(run.relevant("people[1].who"));
    run.addRow("people");
    EXPECT_TRUE(run.relevant("people[1].who")) << "a new row reaches the earlier rows too";
    EXPECT_EQ(run.value("people[3].heads"), Value::number(2));
}

TEST(Validation, aRostersWarningCanBeConfirmedAndIsNotAnError)
{
    Scenario run(R"~({"roster": "people", "title": "People",
                   "validations": [{"check": "rows(people) >= 2", "severity": "warning",
                                    "message": "Usually two or more"}],
                   "items": [{"name": "n", "type": "text", "label": "Name"}]})~");
    run.addRow("people");
    run.answer("people[1].n", Value::text("Ana"));
    Completeness c = run.interview.completeness();
    EXPECT_TRUE(c.errors.empty());
    ASSERT_EQ(c.warnings.size(), 1u);
    EXPECT_EQ(run.interview.pathOf(c.warnings.front()), "people");
    ASSERT_TRUE(run.interview.confirmWarnings(run.at("people"), "Lives alone").ok());
    EXPECT_TRUE(run.interview.completeness().complete());
}
