// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluator.h"
#include "form/form.h"
#include "form/result.h"
#include "row.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace enumera {

// What became of an answer.
enum class Outcome : uint8_t {
    Ok,
    Warning,     // stored; a validation of warning strength fires (it can be confirmed)
    Error,       // stored; a validation of error strength fires
    OutOfRange,  // stored; the number is outside the question's range
    NotAnOption, // refused: the code is not an option or a special code of the question
    WrongType,   // refused: not a value of the question's type
    NotRelevant, // refused: the question is not asked in this interview as it stands
};

const char *outcomeName(Outcome outcome); // "ok", "warning", "error", "out_of_range", ...

struct SetResult
{
    Outcome outcome = Outcome::Ok;
    std::string message; // for a refusal: why, in words

    bool stored() const
    {
        return outcome != Outcome::NotAnOption && outcome != Outcome::WrongType &&
               outcome != Outcome::NotRelevant;
    }
};

// What the last change did to the interview, for a screen that redraws only that.
struct Change
{
    enum : uint8_t { Relevance = 1, Value = 2, Outcome = 4, Text = 8, Rows = 16 };
    Instance instance;
    uint8_t what = 0;
};

// The state of a question as an enumerator sees it.
struct QuestionState
{
    bool relevant = false;
    Outcome outcome = Outcome::Ok;    // Ok, Warning, Error or OutOfRange
    bool confirmed = false;           // its warnings are confirmed
    std::vector<int> failingErrors;   // indexes of validations of error strength that fire
    std::vector<int> failingWarnings; // ... and of warning strength
};

struct Completeness
{
    std::vector<Instance> unanswered; // relevant, required, asked, without an answer
    std::vector<Instance> errors;     // out of range or failing a validation of error strength
    std::vector<Instance> warnings;   // failing a warning that has not been confirmed

    bool complete() const { return unanswered.empty() && errors.empty() && warnings.empty(); }
    bool canComplete() const { return errors.empty(); }
    // Why the interview cannot be completed ("" when it can).
    std::string refusal() const;
};

// An interview in progress: the answers given so far and everything that follows from them.
//
// Setting an answer revisits only what depends on it, in the order of the form's dependency
// graph, and reports what changed. Rows are addressed by Instance (a row and an item) or by
// path (members[2].trainings[1].q2_3).
class Interview
{
public:
    explicit Interview(std::shared_ptr<const Form> form);
    ~Interview();
    Interview(const Interview &) = delete;
    Interview &operator=(const Interview &) = delete;

    const Form &form() const { return *m_form; }
    std::shared_ptr<const Form> formPtr() const { return m_form; }
    const Row &root() const { return *m_root; }

    // --- paths
    // A question, section, grid or roster. `missingRow` tells whether the path was refused only
    // because a row it names does not exist (yet).
    Result<Instance> resolve(std::string_view path, bool *missingRow = nullptr) const;
    Result<const Row *> resolveRow(std::string_view path) const; // members[2], or "" for the top
    std::string pathOf(const Instance &instance) const;
    std::string pathOf(const Row &row) const;
    Instance at(const Row &row, ItemId item) const { return {&row, item}; }
    Instance top(ItemId item) const { return {m_root.get(), item}; }

    // --- answers
    SetResult setAnswer(const Instance &question, const Value &value);
    // What setAnswer would do, without doing it: a refusal, or Ok with the value as it would
    // be stored in `stored` (a number equal to a special code becomes that code, ...).
    SetResult check(const Instance &question, const Value &value, Value &stored) const;
    // The whole answer that toggling one option would give (see toggleOption).
    SetResult toggled(const Instance &question, int code, bool selected, Value &stored) const;
    SetResult clearAnswer(const Instance &question);
    // A multiple-choice option ticked or unticked on its own: an exclusive option clears the
    // others when chosen, and is cleared when another is chosen.
    SetResult toggleOption(const Instance &question, int code, bool selected);
    Status confirmWarnings(const Instance &question, std::string reason);

    // --- rosters grown by the enumerator
    Result<const Row *> addRow(const Instance &roster);
    Status removeRow(const Row &row);

    // --- restoring a stored interview: values are put back as they were, relevant or not,
    // and everything is worked out once at the end.
    Result<const Row *> restoreRow(const Instance &roster, int number);
    Status restoreAnswer(const Instance &question, const Value &value);
    Status restoreConfirmation(const Instance &question, std::string reason);
    void finishRestore();

    // --- language of the questionnaire's texts
    int language() const { return m_language; }
    void setLanguage(int language);

    // --- reading
    bool isRelevant(const Instance &instance) const;
    const Value &answer(const Instance &question) const; // the stored value, relevant or not
    const Value &effectiveValue(const Instance &question) const; // unknown when not relevant
    QuestionState state(const Instance &question) const;
    const std::string &confirmationReason(const Instance &question) const;
    const std::vector<std::unique_ptr<Row>> &rows(const Instance &roster) const;
    int relevantRowCount(const Instance &roster) const;

    // Texts in the current language, substitutions done.
    std::string label(const Instance &instance) const;
    std::string hint(const Instance &instance) const;
    std::string instruction(const Instance &instance) const;
    std::string validationMessage(const Instance &instance, int validation) const;
    // What an answer out of the question's range is told: "Out of range: the answer must be
    // between 0 and 120."
    std::string rangeMessage(const Instance &instance) const;
    std::string rowTitle(const Row &row) const; // "Training 2: University"
    std::string optionLabel(const Item &question, int code) const;
    std::string codeText(const Item &question, int code) const; // "01"
    std::string formatNumber(double n) const;
    std::string valueText(const Item &question, const Value &value) const;
    static const char *placeholder(); // shown for a substitution whose value is missing

    // --- navigation, in the order of the form, over relevant questions that ask something
    Instance first() const;
    Instance next(const Instance &from) const;
    Instance previous(const Instance &from) const;
    Instance firstIn(const Instance &container) const; // a section, grid, roster or its row
    Instance firstInRow(const Row &row) const;
    // Every instance of the form in order (sections, rosters, rows' items, questions), relevant
    // or not; `visit` returns false to stop.
    template<typename Visit>
    void forEachInstance(Visit visit) const;

    Completeness completeness() const;

    // What the last change (answer, row, language) did.
    const std::vector<Change> &changes() const { return m_changes; }

private:
    struct Task
    {
        int32_t rank;
        Facet facet;
        ItemId item;
        Row *row;
    };

    Result<Instance> locate(std::string_view path, bool wantRow, bool *missingRow) const;
    Row *mutableRow(const Row *row) const { return const_cast<Row *>(row); }
    Cell &cell(const Instance &i) const;
    std::unique_ptr<Row> createRow(Row *parent, ScopeId scope, int index);
    void scheduleRow(Row *row);
    void schedule(ItemId item, Facet facet, Row *row);
    void scheduleEdges(const std::vector<Edge> &edges, Row *source);
    void process();
    void sortPending();
    void revisitRelevance(ItemId item, Row *row);
    void revisitValue(ItemId item, Row *row);
    void revisitRowSet(ItemId roster, Row *row);
    void revisitCheck(ItemId item, Row *row);
    void noteChange(const Row *row, ItemId item, uint8_t what);
    int targetRowCount(const Item &roster, const Row *row) const;
    SetResult coerce(const Item &question, const Value &value, Value &out) const;
    SetResult store(const Instance &question, Value value);
    std::string render(const Text &text, const Row *row) const;
    template<typename Visit>
    bool walk(const std::vector<ItemId> &items, const Row *row, Visit &visit) const;

    std::shared_ptr<const Form> m_form;
    Evaluator m_evaluator;
    std::unique_ptr<Row> m_root;
    uint64_t m_nextRowId = 1;
    int m_language = 0;
    std::string m_decimalPoint = ".";
    std::string m_groupSeparator = ",";
    std::vector<Task> m_pending; // gathered before processing: sorted once when it starts
    std::vector<Task> m_queue;   // added while processing: a heap by rank
    std::vector<Task> m_sorted;  // room for sorting m_pending
    std::vector<uint32_t> m_rankStart;
    bool m_processing = false;
    std::vector<Change> m_changes;
    bool m_restoring = false;
};

template<typename Visit>
bool Interview::walk(const std::vector<ItemId> &items, const Row *row, Visit &visit) const
{
    for (ItemId id : items) {
        const Item &item = m_form->item(id);
        if (!visit(Instance{row, id}))
            return false;
        if (item.kind == ItemKind::Roster) {
            for (const auto &child : row->rosters[size_t(item.rosterSlot)])
                if (!walk(item.children, child.get(), visit))
                    return false;
        } else if (item.isContainer()) {
            if (!walk(item.children, row, visit))
                return false;
        }
    }
    return true;
}

template<typename Visit>
void Interview::forEachInstance(Visit visit) const
{
    walk(m_form->sections, m_root.get(), visit);
}

} // namespace enumera
