// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/form.h"
#include "jsonwriter.h"

#include <string>

namespace enumera {

// Writes the codebook of one form version (see docs/export.md): its identification, languages,
// rosters and every variable (each question that has a value, calculated ones included), with
// texts in every language of the form.
void writeCodebook(JsonWriter &out, const Form &form, const std::string &hash);

// A code as the option set prints it: 1 is "01" in a set of two digits.
std::string codeText(const Form &form, const Item &question, int code);

// The name of the roster whose rows hold `item`, or "" at the top of the form.
const std::string &rosterOf(const Form &form, const Item &item);

} // namespace enumera
