// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace enumera::app {

// The app's look: calm colours, readable type for a long day, and distinct styles for what is
// read aloud, what is for the enumerator, and what the engine says about an answer.
void applyTheme(QApplication &app);

} // namespace enumera::app
