// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The app's one logging category, enumera.app, at Warning by default. Answer values are never
// logged: only what an operator needs afterwards (a store that failed, a form that no longer
// loads).
Q_DECLARE_LOGGING_CATEGORY(lcApp)
