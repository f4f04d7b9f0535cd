// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic household interviews for the benchmarks: every relevant question answered in the
// order of the form, with values drawn at random within the options and ranges, as an
// enumerator fills an interview.
#pragma once

#include "interview/interview.h"

#include <functional>
#include <random>
#include <string>

namespace enumera::bench {

struct Household
{
    int minMembers = 2; // members are drawn uniformly from min..max (4 on average)
    int maxMembers = 6;
    int trainings = 2; // rows of every other grown roster (each member's trainings)
};

// Fills the interview through `answer` (an interview's or a session's setAnswer) and `addRow`.
// Members are aged 15 or more and took part in a training, so that the module is asked of all.
class Filler
{
public:
    using Answer = std::function<void(const Instance &, const Value &)>;
    using AddRow = std::function<void(const Instance &)>;

    Filler(Interview &interview, std::mt19937 &random, Household shape = {});
    void fill(const Answer &answer, const AddRow &addRow);

private:
    void fillItems(const std::vector<ItemId> &items, const Row &row);
    Value pick(const Item &question, const Row &row);
    int uniform(int from, int to) { return std::uniform_int_distribution<int>(from, to)(m_random); }

    Interview &m_interview;
    std::mt19937 &m_random;
    Household m_shape;
    const Answer *m_answer = nullptr;
    const AddRow *m_addRow = nullptr;
};

} // namespace enumera::bench
