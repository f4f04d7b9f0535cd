// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace enumera {

// Finds where things are in the text of a JSON document, for diagnostics.
//
// The document has already been parsed successfully; this scanner only walks it again to turn a
// JSON pointer into a position. It runs when a diagnostic is reported, never on a hot path.
class JsonLocator
{
public:
    explicit JsonLocator(std::string_view text)
        : m_text(text)
    {}

    // Byte offset of the value at `pointer` ("" is the document), or nothing if absent.
    std::optional<size_t> offsetOf(std::string_view pointer) const;

    // Byte offset of the character `column` (1-based, in characters of the decoded string) of the
    // string value that starts (with its quote) at `stringOffset`.
    size_t offsetInString(size_t stringOffset, int column) const;

    // 1-based line and column (in characters) of a byte offset.
    std::pair<int, int> lineColumn(size_t offset) const;

    // JSON pointers of the keys that are written a second time in the same object.
    std::vector<std::string> duplicateKeys() const;

    // The offset of every value by its JSON pointer, in one pass: for locating many
    // diagnostics in one file without scanning it again for each.
    std::unordered_map<std::string, size_t> index() const;

    // Line and column of a byte offset reported by the JSON parser.
    static std::pair<int, int> lineColumn(std::string_view text, size_t offset);

private:
    size_t skipSpace(size_t pos) const;
    size_t skipValue(size_t pos) const;
    size_t skipString(size_t pos) const;
    std::string readString(size_t pos, size_t &end) const;
    size_t scan(size_t pos, const std::string &pointer, std::vector<std::string> *duplicates,
                std::unordered_map<std::string, size_t> *offsets) const;

    std::string_view m_text;
};

} // namespace enumera
