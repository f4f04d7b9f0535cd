// SPDX-License-Identifier: GPL-3.0-or-later
// Scripts and scenarios: interviews written as JSON Lines, one step per line.
#pragma once

#include "form/result.h"
#include "interview/interview.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace enumera {

struct Step
{
    enum class Kind {
        Answer,
        Clear,
        Toggle,
        AddRow,
        RemoveRow,
        Confirm,
        Language,
        Complete,
        Expect
    };

    Kind kind = Kind::Answer;
    int line = 0;
    std::string path;     // the question, roster or row the step is about
    nlohmann::json value; // answer: the value; toggle: the option; expect: the expectations
    bool selected = true; // toggle
    std::string text;     // confirm: the reason; language: the code
};

struct Script
{
    std::string file;
    std::vector<Step> steps;
};

// Reads a script; blank lines and lines starting with '#' are ignored. An error names the line.
Result<Script> parseScript(const std::string &file, const std::string &text);
Result<Script> readScript(const std::string &file);

// What steps are applied to: an interview, or an interview with its stored copy. Each call is
// one change; a refusal of the engine or a failure to save is an error.
class StepTarget
{
public:
    virtual ~StepTarget() = default;
    virtual const Interview &interview() const = 0;
    virtual Status answer(const Instance &question, const Value &value) = 0;
    virtual Status toggle(const Instance &question, int code, bool selected) = 0;
    virtual Status addRow(const Instance &roster) = 0;
    virtual Status removeRow(const Row &row) = 0;
    virtual Status confirm(const Instance &question, const std::string &reason) = 0;
    virtual Status language(int language) = 0;
    // Completes the interview. Without a store (an interview in memory, which has no status)
    // it checks that the interview could be completed: no errors.
    virtual Status complete() = 0;
};

// Applies one step that changes the interview (not an expectation). A step that cannot apply
// (an unknown path, a value of the wrong type, a code that is not an option) is an error.
Status applyStep(StepTarget &target, const Step &step);
Status applyStep(Interview &interview, const Step &step);

// One expectation of a scenario that did not hold.
struct Failure
{
    std::string file;
    int line = 0;
    std::string path;
    std::string expected;
    std::string found;

    std::string format() const; // "file:line: path: expected X, found Y"
};

struct Tally
{
    int passed = 0;
    std::vector<Failure> failures;
};

// Checks the expectations of an "expect" step against the interview.
void checkExpectations(const Interview &interview, const Script &script, const Step &step,
                       Tally &tally);

// Runs a whole scenario: steps applied in order, expectations checked. A step that cannot
// apply is a failure, and the rest of that scenario is not run.
void runScenario(const std::shared_ptr<const Form> &form, const Script &script, Tally &tally);

// Values as scripts write them: a number (a special code when the question declares it), a
// list of codes, a text; and back.
Value valueFromJson(const nlohmann::json &json);
nlohmann::json valueToJson(const Value &value);

} // namespace enumera
