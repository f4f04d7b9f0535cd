// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

#include "jsonlocator.h"

#include <tuple>

#include <algorithm>

namespace enumera {

std::string Diagnostic::format() const
{
    std::string out = file;
    if (line > 0)
        out += ':' + std::to_string(line) + ':' + std::to_string(column);
    out += severity == Severity::Error ? ": error: " : ": warning: ";
    out += message;
    out += " [" + (pointer.empty() ? std::string("/") : pointer) + ']';
    return out;
}

void Diagnostics::error(std::string file, std::string pointer, std::string message, int exprColumn)
{
    m_items.push_back({Diagnostic::Severity::Error, std::move(file), std::move(pointer),
                       std::move(message), exprColumn});
}

void Diagnostics::warning(std::string file, std::string pointer, std::string message,
                          int exprColumn)
{
    m_items.push_back({Diagnostic::Severity::Warning, std::move(file), std::move(pointer),
                       std::move(message), exprColumn});
}

bool Diagnostics::hasErrors() const
{
    return errorCount() > 0;
}

int Diagnostics::errorCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [](const Diagnostic &d) { return d.isError(); }));
}

int Diagnostics::warningCount() const
{
    return int(m_items.size()) - errorCount();
}

void Diagnostics::locateOne(Diagnostic &d, const std::string &text)
{
    if (d.line > 0)
        return;
    const JsonLocator locator(text);
    // The element itself, or failing that the nearest enclosing element that exists
    // (a missing key is reported at the object that lacks it).
    std::string pointer = d.pointer;
    std::optional<size_t> offset = locator.offsetOf(pointer);
    bool exact = offset.has_value();
    while (!offset && !pointer.empty()) {
        pointer.erase(pointer.rfind('/'));
        offset = locator.offsetOf(pointer);
    }
    if (!offset)
        return;
    size_t at = *offset;
    if (exact && d.expressionColumn > 0 && at < text.size() && text[at] == '"')
        at = locator.offsetInString(at, d.expressionColumn);
    std::tie(d.line, d.column) = locator.lineColumn(at);
}

std::string Diagnostics::formatAll() const
{
    std::string out;
    for (const Diagnostic &d : m_items)
        out += d.format() + '\n';
    return out;
}

} // namespace enumera
