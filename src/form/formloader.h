// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "form.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace enumera {

struct LoadResult
{
    std::shared_ptr<const Form> form; // null when there are errors
    Diagnostics diagnostics;          // located: line and column filled in
};

// Reads form definitions (a form file and the modules it includes), checks them and builds the
// form model. Every problem is reported with the file, the JSON pointer and, in expressions,
// the column; a form with errors is not built.
class FormLoader
{
public:
    // Returns the text of a file, or nothing with `error` set to why it could not be read.
    using ReadFile =
        std::function<std::optional<std::string>(const std::string &path, std::string &error)>;

    static ReadFile fileSystem();
    // Reads from the given files only (a form stored with an interview, a form in resources).
    static ReadFile fromSources(std::vector<SourceFile> sources);

    static LoadResult loadFile(const std::string &path);
    static LoadResult load(const std::string &path, const ReadFile &read);
    static LoadResult loadSources(const std::vector<SourceFile> &sources);

    // The path of `include` written in the file `from`, as the loader resolves it.
    static std::string resolveInclude(const std::string &from, const std::string &include);
};

} // namespace enumera
