// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/form.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace enumera {

// The state of one item in one row: for a question its answer (or calculated value), whether
// it is relevant and how it fares against its range and validations; for a section, grid or
// roster whether it is relevant (and, for a roster, its validations).
struct Cell
{
    Value value;
    uint64_t failing = 0; // the validations that fire, by index
    std::string reason;   // the enumerator's reason for confirming the warnings
    bool relevant = false;
    bool outOfRange = false;
    bool confirmed = false; // warnings confirmed by the enumerator, until the answer changes
    uint8_t queued = 0;     // facets waiting to be revisited (bits by Facet)
};

// One row of a roster, or the top level of the interview (the root row).
class Row
{
public:
    Row *parent = nullptr;
    ScopeId scope = RootScope;
    int index = 0;           // 0-based position among the roster's rows
    uint64_t id = 0;         // stable for the life of the interview, unlike the position
    bool relevant = false;   // the roster is relevant and the row is within its size
    std::vector<Cell> cells; // by slot of the scope's members
    std::vector<std::vector<std::unique_ptr<Row>>> rosters; // by roster slot of the scope

    int number() const { return index + 1; }
};

// One item in one row: what a path such as members[2].trainings[1].q2_3 names. Valid until the
// next row is added or removed.
struct Instance
{
    const Row *row = nullptr;
    ItemId item = NoItem;

    bool valid() const { return row && item != NoItem; }
    bool operator==(const Instance &) const = default;
};

} // namespace enumera
