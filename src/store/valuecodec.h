// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/value.h"

#include <string>

namespace enumera {

// How an answer is kept in the database: a kind letter and a text, so that reading thousands
// of answers needs no JSON parsing. n: number, s: special code, t: text, c: codes ("1,3"),
// d: date (YYYY-MM-DD), b: true/false.
struct StoredValue
{
    char kind = 'n';
    std::string text;
};

StoredValue encodeValue(const Value &value);
bool decodeValue(char kind, const std::string &text, Value &out);

// The value as JSON text (for the event log): 3, 77, "Ana", [1, 3], "2024-02-29", null.
std::string valueJson(const Value &value);

} // namespace enumera
