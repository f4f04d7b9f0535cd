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

Diagnostics::FileIndex Diagnostics::indexOf(const std::string &text)
{
    FileIndex index;
    index.offsets = JsonLocator(text).index();
    index.lineStarts.push_back(0);
    index.characters.resize(text.size() + 1);
    uint32_t characters = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        index.characters[i] = characters;
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++characters;
        if (text[i] == '\n')
            index.lineStarts.push_back(i + 1);
    }
    index.characters[text.size()] = characters;
    return index;
}

void Diagnostics::locateOne(Diagnostic &d, const std::string &text, const FileIndex &file)
{
    const auto &index = file.offsets;
    const JsonLocator locator(text);
    // The element itself, or failing that the nearest enclosing element that exists
    // (a missing key is reported at the object that lacks it).
    std::string pointer = d.pointer;
    auto found = index.find(pointer);
    const bool exact = found != index.end();
    while (found == index.end() && !pointer.empty()) {
        pointer.erase(pointer.rfind('/'));
        found = index.find(pointer);
    }
    if (found == index.end())
        return;
    size_t at = found->second;
    if (exact && d.expressionColumn > 0 && at < text.size() && text[at] == '"')
        at = locator.offsetInString(at, d.expressionColumn);
    // The line by binary search; the column by counting characters from the line's start.
    const auto line = std::upper_bound(file.lineStarts.begin(), file.lineStarts.end(), at) - 1;
    d.line = int(line - file.lineStarts.begin()) + 1;
    at = std::min(at, text.size());
    d.column = int(file.characters[at] - file.characters[*line]) + 1;
}

std::string Diagnostics::formatAll() const
{
    std::string out;
    for (const Diagnostic &d : m_items)
        out += d.format() + '\n';
    return out;
}

} // namespace enumera
