// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "form.h"

namespace enumera {

// Builds the form's dependency graph from its compiled expressions: who must be revisited when
// an answer or a roster's rows change, and in which order. A cycle is reported as an error that
// names every item in it.
void buildGraph(Form &form, Diagnostics &diagnostics);

} // namespace enumera
