// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthetic.h"

#include <cmath>

namespace enumera::bench {

namespace {

const char *const Texts[] = {
    "Panadería San José",   "Instituto \"Paulo Freire\"", "Ñandú e hijos",
    "Coopérative agricole", "Escola técnica — São Paulo", "Curso en línea 🙂",
    "Taller de costura",    "Mecânica e elétrica"};

} // namespace

Filler::Filler(Interview &interview, std::mt19937 &random, Household shape)
    : m_interview(interview)
    , m_random(random)
    , m_shape(shape)
{}

void Filler::fill(const Answer &answer, const AddRow &addRow)
{
    m_answer = &answer;
    m_addRow = &addRow;
    fillItems(m_interview.form().sections, m_interview.root());
}

void Filler::fillItems(const std::vector<ItemId> &items, const Row &row)
{
    const Form &form = m_interview.form();
    for (ItemId id : items) {
        const Item &item = form.item(id);
        const Instance at{&row, id};
        if (!m_interview.isRelevant(at))
            continue;
        if (item.kind == ItemKind::Roster) {
            if (item.rosterKind == RosterKind::Grown) {
                const int rows = form.scopes[size_t(item.scope)].depth == 0
                                     ? uniform(m_shape.minMembers, m_shape.maxMembers)
                                     : m_shape.trainings;
                for (int i = 0; i < rows; ++i)
                    (*m_addRow)(at);
            }
            for (const auto &child : m_interview.rows(at))
                if (child->relevant)
                    fillItems(item.children, *child);
        } else if (item.isContainer()) {
            fillItems(item.children, row);
        } else if (item.isAsked()) {
            (*m_answer)(at, pick(item, row));
        }
    }
}

Value Filler::pick(const Item &question, const Row &row)
{
    const Form &form = m_interview.form();
    // The answers the module needs to be asked at all.
    if (question.name == "consent" || question.name == "q1")
        return Value::number(1);
    if (question.name == "age")
        return Value::number(uniform(15, 80));
    if (question.name == "worked_12m") {
        const Value &worked7d = m_interview.answer({&row, form.find("worked_7d")});
        if (worked7d.kind() == Value::Kind::Number && worked7d.asNumber() == 1)
            return Value::number(1);
    }
    if (!question.specialCodes.empty() && uniform(1, 20) == 1)
        return Value::special(
            question.specialCodes[size_t(uniform(0, int(question.specialCodes.size()) - 1))].code);
    switch (question.type) {
    case QuestionType::Single: {
        const OptionSet *set = form.options(question);
        return Value::number(set->options[size_t(uniform(0, int(set->options.size()) - 1))].code);
    }
    case QuestionType::Multiple: {
        const OptionSet *set = form.options(question);
        CodeSet codes;
        const int first = uniform(0, int(set->options.size()) - 1);
        codes.push_back(set->options[size_t(first)].code);
        if (set->options[size_t(first)].exclusive)
            return Value::codes(codes);
        const Option &second = set->options[size_t(uniform(0, int(set->options.size()) - 1))];
        if (!second.exclusive && second.code != codes[0])
            codes.push_back(second.code);
        std::sort(codes.begin(), codes.end());
        return Value::codes(codes);
    }
    case QuestionType::Integer:
    case QuestionType::Decimal:
        return Value::number(
            uniform(int(question.min.value_or(0)), int(question.max.value_or(100))));
    case QuestionType::Text:
        return Value::text(Texts[uniform(0, int(std::size(Texts)) - 1)]);
    case QuestionType::Date:
        return Value::date(Date{20514 + uniform(0, 60)});
    case QuestionType::Note:
    case QuestionType::Calculated:
        break;
    }
    return Value();
}

} // namespace enumera::bench
