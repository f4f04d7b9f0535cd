// SPDX-License-Identifier: GPL-3.0-or-later
// Small forms written inline in tests, loaded as the application loads files.
#pragma once

#include "form/formloader.h"

#include <gtest/gtest.h>

#include <ostream>

#include <string>
#include <vector>

namespace enumera::testing {

// Loads `json` as the file "form.json", with any other files (modules) given beside it.
inline LoadResult loadInline(const std::string &json, std::vector<SourceFile> others = {})
{
    others.insert(others.begin(), SourceFile{"form.json", json});
    return FormLoader::loadSources(others);
}

// A form with one section holding `items` (a JSON array's content), in English only, plus
// whatever top-level keys `extra` holds (",\"option_sets\": {...}").
inline std::string formWith(const std::string &items, const std::string &extra = "")
{
    return R"({"form": "t", "version": "1", "title": "T", "languages": ["en"])" + extra +
           R"(, "sections": [{"section": "section_1", "title": "S", "items": [)" + items + "]}]}";
}

// Loads a form that must have no errors; the test fails with the diagnostics otherwise.
inline std::shared_ptr<const Form> mustLoad(const std::string &json,
                                            std::vector<SourceFile> others = {})
{
    LoadResult r = loadInline(json, std::move(others));
    EXPECT_FALSE(r.diagnostics.hasErrors()) << r.diagnostics.formatAll();
    return r.form;
}

// The messages of the errors (or warnings) found, in order.
inline std::vector<std::string> messages(const LoadResult &r, Diagnostic::Severity severity)
{
    std::vector<std::string> out;
    for (const Diagnostic &d : r.diagnostics.all())
        if (d.severity == severity)
            out.push_back(d.message);
    return out;
}

inline std::vector<std::string> errors(const LoadResult &r)
{
    return messages(r, Diagnostic::Severity::Error);
}

inline std::vector<std::string> warnings(const LoadResult &r)
{
    return messages(r, Diagnostic::Severity::Warning);
}

} // namespace enumera::testing

namespace enumera {
// Values in test failures read as scripts write them.
inline void PrintTo(const Value &value, std::ostream *out)
{
    *out << value.debugText();
}
} // namespace enumera
