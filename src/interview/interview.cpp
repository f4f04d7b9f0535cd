// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>

namespace enumera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Interview)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

const Value noValue;
const std::string noText;

uint8_t bit(Facet facet)
{
    return uint8_t(1u << unsigned(facet));
}

bool laterTask(const auto &a, const auto &b)
{
    return a.rank > b.rank;
}

} // namespace

const char *outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return "ok";
    case Outcome::Warning:
        return "warning";
    case Outcome::Error:
        return "error";
    case Outcome::OutOfRange:
        return "out_of_range";
    case Outcome::NotAnOption:
        return "not_an_option";
    case Outcome::WrongType:
        return "wrong_type";
    case Outcome::NotRelevant:
        return "not_relevant";
    }
    return "?";
}

const char *Interview::placeholder()
{
    return "…";
}

Interview::Interview(std::shared_ptr<const Form> form)
    : m_form(std::move(form))
    , m_evaluator(*m_form)
{
    setLanguage(m_form->defaultLanguage);
    m_root = createRow(nullptr, RootScope, 0);
    m_root->relevant = true;
    process();
    m_changes.clear();
}

Interview::~Interview() = default;

// ---------------------------------------------------------------------------------------------
// Rows and the work queue

std::unique_ptr<Row> Interview::createRow(Row *parent, ScopeId scope, int index)
{
    auto row = std::make_unique<Row>();
    row->parent = parent;
    row->scope = scope;
    row->index = index;
    row->id = m_nextRowId++;
    const Scope &s = m_form->scopes[size_t(scope)];
    row->cells.resize(s.members.size());
    row->rosters.resize(s.rosters.size());
    for (ItemId rosterId : s.rosters) {
        const Item &roster = m_form->item(rosterId);
        if (roster.rosterKind != RosterKind::Fixed)
            continue;
        auto &list = row->rosters[size_t(roster.rosterSlot)];
        for (size_t i = 0; i < roster.fixedRows.size(); ++i)
            list.push_back(createRow(row.get(), roster.rowScope, int(i)));
    }
    scheduleRow(row.get());
    return row;
}

void Interview::scheduleRow(Row *row)
{
    for (ItemId id : m_form->scopes[size_t(row->scope)].members) {
        const Item &item = m_form->item(id);
        schedule(id, Facet::Relevance, row);
        if (item.type == QuestionType::Calculated && item.isQuestion())
            schedule(id, Facet::Value, row);
        if (item.kind == ItemKind::Roster)
            schedule(id, Facet::RowSet, row);
        if (item.isQuestion() || item.kind == ItemKind::Roster)
            schedule(id, Facet::Check, row);
    }
}

void Interview::schedule(ItemId item, Facet facet, Row *row)
{
    Cell &c = row->cells[size_t(m_form->item(item).slot)];
    if (c.queued & bit(facet))
        return;
    c.queued |= bit(facet);
    const Task task{m_form->graph.rank(item, facet), facet, item, row};
    if (!m_processing) {
        // Work gathered before processing starts (a new row, a restore) is sorted once.
        m_pending.push_back(task);
        return;
    }
    m_queue.push_back(task);
    std::push_heap(m_queue.begin(), m_queue.end(), laterTask<Task, Task>);
}

void Interview::scheduleEdges(const std::vector<Edge> &edges, Row *source)
{
    for (const Edge &edge : edges) {
        Row *top = source;
        for (int i = 0; i < edge.up; ++i)
            top = top->parent;
        if (edge.down == 0) {
            schedule(edge.target, edge.facet, top);
            continue;
        }
        // The rosters to go down through, from the common scope to the target's.
        ItemId path[16];
        ScopeId s = m_form->item(edge.target).scope;
        for (int i = edge.down - 1; i >= 0; --i) {
            path[i] = m_form->scopes[size_t(s)].roster;
            s = m_form->scopes[size_t(s)].parent;
        }
        auto descend = [&](auto &self, Row *row, int level) -> void {
            if (level == edge.down) {
                schedule(edge.target, edge.facet, row);
                return;
            }
            for (auto &child : row->rosters[size_t(m_form->item(path[level]).rosterSlot)])
                self(self, child.get(), level + 1);
        };
        descend(descend, top, 0);
    }
}

void Interview::process()
{
    // The tasks gathered beforehand, in rank order, merged with those that processing adds.
    m_processing = true;
    sortPending();
    size_t next = 0;
    while (next < m_pending.size() || !m_queue.empty()) {
        Task task;
        if (!m_queue.empty() &&
            (next == m_pending.size() || m_queue.front().rank < m_pending[next].rank)) {
            std::pop_heap(m_queue.begin(), m_queue.end(), laterTask<Task, Task>);
            task = m_queue.back();
            m_queue.pop_back();
        } else {
            task = m_pending[next++];
        }
        task.row->cells[size_t(m_form->item(task.item).slot)].queued &= uint8_t(~bit(task.facet));
        switch (task.facet) {
        case Facet::Relevance:
            revisitRelevance(task.item, task.row);
            break;
        case Facet::Value:
            revisitValue(task.item, task.row);
            break;
        case Facet::RowSet:
            revisitRowSet(task.item, task.row);
            break;
        case Facet::Check:
            revisitCheck(task.item, task.row);
            break;
        case Facet::Text:
            noteChange(task.row, task.item, Change::Text);
            break;
        }
    }
    m_pending.clear();
    m_processing = false;
}

// The ranks are few and known (those of the form's graph), so a restore's thousands of tasks
// are put in order by counting them per rank: two passes over them, where a sort by comparisons
// makes a dozen.
void Interview::sortPending()
{
    const size_t ranks = size_t(m_form->graph.sinkRank) + 2;
    auto byRank = [](const Task &a, const Task &b) {
        return a.rank < b.rank;
    };
    if (m_pending.size() < 64) {
        std::sort(m_pending.begin(), m_pending.end(), byRank);
        return;
    }
    m_rankStart.assign(ranks + 1, 0);
    for (const Task &t : m_pending) {
        if (t.rank < 0 || size_t(t.rank) >= ranks) {
            std::sort(m_pending.begin(), m_pending.end(), byRank);
            return;
        }
        ++m_rankStart[size_t(t.rank) + 1];
    }
    for (size_t r = 1; r <= ranks; ++r)
        m_rankStart[r] += m_rankStart[r - 1];
    m_sorted.resize(m_pending.size());
    for (const Task &t : m_pending)
        m_sorted[m_rankStart[size_t(t.rank)]++] = t;
    m_pending.swap(m_sorted);
}

void Interview::noteChange(const Row *row, ItemId item, uint8_t what)
{
    if (m_restoring)
        return;
    if (!m_changes.empty() && m_changes.back().instance == Instance{row, item}) {
        m_changes.back().what |= what;
        return;
    }
    m_changes.push_back({{row, item}, what});
}

void Interview::revisitRelevance(ItemId id, Row *row)
{
    const Item &item = m_form->item(id);
    bool relevant = true;
    if (item.parent != NoItem) {
        const Item &parent = m_form->item(item.parent);
        relevant = parent.kind == ItemKind::Roster ? row->relevant
                                                   : row->cells[size_t(parent.slot)].relevant;
    }
    for (size_t i = 0; relevant && i < item.relevance.size(); ++i)
        relevant = m_evaluator.holds(item.relevance[i], row);
    Cell &c = row->cells[size_t(item.slot)];
    if (c.relevant == relevant)
        return;
    c.relevant = relevant;
    noteChange(row, id, Change::Relevance);
    if (item.isQuestion()) {
        schedule(id, Facet::Check, row);
        if (c.value.isKnown())
            scheduleEdges(m_form->graph.valueDependents[size_t(id)], row);
        return;
    }
    if (item.kind == ItemKind::Roster) {
        schedule(id, Facet::RowSet, row);
        schedule(id, Facet::Check, row);
        return;
    }
    for (ItemId child : item.children)
        schedule(child, Facet::Relevance, row);
}

void Interview::revisitValue(ItemId id, Row *row)
{
    const Item &item = m_form->item(id);
    Value v = m_evaluator.evaluate(item.calculation, row);
    Cell &c = row->cells[size_t(item.slot)];
    if (c.value == v)
        return;
    c.value = std::move(v);
    noteChange(row, id, Change::Value);
    if (c.relevant)
        scheduleEdges(m_form->graph.valueDependents[size_t(id)], row);
}

int Interview::targetRowCount(const Item &roster, const Row *row) const
{
    switch (roster.rosterKind) {
    case RosterKind::Fixed:
        return int(roster.fixedRows.size());
    case RosterKind::Grown:
        return int(row->rosters[size_t(roster.rosterSlot)].size());
    case RosterKind::Sized:
        break;
    }
    const Value &size = m_evaluator.effective(roster.sizeQuestion, row);
    if (size.kind() != Value::Kind::Number || size.asNumber() < 0)
        return 0;
    double limit = roster.maxRows > 0 ? roster.maxRows : 0;
    const Item &question = m_form->item(roster.sizeQuestion);
    if (question.max && (limit == 0 || *question.max < limit))
        limit = *question.max;
    return int(std::min(size.asNumber(), limit));
}

void Interview::revisitRowSet(ItemId id, Row *row)
{
    const Item &roster = m_form->item(id);
    const bool rosterRelevant = row->cells[size_t(roster.slot)].relevant;
    auto &list = row->rosters[size_t(roster.rosterSlot)];
    const int wanted = targetRowCount(roster, row);
    bool changed = false;
    // A sized roster keeps the rows it no longer needs, with their answers, not relevant:
    // reducing its size never destroys what was entered.
    while (roster.rosterKind == RosterKind::Sized && rosterRelevant && int(list.size()) < wanted) {
        list.push_back(createRow(row, roster.rowScope, int(list.size())));
        changed = true;
    }
    for (auto &child : list) {
        const bool relevant = rosterRelevant && child->index < wanted;
        if (child->relevant == relevant)
            continue;
        child->relevant = relevant;
        changed = true;
        for (ItemId member : roster.children)
            schedule(member, Facet::Relevance, child.get());
    }
    if (changed) {
        noteChange(row, id, Change::Rows);
        scheduleEdges(m_form->graph.rowSetDependents[size_t(id)], row);
        schedule(id, Facet::Check, row);
    }
}

void Interview::revisitCheck(ItemId id, Row *row)
{
    const Item &item = m_form->item(id);
    Cell &c = row->cells[size_t(item.slot)];
    uint64_t failing = 0;
    bool outOfRange = false;
    const bool checked = c.relevant && (item.kind == ItemKind::Roster || c.value.isKnown());
    if (checked) {
        if (item.isNumeric() && c.value.kind() == Value::Kind::Number) {
            const double v = c.value.asNumber();
            outOfRange = (item.min && v < *item.min) || (item.max && v > *item.max);
        }
        for (size_t i = 0; i < item.validations.size(); ++i) {
            const Validation &v = item.validations[i];
            // A check that is unknown (it reads an unanswered question) does not fire.
            if (v.check == NoExpr)
                continue;
            const Value result = m_evaluator.evaluate(v.check, row);
            if (result.kind() == Value::Kind::Bool && !result.asBool())
                failing |= uint64_t(1) << i;
        }
    }
    if (c.failing == failing && c.outOfRange == outOfRange)
        return;
    c.failing = failing;
    c.outOfRange = outOfRange;
    noteChange(row, id, Change::Outcome);
}

Cell &Interview::cell(const Instance &i) const
{
    return mutableRow(i.row)->cells[size_t(m_form->item(i.item).slot)];
}

// ---------------------------------------------------------------------------------------------
// Answers

SetResult Interview::coerce(const Item &question, const Value &value, Value &out) const
{
    auto wrongType = [&](const QString &expected) {
        return SetResult{Outcome::WrongType,
                         Tr::tr("'%1' takes %2, not %3")
                             .arg(q(question.name), expected, q(value.debugText()))
                             .toStdString()};
    };
    auto asCode = [&](const Value &v, int &code) {
        if (v.kind() == Value::Kind::Special) {
            code = v.specialCode();
            return true;
        }
        if (v.kind() != Value::Kind::Number || v.asNumber() != std::floor(v.asNumber()) ||
            std::fabs(v.asNumber()) > 1e9)
            return false;
        code = int(v.asNumber());
        return true;
    };
    switch (question.type) {
    case QuestionType::Single: {
        int code = 0;
        if (!asCode(value, code))
            return wrongType(Tr::tr("an option code"));
        if (question.specialCode(code)) {
            out = Value::special(code);
            return {};
        }
        const OptionSet *set = m_form->options(question);
        if (!set || !set->find(code))
            return {Outcome::NotAnOption, Tr::tr("%1 is not an option of '%2'")
                                              .arg(code)
                                              .arg(q(question.name))
                                              .toStdString()};
        out = Value::number(code);
        return {};
    }
    case QuestionType::Multiple: {
        CodeSet codes;
        if (value.kind() == Value::Kind::Codes) {
            codes = value.asCodes();
        } else {
            int code = 0;
            if (!asCode(value, code))
                return wrongType(Tr::tr("a list of option codes"));
            codes.push_back(code);
        }
        const OptionSet *set = m_form->options(question);
        const Option *exclusive = nullptr;
        for (int code : codes) {
            const Option *o = set ? set->find(code) : nullptr;
            if (!o)
                return {Outcome::NotAnOption, Tr::tr("%1 is not an option of '%2'")
                                                  .arg(code)
                                                  .arg(q(question.name))
                                                  .toStdString()};
            if (o->exclusive)
                exclusive = o;
        }
        if (exclusive && codes.size() > 1)
            return {Outcome::NotAnOption, Tr::tr("option %1 of '%2' excludes every other option")
                                              .arg(exclusive->code)
                                              .arg(q(question.name))
                                              .toStdString()};
        out = codes.empty() ? Value() : Value::codes(std::move(codes));
        return {};
    }
    case QuestionType::Integer:
    case QuestionType::Decimal: {
        double n = 0;
        if (value.kind() == Value::Kind::Special)
            n = value.specialCode();
        else if (value.kind() == Value::Kind::Number && std::isfinite(value.asNumber()))
            n = value.asNumber();
        else
            return wrongType(question.type == QuestionType::Integer ? Tr::tr("a whole number")
                                                                    : Tr::tr("a number"));
        if (n == std::floor(n) && std::fabs(n) < 1e9 && question.specialCode(int(n))) {
            out = Value::special(int(n));
            return {};
        }
        if (value.kind() == Value::Kind::Special)
            return {Outcome::NotAnOption, Tr::tr("%1 is not a special code of '%2'")
                                              .arg(value.specialCode())
                                              .arg(q(question.name))
                                              .toStdString()};
        if (question.type == QuestionType::Integer && n != std::floor(n))
            return wrongType(Tr::tr("a whole number"));
        out = Value::number(n);
        return {};
    }
    case QuestionType::Text:
        if (value.kind() != Value::Kind::Text)
            return wrongType(Tr::tr("a text"));
        out = value.asText().empty() ? Value() : value;
        return {};
    case QuestionType::Date:
        if (value.kind() == Value::Kind::Date) {
            out = value;
            return {};
        }
        if (value.kind() == Value::Kind::Text) {
            Date d;
            if (Date::parse(value.asText(), d)) {
                out = Value::date(d);
                return {};
            }
            // Written as a date, but no such day: 2026-02-30.
            const std::string &t = value.asText();
            bool shaped = t.size() == 10 && t[4] == '-' && t[7] == '-';
            for (size_t i = 0; shaped && i < t.size(); ++i)
                shaped = i == 4 || i == 7 || std::isdigit(static_cast<unsigned char>(t[i]));
            if (shaped)
                return {Outcome::WrongType,
                        Tr::tr("'%1' takes a date, and %2 is not a day of the calendar")
                            .arg(q(question.name), QString::fromStdString(t))
                            .toStdString()};
        }
        return wrongType(Tr::tr("a date written YYYY-MM-DD"));
    case QuestionType::Note:
    case QuestionType::Calculated:
        break;
    }
    return {Outcome::WrongType, Tr::tr("'%1' is not answered: it is a note or a calculation")
                                    .arg(q(question.name))
                                    .toStdString()};
}

SetResult Interview::store(const Instance &question, Value value)
{
    m_changes.clear();
    Cell &c = cell(question);
    if (c.value != value) {
        c.value = std::move(value);
        c.confirmed = false;
        c.reason.clear();
        Row *row = mutableRow(question.row);
        noteChange(row, question.item, Change::Value);
        schedule(question.item, Facet::Check, row);
        if (c.relevant)
            scheduleEdges(m_form->graph.valueDependents[size_t(question.item)], row);
        if (!m_restoring)
            process();
    }
    if (m_restoring)
        return {};
    return {state(question).outcome, {}};
}

SetResult Interview::check(const Instance &question, const Value &value, Value &stored) const
{
    if (!question.valid())
        return {Outcome::WrongType, Tr::tr("no such question").toStdString()};
    const Item &item = m_form->item(question.item);
    if (!item.isAsked())
        return {Outcome::WrongType,
                Tr::tr("'%1' is not a question that is answered").arg(q(item.name)).toStdString()};
    if (!cell(question).relevant)
        return {Outcome::NotRelevant, Tr::tr("'%1' is not asked here, as the interview stands")
                                          .arg(q(pathOf(question)))
                                          .toStdString()};
    if (value.isMissing()) {
        stored = Value();
        return {};
    }
    return coerce(item, value, stored);
}

SetResult Interview::setAnswer(const Instance &question, const Value &value)
{
    Value coerced;
    SetResult checked = check(question, value, coerced);
    if (!checked.stored() || checked.outcome != Outcome::Ok)
        return checked;
    return store(question, std::move(coerced));
}

SetResult Interview::clearAnswer(const Instance &question)
{
    if (!question.valid() || !m_form->item(question.item).isAsked())
        return {Outcome::WrongType, Tr::tr("no such question").toStdString()};
    return store(question, Value());
}

SetResult Interview::toggled(const Instance &question, int code, bool selected, Value &stored) const
{
    if (!question.valid())
        return {Outcome::WrongType, Tr::tr("no such question").toStdString()};
    const Item &item = m_form->item(question.item);
    if (item.type != QuestionType::Multiple)
        return check(question, selected ? Value::number(code) : Value(), stored);
    const OptionSet *set = m_form->options(item);
    const Option *option = set ? set->find(code) : nullptr;
    if (!option)
        return {Outcome::NotAnOption,
                Tr::tr("%1 is not an option of '%2'").arg(code).arg(q(item.name)).toStdString()};
    const Value &current = cell(question).value;
    CodeSet codes = current.kind() == Value::Kind::Codes ? current.asCodes() : CodeSet{};
    if (!selected) {
        codes.erase(std::remove(codes.begin(), codes.end(), code), codes.end());
    } else if (option->exclusive) {
        codes = {code};
    } else {
        codes.erase(std::remove_if(codes.begin(), codes.end(),
                                   [&](int c) {
                                       const Option *o = set->find(c);
                                       return o && o->exclusive;
                                   }),
                    codes.end());
        codes.push_back(code);
    }
    return check(question, codes.empty() ? Value() : Value::codes(std::move(codes)), stored);
}

SetResult Interview::toggleOption(const Instance &question, int code, bool selected)
{
    Value whole;
    SetResult checked = toggled(question, code, selected, whole);
    if (!checked.stored() || checked.outcome != Outcome::Ok)
        return checked;
    return store(question, std::move(whole));
}

Status Interview::confirmWarnings(const Instance &question, std::string reason)
{
    if (!question.valid() || !(m_form->item(question.item).isQuestion() ||
                               m_form->item(question.item).kind == ItemKind::Roster))
        return Error{Tr::tr("no such question or roster").toStdString()};
    const QuestionState s = state(question);
    if (s.failingWarnings.empty())
        return Error{
            Tr::tr("'%1' has no warning to confirm").arg(q(pathOf(question))).toStdString()};
    m_changes.clear();
    Cell &c = cell(question);
    c.confirmed = true;
    c.reason = std::move(reason);
    noteChange(question.row, question.item, Change::Outcome);
    return {};
}

// ---------------------------------------------------------------------------------------------
// Rows

Result<const Row *> Interview::addRow(const Instance &rosterInstance)
{
    if (!rosterInstance.valid() || m_form->item(rosterInstance.item).kind != ItemKind::Roster)
        return Error{Tr::tr("not a roster").toStdString()};
    const Item &roster = m_form->item(rosterInstance.item);
    if (roster.rosterKind != RosterKind::Grown)
        return Error{(roster.rosterKind == RosterKind::Sized
                          ? Tr::tr("the rows of '%1' follow the answer to '%2'")
                                .arg(q(roster.name), q(m_form->item(roster.sizeQuestion).name))
                          : Tr::tr("the rows of '%1' are fixed by the form").arg(q(roster.name)))
                         .toStdString()};
    if (!isRelevant(rosterInstance))
        return Error{Tr::tr("'%1' is not asked here, as the interview stands")
                         .arg(q(pathOf(rosterInstance)))
                         .toStdString()};
    Row *row = mutableRow(rosterInstance.row);
    auto &list = row->rosters[size_t(roster.rosterSlot)];
    if (roster.maxRows > 0 && int(list.size()) >= roster.maxRows)
        return Error{Tr::tr("'%1' has room for %2 rows at most")
                         .arg(q(roster.name))
                         .arg(roster.maxRows)
                         .toStdString()};
    m_changes.clear();
    list.push_back(createRow(row, roster.rowScope, int(list.size())));
    Row *added = list.back().get();
    // Only the new row is new: it is relevant with its roster. The earlier rows are not
    // revisited, so adding the 500th row costs what adding the first did.
    added->relevant = true;
    noteChange(row, roster.id, Change::Rows);
    scheduleEdges(m_form->graph.rowSetDependents[size_t(roster.id)], row);
    schedule(roster.id, Facet::Check, row);
    process();
    return static_cast<const Row *>(added);
}

Status Interview::removeRow(const Row &target)
{
    Row *parent = target.parent;
    if (!parent)
        return Error{Tr::tr("the top of the interview is not a row").toStdString()};
    const Item &roster = m_form->item(m_form->scopes[size_t(target.scope)].roster);
    if (roster.rosterKind != RosterKind::Grown)
        return Error{Tr::tr("the rows of '%1' cannot be removed one by one")
                         .arg(q(roster.name))
                         .toStdString()};
    m_changes.clear();
    auto &list = parent->rosters[size_t(roster.rosterSlot)];
    const int removed = target.index;
    list.erase(list.begin() + removed);
    // The rows after it move up one place; whatever reads row() in them is worked out again.
    for (size_t i = size_t(removed); i < list.size(); ++i) {
        list[i]->index = int(i);
        auto again = [&](auto &self, Row *row) -> void {
            scheduleRow(row);
            for (auto &inner : row->rosters)
                for (auto &child : inner)
                    self(self, child.get());
        };
        again(again, list[i].get());
    }
    noteChange(parent, roster.id, Change::Rows);
    scheduleEdges(m_form->graph.rowSetDependents[size_t(roster.id)], parent);
    schedule(roster.id, Facet::Check, parent);
    process();
    return {};
}

Result<const Row *> Interview::restoreRow(const Instance &rosterInstance, int number)
{
    if (!rosterInstance.valid() || m_form->item(rosterInstance.item).kind != ItemKind::Roster)
        return Error{Tr::tr("not a roster").toStdString()};
    const Item &roster = m_form->item(rosterInstance.item);
    Row *row = mutableRow(rosterInstance.row);
    auto &list = row->rosters[size_t(roster.rosterSlot)];
    if (number < 1 || number > 100000)
        return Error{Tr::tr("row %1 of '%2' is out of bounds")
                         .arg(number)
                         .arg(q(roster.name))
                         .toStdString()};
    if (roster.rosterKind == RosterKind::Fixed && size_t(number) > list.size())
        return Error{Tr::tr("'%1' has %2 fixed rows, not %3")
                         .arg(q(roster.name))
                         .arg(list.size())
                         .arg(number)
                         .toStdString()};
    m_restoring = true;
    while (int(list.size()) < number)
        list.push_back(createRow(row, roster.rowScope, int(list.size())));
    schedule(roster.id, Facet::RowSet, row);
    return list[size_t(number - 1)].get();
}

Status Interview::restoreAnswer(const Instance &question, const Value &value)
{
    if (!question.valid() || !m_form->item(question.item).isAsked())
        return Error{Tr::tr("no such question").toStdString()};
    Value coerced;
    SetResult r = coerce(m_form->item(question.item), value, coerced);
    if (!r.stored() || r.outcome != Outcome::Ok)
        return Error{r.message};
    m_restoring = true;
    store(question, std::move(coerced));
    return {};
}

Status Interview::restoreConfirmation(const Instance &question, std::string reason)
{
    if (!question.valid() || !(m_form->item(question.item).isQuestion() ||
                               m_form->item(question.item).kind == ItemKind::Roster))
        return Error{Tr::tr("no such question").toStdString()};
    Cell &c = cell(question);
    c.confirmed = true;
    c.reason = std::move(reason);
    return {};
}

void Interview::finishRestore()
{
    m_restoring = true;
    process();
    m_restoring = false;
    m_changes.clear();
}

// ---------------------------------------------------------------------------------------------
// Reading

bool Interview::isRelevant(const Instance &instance) const
{
    return instance.valid() && cell(instance).relevant;
}

const Value &Interview::answer(const Instance &question) const
{
    return question.valid() ? cell(question).value : noValue;
}

const Value &Interview::effectiveValue(const Instance &question) const
{
    if (!question.valid())
        return noValue;
    const Cell &c = cell(question);
    return c.relevant ? c.value : noValue;
}

QuestionState Interview::state(const Instance &question) const
{
    QuestionState s;
    if (!question.valid())
        return s;
    const Item &item = m_form->item(question.item);
    const Cell &c = cell(question);
    s.relevant = c.relevant;
    s.confirmed = c.confirmed;
    for (size_t i = 0; i < item.validations.size(); ++i)
        if (c.failing & (uint64_t(1) << i))
            (item.validations[i].warning ? s.failingWarnings : s.failingErrors).push_back(int(i));
    if (c.outOfRange)
        s.outcome = Outcome::OutOfRange;
    else if (!s.failingErrors.empty())
        s.outcome = Outcome::Error;
    else if (!s.failingWarnings.empty())
        s.outcome = Outcome::Warning;
    return s;
}

const std::string &Interview::confirmationReason(const Instance &question) const
{
    return question.valid() ? cell(question).reason : noText;
}

const std::vector<std::unique_ptr<Row>> &Interview::rows(const Instance &roster) const
{
    return roster.row->rosters[size_t(m_form->item(roster.item).rosterSlot)];
}

int Interview::relevantRowCount(const Instance &roster) const
{
    int n = 0;
    for (const auto &row : rows(roster))
        n += row->relevant;
    return n;
}

Completeness Interview::completeness() const
{
    Completeness result;
    forEachInstance([&](const Instance &i) {
        const Item &item = m_form->item(i.item);
        const Cell &c = cell(i);
        if (!c.relevant)
            return true;
        if (item.kind != ItemKind::Roster && !item.isQuestion())
            return true;
        if (item.isAsked() && item.required && c.value.isMissing())
            result.unanswered.push_back(i);
        const QuestionState s = state(i);
        if (s.outcome == Outcome::OutOfRange || s.outcome == Outcome::Error)
            result.errors.push_back(i);
        else if (s.outcome == Outcome::Warning && !s.confirmed)
            result.warnings.push_back(i);
        return true;
    });
    return result;
}

// ---------------------------------------------------------------------------------------------
// Navigation

Instance Interview::first() const
{
    Instance found;
    forEachInstance([&](const Instance &i) {
        if (m_form->item(i.item).isAsked() && cell(i).relevant) {
            found = i;
            return false;
        }
        return true;
    });
    return found;
}

Instance Interview::next(const Instance &from) const
{
    Instance found;
    bool passed = false;
    forEachInstance([&](const Instance &i) {
        if (passed && m_form->item(i.item).isAsked() && cell(i).relevant) {
            found = i;
            return false;
        }
        passed = passed || i == from;
        return true;
    });
    return found;
}

Instance Interview::previous(const Instance &from) const
{
    Instance found;
    forEachInstance([&](const Instance &i) {
        if (i == from)
            return false;
        if (m_form->item(i.item).isAsked() && cell(i).relevant)
            found = i;
        return true;
    });
    return found;
}

Instance Interview::firstIn(const Instance &container) const
{
    const Item &item = m_form->item(container.item);
    if (item.isQuestion())
        return item.isAsked() && cell(container).relevant ? container : Instance{};
    Instance found;
    auto visit = [&](const Instance &i) {
        if (m_form->item(i.item).isAsked() && cell(i).relevant) {
            found = i;
            return false;
        }
        return true;
    };
    walk(std::vector<ItemId>{container.item}, container.row, visit);
    return found;
}

Instance Interview::firstInRow(const Row &row) const
{
    const Item &roster = m_form->item(m_form->scopes[size_t(row.scope)].roster);
    Instance found;
    auto visit = [&](const Instance &i) {
        if (m_form->item(i.item).isAsked() && cell(i).relevant) {
            found = i;
            return false;
        }
        return true;
    };
    walk(roster.children, &row, visit);
    return found;
}

// ---------------------------------------------------------------------------------------------
// Paths: members[2].trainings[1].q2_3

namespace {
struct Segment
{
    std::string name;
    int number = 0; // 0: no [n]
};

bool splitPath(std::string_view path, std::vector<Segment> &out)
{
    size_t pos = 0;
    while (pos <= path.size()) {
        size_t end = path.find('.', pos);
        if (end == std::string_view::npos)
            end = path.size();
        std::string_view part = path.substr(pos, end - pos);
        Segment s;
        const size_t bracket = part.find('[');
        if (bracket != std::string_view::npos) {
            if (part.back() != ']')
                return false;
            std::string_view digits = part.substr(bracket + 1, part.size() - bracket - 2);
            auto [ptr, ec] =
                std::from_chars(digits.data(), digits.data() + digits.size(), s.number);
            if (ec != std::errc() || ptr != digits.data() + digits.size() || s.number < 1)
                return false;
            part = part.substr(0, bracket);
        }
        if (part.empty())
            return false;
        s.name = std::string(part);
        out.push_back(std::move(s));
        pos = end + 1;
        if (end == path.size())
            break;
    }
    return !out.empty();
}
} // namespace

Result<const Row *> Interview::resolveRow(std::string_view path) const
{
    if (path.empty())
        return static_cast<const Row *>(m_root.get());
    Result<Instance> r = locate(path, true, nullptr);
    if (!r)
        return Error{r.error()};
    return r->row;
}

Result<Instance> Interview::resolve(std::string_view path, bool *missingRow) const
{
    return locate(path, false, missingRow);
}

Result<Instance> Interview::locate(std::string_view path, bool wantRow, bool *missingRow) const
{
    if (missingRow)
        *missingRow = false;
    std::vector<Segment> segments;
    if (!splitPath(path, segments))
        return Error{Tr::tr("'%1' is not a path such as members[2].trainings[1].q2_3")
                         .arg(QString::fromUtf8(path.data(), qsizetype(path.size())))
                         .toStdString()};
    // After a row that does not exist, the rest of the path is still checked against the form,
    // so that a misspelt name is reported as such rather than as the missing row.
    const Row *row = m_root.get();
    ScopeId scope = row->scope;
    std::optional<std::string> noSuchRow;
    const QString whole = QString::fromUtf8(path.data(), qsizetype(path.size()));
    for (size_t i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        const ItemId id = m_form->find(s.name);
        if (id == NoItem)
            return Error{
                Tr::tr("unknown name '%1' in the path '%2'").arg(q(s.name), whole).toStdString()};
        const Item &item = m_form->item(id);
        if (item.scope != scope) {
            const ScopeId its = item.scope;
            const Item *roster =
                its == RootScope ? nullptr : &m_form->item(m_form->scopes[size_t(its)].roster);
            return Error{(roster ? Tr::tr("'%1' is in roster '%2': its path needs the row, as in "
                                          "%2[1].%1")
                                       .arg(q(s.name), q(roster->name))
                                 : Tr::tr("'%1' is not inside '%2'")
                                       .arg(q(s.name), q(i > 0 ? segments[i - 1].name : "")))
                             .toStdString()};
        }
        const bool last = i + 1 == segments.size();
        if (last && wantRow && s.number == 0)
            return Error{Tr::tr("'%1' is not a row; a row path ends with its number, as in %2[1]")
                             .arg(whole, q(s.name))
                             .toStdString()};
        if (last && !wantRow && s.number != 0)
            return Error{Tr::tr("'%1' is a row, not a question, section or roster")
                             .arg(whole)
                             .toStdString()};
        if (s.number == 0) {
            if (!last)
                return Error{Tr::tr("'%1' in the path '%2' needs a row number, as in %1[1]")
                                 .arg(q(s.name), whole)
                                 .toStdString()};
            if (noSuchRow)
                break;
            return Instance{row, id};
        }
        if (item.kind != ItemKind::Roster)
            return Error{Tr::tr("'%1' is not a roster and has no rows (in the path '%2')")
                             .arg(q(s.name), whole)
                             .toStdString()};
        scope = item.rowScope;
        if (noSuchRow) {
            if (last)
                break;
            continue;
        }
        const auto &list = row->rosters[size_t(item.rosterSlot)];
        if (size_t(s.number) > list.size()) {
            noSuchRow = Tr::tr("'%1' has no row %2 (it has %n row(s))", nullptr, int(list.size()))
                            .arg(q(s.name))
                            .arg(s.number)
                            .toStdString();
            if (last)
                break;
            continue;
        }
        const Row *child = list[size_t(s.number - 1)].get();
        if (last)
            return Instance{child, NoItem}; // a row: only resolveRow() hands it out

        row = child;
    }
    if (noSuchRow) {
        if (missingRow)
            *missingRow = true;
        return Error{*noSuchRow};
    }
    return Error{Tr::tr("empty path").toStdString()};
}

std::string Interview::pathOf(const Row &row) const
{
    if (!row.parent)
        return {};
    const Item &roster = m_form->item(m_form->scopes[size_t(row.scope)].roster);
    std::string outer = pathOf(*row.parent);
    return (outer.empty() ? outer : outer + '.') + roster.name + '[' +
           std::to_string(row.number()) + ']';
}

std::string Interview::pathOf(const Instance &instance) const
{
    if (!instance.valid())
        return {};
    const Item &item = m_form->item(instance.item);
    const std::string outer = pathOf(*instance.row);
    return outer.empty() ? item.name : outer + '.' + item.name;
}

// ---------------------------------------------------------------------------------------------
// Texts

void Interview::setLanguage(int language)
{
    if (language < 0 || size_t(language) >= m_form->languages.size())
        return;
    const bool changed = language != m_language;
    m_language = language;
    const QLocale locale(q(m_form->languages[size_t(language)]));
    m_decimalPoint = locale.decimalPoint().toStdString();
    m_groupSeparator = locale.groupSeparator().toStdString();
    if (changed && m_root) {
        m_changes.clear();
        noteChange(m_root.get(), NoItem, Change::Text);
    }
}

std::string Interview::formatNumber(double n) const
{
    if (!std::isfinite(n))
        return placeholder();
    const bool negative = n < 0;
    // Up to two decimals, without trailing zeros: 7, 3.5, 1,234.25 (in the language's way).
    const double rounded = std::round(std::fabs(n) * 100) / 100;
    const auto whole = static_cast<long long>(rounded);
    const int cents = int(std::llround((rounded - double(whole)) * 100));
    std::string digits = std::to_string(whole);
    std::string out;
    const size_t count = digits.size();
    for (size_t i = 0; i < count; ++i) {
        out += digits[i];
        const size_t left = count - i - 1;
        if (count > 4 && left > 0 && left % 3 == 0)
            out += m_groupSeparator;
    }
    if (cents) {
        out += m_decimalPoint;
        out += char('0' + cents / 10);
        if (cents % 10)
            out += char('0' + cents % 10);
    }
    return negative ? "-" + out : out;
}

std::string Interview::codeText(const Item &question, int code) const
{
    const OptionSet *set = m_form->options(question);
    std::string digits = std::to_string(std::abs(code));
    if (set && int(digits.size()) < set->codeDigits)
        digits.insert(0, size_t(set->codeDigits) - digits.size(), '0');
    return code < 0 ? "-" + digits : digits;
}

std::string Interview::optionLabel(const Item &question, int code) const
{
    const Text *text = nullptr;
    if (const OptionSet *set = m_form->options(question))
        if (const Option *o = set->find(code))
            text = &o->label;
    if (!text)
        if (const SpecialCodeDef *s = question.specialCode(code))
            text = &s->label;
    if (!text)
        return std::to_string(code);
    const TextTemplate *t = text->in(m_language, m_form->defaultLanguage);
    return t ? t->source : std::to_string(code);
}

std::string Interview::valueText(const Item &question, const Value &value) const
{
    switch (value.kind()) {
    case Value::Kind::Missing:
        return placeholder();
    case Value::Kind::Bool:
        return (value.asBool() ? Tr::tr("yes") : Tr::tr("no")).toStdString();
    case Value::Kind::Number:
        if (question.isChoice())
            return optionLabel(question, int(value.asNumber()));
        return formatNumber(value.asNumber());
    case Value::Kind::Special:
        return optionLabel(question, value.specialCode());
    case Value::Kind::Text:
        return value.asText();
    case Value::Kind::Codes: {
        std::string out;
        for (int code : value.asCodes())
            out += (out.empty() ? "" : ", ") + optionLabel(question, code);
        return out;
    }
    case Value::Kind::Date: {
        const QDate d = QDate::fromString(q(value.asDate().iso()), Qt::ISODate);
        return QLocale(q(m_form->languages[size_t(m_language)]))
            .toString(d, QLocale::ShortFormat)
            .toStdString();
    }
    }
    return placeholder();
}

std::string Interview::render(const Text &text, const Row *row) const
{
    const TextTemplate *t = text.in(m_language, m_form->defaultLanguage);
    if (!t)
        return {};
    std::string out;
    for (const TextTemplate::Segment &segment : t->segments) {
        if (segment.expr == NoExpr) {
            out += segment.literal;
            continue;
        }
        const ExprNode &n = m_form->expressions.node(segment.expr);
        const Value v = m_evaluator.evaluate(segment.expr, row);
        if (n.op == Op::Ref) {
            out += valueText(m_form->item(n.item), v);
        } else if (v.kind() == Value::Kind::Number) {
            out += formatNumber(v.asNumber());
        } else {
            static const Item plain;
            out += valueText(plain, v);
        }
    }
    return out;
}

std::string Interview::label(const Instance &instance) const
{
    return instance.valid() ? render(m_form->item(instance.item).label, instance.row) : "";
}

std::string Interview::hint(const Instance &instance) const
{
    return instance.valid() ? render(m_form->item(instance.item).hint, instance.row) : "";
}

std::string Interview::instruction(const Instance &instance) const
{
    return instance.valid() ? render(m_form->item(instance.item).instruction, instance.row) : "";
}

std::string Completeness::refusal() const
{
    if (canComplete())
        return {};
    return Tr::tr("the interview has %n error(s) to correct before it can be completed", nullptr,
                  int(errors.size()))
        .toStdString();
}

std::string Interview::rangeMessage(const Instance &instance) const
{
    const Item &q = m_form->item(instance.item);
    QString text;
    if (q.min && q.max)
        text = Tr::tr("Out of range: the answer must be between %1 and %2.")
                   .arg(QString::fromStdString(formatNumber(*q.min)),
                        QString::fromStdString(formatNumber(*q.max)));
    else if (q.min)
        text = Tr::tr("Out of range: the answer must be at least %1.")
                   .arg(QString::fromStdString(formatNumber(*q.min)));
    else if (q.max)
        text = Tr::tr("Out of range: the answer must be at most %1.")
                   .arg(QString::fromStdString(formatNumber(*q.max)));
    else
        text = Tr::tr("Out of range.");
    return text.toStdString();
}

std::string Interview::validationMessage(const Instance &instance, int validation) const
{
    const Item &item = m_form->item(instance.item);
    if (validation < 0 || size_t(validation) >= item.validations.size())
        return {};
    return render(item.validations[size_t(validation)].message, instance.row);
}

std::string Interview::rowTitle(const Row &row) const
{
    const Item &roster = m_form->item(m_form->scopes[size_t(row.scope)].roster);
    std::string title;
    if (roster.rosterKind == RosterKind::Fixed && size_t(row.index) < roster.fixedRows.size()) {
        const TextTemplate *t =
            roster.fixedRows[size_t(row.index)].in(m_language, m_form->defaultLanguage);
        title = t ? t->source : "";
    } else if (roster.rowTitle.isSet()) {
        title = render(roster.rowTitle, &row);
    } else {
        title = formatNumber(row.number());
    }
    if (roster.rowLabel != NoItem) {
        const Value &v = m_evaluator.effective(roster.rowLabel, &row);
        if (v.isKnown())
            title += ": " + valueText(m_form->item(roster.rowLabel), v);
    }
    return title;
}

} // namespace enumera
