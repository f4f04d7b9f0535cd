// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace enumera {

// One finding about a form definition, for its designer.
//
// A diagnostic is located twice: by the file and the JSON pointer of the element concerned, and,
// for an expression, by the character inside it (1-based column within the expression's text).
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    std::string file;    // as given to the loader (relative to the working directory, or a name)
    std::string pointer; // RFC 6901 JSON pointer inside the file, "" for the whole document
    std::string message; // in the designer's terms, naming the items involved
    int expressionColumn = 0; // 1-based column inside the expression text; 0 when not an expression
    int line = 0;             // filled by locate(): 1-based line in the file, 0 when unknown
    int column = 0;           // filled by locate(): 1-based column in the file

    bool isError() const { return severity == Severity::Error; }
    // "file:line:column: error: message [pointer]"
    std::string format() const;
};

class Diagnostics
{
public:
    void error(std::string file, std::string pointer, std::string message, int exprColumn = 0);
    void warning(std::string file, std::string pointer, std::string message, int exprColumn = 0);
    void add(Diagnostic diagnostic) { m_items.push_back(std::move(diagnostic)); }

    const std::vector<Diagnostic> &all() const { return m_items; }
    bool hasErrors() const;
    int errorCount() const;
    int warningCount() const;

    // Fills line and column of each diagnostic from the texts of the files it names.
    // `textOf` returns the text of a file, or nullptr when it is not available.
    template<typename TextOf>
    void locate(TextOf textOf);

    // All diagnostics formatted, errors and warnings in the order they were found.
    std::string formatAll() const;

private:
    struct FileIndex
    {
        std::unordered_map<std::string, size_t> offsets; // by JSON pointer
        std::vector<size_t> lineStarts;
        std::vector<uint32_t> characters; // by byte: the characters before it
    };
    static FileIndex indexOf(const std::string &text);
    static void locateOne(Diagnostic &d, const std::string &text, const FileIndex &index);
    std::vector<Diagnostic> m_items;
};

template<typename TextOf>
void Diagnostics::locate(TextOf textOf)
{
    // One index of pointers per file, built only for the files that have diagnostics.
    std::unordered_map<std::string, FileIndex> indexes;
    for (Diagnostic &d : m_items) {
        if (d.line > 0)
            continue;
        if (const std::string *text = textOf(d.file)) {
            auto it = indexes.find(d.file);
            if (it == indexes.end())
                it = indexes.emplace(d.file, indexOf(*text)).first;
            locateOne(d, *text, it->second);
        }
    }
}

} // namespace enumera
